package id.ppu.dukcapil.demo;

import static id.ppu.dukcapil.demo.DemoCalendar.HOUR;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.CaseDeadlines;
import id.ppu.dukcapil.cases.Channel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates the deterministic demo history: cases from all five channels since 2019-01-01 up to
 * the day before "today", with their events, written with PostgreSQL COPY in chunks so that
 * memory stays bounded whatever the size. The same seed, size and "today" give the same rows.
 *
 * <p>The history follows the office's story: online uptake growing from almost nothing to about
 * two thirds, faster in urban Penajam; the pandemic's limited hours (April 2020 to January 2021)
 * with two online-only fortnights; outreach visits from February 2021 (first to Sepaku), paused
 * from November 2021 and relaunched in October 2022; and a backlog of open cases at the end,
 * including online e-KTP requests waiting for biometric recording in remote villages. The
 * outreach visits are stored as done visits (villages, people served per service, residents
 * taught to go online), and the OUTREACH cases of a visit day point at that day's visit. The
 * last {@value DemoWhatsApp#DAYS} days also have their two-way WhatsApp ({@link DemoWhatsApp}):
 * conversations answered by the clerks, status notifications with what became of them, opt-outs.
 */
@Component
public class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    /** Cases per COPY round trip: large enough to amortise it, small enough to bound memory. */
    private static final int CHUNK = 20_000;
    /** The size the visit sizes are calibrated for. */
    static final int DEFAULT_CASES = 150_000;
    /** Serialises concurrent first starts of several application instances on one empty database. */
    private static final long LOCK_KEY = 6409_2019_0101L;

    /** Relative online submissions per hour of the day (WITA): mornings and evenings. */
    private static final double[] ONLINE_HOURS = {
        0.3, 0.15, 0.1, 0.1, 0.2, 0.5, 1.0, 1.8, 2.6, 3.0, 3.0, 2.8, 2.2, 2.4, 2.5, 2.3, 2.0, 1.8, 1.9, 2.4, 2.7, 2.4,
        1.6, 0.8
    };
    /** Relative walk-ins per desk hour from 08:00: a morning queue, a lunch dip. */
    private static final double[] DESK_HOURS = {1.0, 1.6, 1.5, 1.2, 0.6, 0.9, 0.7};

    private final DataSource dataSource;

    /** Creates a generator writing to {@code dataSource}, which must be PostgreSQL. */
    public DemoDataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts about {@code cases} demo cases (exactly that many unless {@code cases} is too small
     * for the outreach visits alone) dated 2019-01-01 up to the end of the day before {@code today},
     * in one transaction. Ids and case numbers continue after whatever rows already exist.
     */
    public DemoDataSummary generate(int cases, long seed, LocalDate today) {
        return inTransaction(c -> generate(c, cases, seed, today));
    }

    /**
     * Like {@link #generate} but only on an empty database: no case and no account (a deployment
     * whose first administrator exists is in use, even before its first case). Checked under a
     * lock so that two instances starting at once do not both generate.
     *
     * @return the summary, or empty if the database already had accounts or cases and nothing was added
     */
    public Optional<DemoDataSummary> generateIfEmpty(int cases, long seed, LocalDate today) {
        return inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
                try (ResultSet rs = s.executeQuery(
                        "select exists (select 1 from service_case) or exists (select 1 from app_user)")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(generate(c, cases, seed, today));
        });
    }

    private DemoDataSummary generate(Connection c, int requested, long seed, LocalDate today)
            throws SQLException, IOException {
        long started = System.nanoTime();
        List<DemoVillage> villages = loadVillages(c);
        int days = Math.max(0, DemoCalendar.dayIndex(today));
        DemoCalendar calendar = new DemoCalendar(days);
        // Independent streams, so that tuning one part of the model leaves the others' draws alone.
        SplittableRandom master = new SplittableRandom(seed);
        SplittableRandom planRnd = master.split();
        SplittableRandom noiseRnd = master.split();
        SplittableRandom dayRnd = master.split();
        SplittableRandom caseRnd = master.split();
        SplittableRandom peopleRnd = master.split();
        SplittableRandom visitRnd = master.split();
        SplittableRandom coverageRnd = master.split();
        SplittableRandom whatsAppRnd = master.split();

        DemoOutreachPlan plan =
                DemoOutreachPlan.plan(villages, calendar, days, (double) requested / DEFAULT_CASES, planRnd);
        long rest = Math.max(0, requested - plan.totalCases());

        // First pass: each day's relative volume, to spread exactly the remaining cases over the history.
        double[] online = new double[villages.size()];
        double[] office = new double[villages.size()];
        double[] volume = new double[days];
        double total = 0;
        DemoDemand demand = new DemoDemand(villages, calendar, plan);
        for (int d = 0; d < days; d++) {
            demand.weigh(d, online, office);
            volume[d] = (sum(online) + sum(office)) * Math.exp(0.12 * noiseRnd.nextGaussian());
            total += volume[d];
        }
        double perUnit = total > 0 ? rest / total : 0;

        StringBuilder caseRows = new StringBuilder(CHUNK * 220);
        StringBuilder eventRows = new StringBuilder(CHUNK * 5 * 90);
        long[] start = startingPoints(c);
        DemoVisitLog visitLog = new DemoVisitLog(plan, start[3], takenVisitDays(c));
        DemoCaseMaker maker = new DemoCaseMaker(
                caseRnd,
                calendar,
                plan,
                new DemoPeople(peopleRnd, villages),
                visitLog,
                DemoCalendar.epoch(days, 0),
                start[0],
                start[1],
                start[2],
                caseRows,
                eventRows);
        PgCopy copy = new PgCopy(c);
        List<String[]> foreignKeys = suspendForeignKeys(c);

        demand = new DemoDemand(villages, calendar, plan);
        double[] onlineCumulative = new double[villages.size()];
        double[] officeCumulative = new double[villages.size()];
        double cumulative = 0;
        long emitted = 0;
        long outreachCases = 0;
        long flushed = 0;
        long copyNanos = 0;
        Slots slots = new Slots();
        for (int d = 0; d < days; d++) {
            demand.weigh(d, online, office);
            double onlineSum = cumulate(online, onlineCumulative);
            double officeSum = cumulate(office, officeCumulative);
            cumulative += volume[d] * perUnit;
            long n = Math.round(cumulative) - emitted;
            emitted += n;
            slots.clear();
            double[] onlineMix = onlineMix(d);
            for (long i = 0; i < n; i++) {
                if (dayRnd.nextDouble() * (onlineSum + officeSum) < onlineSum) {
                    Channel ch = Channel.values()[DemoOutreachPlan.pick(onlineMix, dayRnd)];
                    slots.add(onlineSecond(dayRnd), ch, pickCumulative(onlineCumulative, dayRnd));
                } else {
                    slots.add(deskSecond(d, dayRnd), Channel.OFFICE, pickCumulative(officeCumulative, dayRnd));
                }
            }
            DemoOutreachPlan.Visit visit = plan.visitOn(d);
            if (visit != null) {
                for (int i = 0; i < visit.villages().length; i++) {
                    for (int k = 0; k < visit.cases()[i]; k++) {
                        slots.add(9 * HOUR + dayRnd.nextInt(11 * HOUR / 2), Channel.OUTREACH, visit.villages()[i]);
                    }
                }
                outreachCases += visit.total();
            }
            slots.sort();
            for (int i = 0; i < slots.size; i++) {
                int slot = slots.slot(i);
                maker.make(
                        DemoCalendar.epoch(d, slots.second(i)), slots.channel[slot], villages.get(slots.village[slot]));
            }
            if (maker.cases() - flushed >= CHUNK) {
                copyNanos += flush(copy, caseRows, eventRows);
                flushed = maker.cases();
            }
        }
        copyNanos += flush(copy, caseRows, eventRows);
        // The visits behind the OUTREACH cases, before the keys that point at them are checked again.
        visitLog.write(copy, visitRnd);
        restoreForeignKeys(c, foreignKeys);
        int coverageRows = DemoCoverage.write(c, villages, today, coverageRnd);
        log.info("Demo coverage figures: {} rows (synthetic)", coverageRows);
        writeTriageMessages(c, start[0]);
        if (maker.cases() > 0) {
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('service_case', 'id'), " + maker.lastId() + ")");
                s.execute("select setval(pg_get_serial_sequence('case_event', 'id'), " + maker.lastEventId() + ")");
                s.execute("select setval('case_number_seq', " + maker.lastSequence() + ")");
            }
        }
        if (visitLog.lastId() >= start[3]) {
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('outreach_visit', 'id'), " + visitLog.lastId() + ")");
            }
        }
        // The accepted plan of the coming weeks, after the sequence has passed the history's visits.
        int planned = DemoUpcomingPlan.write(c, villages, plan, today);
        log.info("Demo outreach plan: {} planned visits in the next {} weeks", planned, DemoUpcomingPlan.WEEKS);
        // Due dates from the history just written, as of "today"; then the demo clerk holds some running cases.
        CaseDeadlines.backfill(
                c, Clock.fixed(today.atTime(12, 0).atZone(Wita.ZONE).toInstant(), Wita.ZONE));
        try (Statement s = c.createStatement()) {
            s.execute("update service_case set holder = 'petugas', held_since = updated_at"
                    + " where status in ('VERIFIED', 'IN_PROCESS') and id % 3 = 0");
        }
        DemoWhatsApp.Summary whatsApp = DemoWhatsApp.write(c, start[0], today, calendar, whatsAppRnd);
        int notified = writeNotificationHistory(c, start[0]);
        log.info(
                "Demo WhatsApp of the last {} days: {} conversations ({} messages from residents, {} replies), {} status"
                        + " notifications, {} failed messages, {} opt-outs",
                DemoWhatsApp.DAYS,
                whatsApp.conversations(),
                whatsApp.inbound(),
                whatsApp.replies(),
                whatsApp.notifications(),
                whatsApp.failed(),
                whatsApp.optOuts());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        log.debug(
                "Wrote {} demo cases and {} events in {} ms, {} ms of it in COPY",
                maker.cases(),
                maker.events() + notified,
                elapsed.toMillis(),
                copyNanos / 1_000_000);
        return new DemoDataSummary(
                maker.cases(),
                maker.events() + notified,
                plan.visits().size(),
                outreachCases,
                DemoCalendar.START,
                today.minusDays(1),
                elapsed,
                Duration.ofNanos(copyNanos));
    }

    /** What residents write to the office's WhatsApp before a clerk has their data (the triage queue shows it). */
    static final String[] TRIAGE_TEXTS = {
        "Selamat pagi, saya mau urus KTP yang hilang. Syaratnya apa saja?",
        "Assalamualaikum, bagaimana cara buat akta kelahiran anak saya? Lahir di rumah bidan.",
        "Permisi, KK saya mau ditambah anggota baru, bisa lewat WA?",
        "Halo, KTP saya rusak, bisa cetak ulang?",
        "Mau tanya, KIA untuk anak umur 3 tahun daftarnya bagaimana?",
        "Selamat siang, suami saya meninggal bulan lalu, untuk akta kematian perlu bawa apa?",
        "Pak, saya pindah dari Balikpapan ke Sepaku, KTP dan KK harus diganti?",
        "Bisa minta formulir untuk perubahan data di KK? Nama ibu salah tulis.",
    };

    /**
     * The WhatsApp message behind every demo case still waiting in triage, as the webhook would
     * have stored it: set-based, after the load, so the COPY stays as it is.
     */
    private static void writeTriageMessages(Connection c, long firstCaseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into inbound_message (channel, message_id, sender, sender_name, message_type, body, received_at, case_id)
                select 'WHATSAPP', 'wamid.DEMO' || c.id, coalesce(c.phone, '62812' || lpad((c.id % 100000000)::text, 8, '0')),
                       c.applicant_name, 'text', (?::text[])[1 + (c.id % ?)::int], c.submitted_at, c.id
                from service_case c
                where c.id >= ? and c.status = 'TRIAGE' and c.channel = 'WHATSAPP'
                on conflict (channel, message_id) do nothing""")) {
            s.setArray(1, c.createArrayOf("text", TRIAGE_TEXTS));
            s.setInt(2, TRIAGE_TEXTS.length);
            s.setLong(3, firstCaseId);
            s.executeUpdate();
        }
    }

    /** Each demo status notification in its case's history, as intake.CaseStatusNotifications records it. */
    private static int writeNotificationHistory(Connection c, long firstCaseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into case_event (case_id, occurred_at, actor, type, detail)
                select m.case_id, m.created_at, m.created_by, 'NOTIFIED', 'WhatsApp ' || m.kind || ': '
                       || case when m.status = 'SKIPPED' then 'skipped, opted out' else 'queued' end
                       || ' (outbound message ' || m.id || ')'
                from outbound_message m where m.case_id >= ? and m.idempotency_key like 'status:%' order by m.id""")) {
            s.setLong(1, firstCaseId);
            return s.executeUpdate();
        }
    }

    /**
     * Drops the foreign keys of {@code service_case} and {@code case_event} for the load. Checked
     * row by row they would cost more than the whole rest of the COPY (about 12 of 27 seconds for
     * 150,000 cases); re-added before commit, each is validated by one set-based scan instead. The
     * definitions come from the catalog, so whatever the migrations say is restored unchanged, and
     * the drop happens in the load's transaction: a failed load rolls back to the original tables,
     * and other sessions wait on the table locks rather than ever see the tables without them.
     */
    private static List<String[]> suspendForeignKeys(Connection c) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select conrelid::regclass::text, conname, pg_get_constraintdef(oid)
                        from pg_constraint
                        where contype = 'f' and conrelid in ('service_case'::regclass, 'case_event'::regclass)
                        order by 1, 2""")) {
            while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] k : keys) {
                s.execute("alter table " + k[0] + " drop constraint " + quote(k[1]));
            }
        }
        return keys;
    }

    private static void restoreForeignKeys(Connection c, List<String[]> keys) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String[] k : keys) {
                s.execute("alter table " + k[0] + " add constraint " + quote(k[1]) + " " + k[2]);
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Next id, event id, case sequence number and visit id: after any existing rows, 1 on an empty database. */
    private static long[] startingPoints(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select (select coalesce(max(id), 0) + 1 from service_case),
                               (select coalesce(max(id), 0) + 1 from case_event),
                               (select case when is_called then last_value + 1 else last_value end from case_number_seq),
                               (select coalesce(max(id), 0) + 1 from outreach_visit)""")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    /** History days that already hold a visit (the team makes one a day): the demo leaves them alone. */
    private static Set<Integer> takenVisitDays(Connection c) throws SQLException {
        Set<Integer> days = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select visit_date from outreach_visit where status <> 'CANCELLED'")) {
            while (rs.next()) {
                days.add(DemoCalendar.dayIndex(rs.getDate(1).toLocalDate()));
            }
        }
        return days;
    }

    private static List<DemoVillage> loadVillages(Connection c) throws SQLException {
        List<DemoVillage> villages = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select code, name, kind, district_code, population, distance_km, hard_to_reach
                from village order by code""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                villages.add(new DemoVillage(
                        villages.size(),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("district_code"),
                        rs.getInt("population"),
                        rs.getDouble("distance_km"),
                        rs.getBoolean("hard_to_reach"),
                        "KELURAHAN".equals(rs.getString("kind"))));
            }
        }
        if (villages.isEmpty()) {
            throw new IllegalStateException("The village table is empty: demo cases need the reference regions");
        }
        return villages;
    }

    private static long flush(PgCopy copy, StringBuilder caseRows, StringBuilder eventRows)
            throws SQLException, IOException {
        long t = System.nanoTime();
        if (caseRows.length() > 0) {
            copy.copyIn(
                    "copy service_case (" + DemoCaseMaker.CASE_COLUMNS + ") from stdin",
                    new ByteArrayInputStream(caseRows.toString().getBytes(StandardCharsets.UTF_8)));
            caseRows.setLength(0);
        }
        // Events after their cases: the foreign key is checked row by row.
        if (eventRows.length() > 0) {
            copy.copyIn(
                    "copy case_event (" + DemoCaseMaker.EVENT_COLUMNS + ") from stdin",
                    new ByteArrayInputStream(eventRows.toString().getBytes(StandardCharsets.UTF_8)));
            eventRows.setLength(0);
        }
        return System.nanoTime() - t;
    }

    /** Share of WEB, APP and WHATSAPP among online requests: the GOPPU app gains on the portal. */
    private static double[] onlineMix(int day) {
        double years = Math.min(8, day / 365.25);
        double web = 0.6 - 0.045 * years;
        double app = 0.12 + 0.04 * years;
        return new double[] {web, app, 1 - web - app};
    }

    private static int onlineSecond(SplittableRandom rnd) {
        return DemoOutreachPlan.pick(ONLINE_HOURS, rnd) * HOUR + rnd.nextInt(HOUR);
    }

    /** A walk-in time within the desk hours of the day; Friday prayers close the desk at noon. */
    private static int deskSecond(int day, SplittableRandom rnd) {
        int[] hours = DemoCalendar.deskHours(day);
        int count = (hours[1] - hours[0]) / HOUR;
        double[] w = Arrays.copyOf(DESK_HOURS, count);
        if (DemoCalendar.dayOfWeek(day) == DayOfWeek.FRIDAY && count > 4) {
            w[4] = 0;
        }
        return hours[0] + DemoOutreachPlan.pick(w, rnd) * HOUR + rnd.nextInt(HOUR);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double cumulate(double[] weights, double[] cumulative) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i];
            cumulative[i] = s;
        }
        return s;
    }

    private static int pickCumulative(double[] cumulative, SplittableRandom rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                if (!(result instanceof Optional<?> skipped) || skipped.isPresent()) {
                    analyze(c);
                }
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Demo data generation failed: " + e.getMessage(), e);
        }
    }

    /** Fresh statistics, so the first dashboard queries get good plans on the new rows. */
    private static void analyze(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze service_case, case_event, outreach_visit, outreach_visit_village, outreach_visit_served,"
                    + " inbound_message, outbound_message");
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** One day's submissions, sorted by time so ids and case numbers follow submission order. */
    private static final class Slots {
        private long[] keys = new long[1024];
        private Channel[] channel = new Channel[1024];
        private int[] village = new int[1024];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int secondOfDay, Channel ch, int villageIndex) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                channel = Arrays.copyOf(channel, size * 2);
                village = Arrays.copyOf(village, size * 2);
            }
            keys[size] = ((long) secondOfDay << 32) | size;
            channel[size] = ch;
            village[size] = villageIndex;
            size++;
        }

        void sort() {
            Arrays.sort(keys, 0, size);
        }

        int slot(int i) {
            return (int) keys[i];
        }

        int second(int i) {
            return (int) (keys[i] >>> 32);
        }
    }
}
