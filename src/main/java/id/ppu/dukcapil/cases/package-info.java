/**
 * Service cases, their state machine, identity-number rules and history.
 *
 * <p>Two ways to the case tables ({@code service_case}, {@code case_event}, {@code case_channel}),
 * each for what it does well:
 * <ul>
 * <li><b>JPA for one aggregate under {@code @Version}</b>: a clerk's change of one case
 * ({@link id.ppu.dukcapil.cases.CaseService}, and {@link id.ppu.dukcapil.cases.CaseRegistry}
 * completing one TRIAGE case) loads the {@code ServiceCase}, lets it check its own rules, and
 * saves it; the version refuses a save based on an outdated read. Its history entry is saved
 * alongside.</li>
 * <li><b>JdbcClient text blocks for reads and set-based writes</b>: every list, search and report
 * ({@link id.ppu.dukcapil.cases.CaseQueries}) is one SQL statement mapped into records, and intake
 * ({@link id.ppu.dukcapil.cases.CaseRegistry}) writes a batch of any size in a few statements
 * ({@code insert ... select from unnest(...)}), never row by row; the stored due dates
 * ({@link id.ppu.dukcapil.cases.CaseDeadlines}) and who holds a case
 * ({@link id.ppu.dukcapil.cases.CaseWork}) are kept by set-based or conditional updates.</li>
 * </ul>
 * Nothing else writes these tables, apart from the demo data's bulk COPY
 * ({@code demo.DemoDataGenerator}); {@code CaseTableWritersTest} names the allowed classes and fails
 * for any other. What "open", "unifies" and "online" mean is said once, in Java
 * ({@link id.ppu.dukcapil.cases.CaseStatus#isOpen()}, {@link id.ppu.dukcapil.cases.CaseStatus#unifies()},
 * {@link id.ppu.dukcapil.cases.Channel#isOnline()}) and in SQL ({@code case_is_open(status)},
 * {@code case_unifies(status)}, {@code channel_is_online(channel)}, migration V14), and a test keeps
 * the two equal.
 */
package id.ppu.dukcapil.cases;
