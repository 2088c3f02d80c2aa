package id.ppu.dukcapil.demo;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.security.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start-up when {@code app.demo-data.enabled=true} (the "demo" profile):
 * the case history and one login per role, but only into an empty database (no account, no
 * case). A database in use gets nothing, so {@code DEMO_DATA=true} set by mistake on a deployment
 * never adds accounts with known passwords; one log line says why. Runs once the server is up;
 * the demo accounts are created after the cases, so whoever can sign in sees the whole history.
 */
@Component
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataGenerator generator;
    private final UserService users;
    private final Clock clock;
    private final boolean enabled;
    private final int cases;
    private final long seed;
    private final String password;

    DemoDataRunner(
            DemoDataGenerator generator,
            UserService users,
            Clock clock,
            @Value("${app.demo-data.enabled:false}") boolean enabled,
            @Value("${app.demo-data.cases:150000}") int cases,
            @Value("${app.demo-data.seed:20190101}") long seed,
            @Value("${app.demo-data.password:}") String password) {
        this.generator = generator;
        this.users = users;
        this.clock = clock;
        this.enabled = enabled;
        this.cases = cases;
        this.seed = seed;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            log.debug("Demo data disabled (app.demo-data.enabled=false)");
            return;
        }
        if (password == null || password.isBlank()) {
            // Accounts with a blank password would be a door left open: refuse to start instead.
            throw new IllegalStateException("app.demo-data.password must be set when app.demo-data.enabled=true");
        }
        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        long started = System.nanoTime();
        // The cases first, under the generator's lock: a second instance starting at the same time sees them and skips.
        Optional<DemoDataSummary> summary = generator.generateIfEmpty(cases, seed, today);
        if (summary.isEmpty()) {
            log.info("Demo data skipped: the database already has accounts or cases, and demo accounts with known"
                    + " passwords are only ever added to an empty database");
            return;
        }
        DemoDataSummary s = summary.get();
        log.info(
                "Generated {} demo cases ({} events, {} outreach visits) from {} to {} in {} ms",
                s.cases(),
                s.events(),
                s.outreachVisits(),
                s.firstDay(),
                s.lastDay(),
                (System.nanoTime() - started) / 1_000_000);
        createUsers();
    }

    private void createUsers() {
        int created = 0;
        created += create("kepala", "Ir. Hadi Santoso", Role.KEPALA);
        created += create("perencana", "Rahmat Hidayat, S.T.", Role.PERENCANA);
        created += create("petugas", "Siti Aminah", Role.PETUGAS);
        created += create("admin", "Administrator Sistem", Role.ADMIN);
        if (created > 0) {
            log.info("Created {} demo accounts (kepala, perencana, petugas, admin)", created);
        }
    }

    private int create(String username, String displayName, Role role) {
        return users.createIfMissing(username, displayName, password, Set.of(role)) ? 1 : 0;
    }
}
