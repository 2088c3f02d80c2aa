package id.ppu.dukcapil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.Application;
import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.security.UserService;
import id.ppu.dukcapil.support.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code DEMO_DATA=true} loads the demo only into an empty database. The application is started
 * for real with the demo data on a database of its own (so the shared test database, which other
 * classes fill, does not decide what "empty" means); the runner is then run again on that
 * database holding only an account, and only cases.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("slow")
class DemoDataOnlyOnEmptyDatabaseIT {

    private static final String DATABASE_URL = TestDatabase.URL + "_demo";
    private static final List<String> DEMO_ACCOUNTS = List.of("kepala", "perencana", "petugas", "admin");
    private static final String SKIPPED = "Demo data skipped: the database already has accounts or cases";

    private ConfigurableApplicationContext app;
    private JdbcTemplate jdbc;
    private DemoDataRunner runner;

    @BeforeAll
    void startWithDemoDataOnAnEmptyDatabase() {
        app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + DATABASE_URL,
                        "--app.demo-data.enabled=true",
                        "--app.demo-data.cases=400",
                        "--app.demo-data.password=demo-uji-4711",
                        "--vaadin.productionMode=true");
        jdbc = app.getBean(JdbcTemplate.class);
        runner = app.getBean(DemoDataRunner.class);
    }

    @AfterAll
    void stopAndDrop() {
        if (app != null) {
            app.close();
        }
        DatabaseBootstrap.dropDatabase(DATABASE_URL, "postgres", "");
    }

    @Test
    @Order(1)
    void an_empty_database_gets_the_demo_cases_and_one_account_per_role() {
        assertThat(jdbc.queryForList("select username from app_user", String.class))
                .containsExactlyInAnyOrderElementsOf(DEMO_ACCOUNTS);
        assertThat(jdbc.queryForObject("select count(*) from service_case", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from coverage_figure where synthetic", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from coverage_figure where not synthetic", Long.class))
                .isZero();
    }

    @Test
    @Order(2)
    void a_database_with_an_account_but_no_case_gets_nothing(CapturedOutput output) {
        empty();
        // What FIRST_ADMIN_PASSWORD leaves behind on a fresh deployment.
        app.getBean(UserService.class).createFirstAdministrator("kepala.ti", "kata-sandi-awal-1");

        runner.run(null);

        assertThat(jdbc.queryForList("select username from app_user", String.class))
                .containsExactly("kepala.ti");
        assertThat(jdbc.queryForObject("select count(*) from service_case", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from coverage_figure", Long.class))
                .isZero();
        assertThat(output.getAll().lines().filter(l -> l.contains(SKIPPED))).hasSize(1);
    }

    @Test
    @Order(3)
    void a_database_with_cases_but_no_account_gets_nothing(CapturedOutput output) {
        empty();
        app.getBean(DemoDataGenerator.class).generate(300, 7L, LocalDate.of(2026, 3, 2));
        long cases = jdbc.queryForObject("select count(*) from service_case", Long.class);

        runner.run(null);

        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from service_case", Long.class))
                .isEqualTo(cases);
        assertThat(output.getAll().lines().filter(l -> l.contains(SKIPPED))).hasSize(1);
    }

    @Test
    @Order(4)
    void a_database_the_demo_already_filled_gets_nothing_more_on_the_next_start() {
        empty();
        runner.run(null);
        long cases = jdbc.queryForObject("select count(*) from service_case", Long.class);
        app.getBean(UserService.class)
                .createIfMissing("petugas.dua", "Petugas Dua", "rahasia-petugas-2", Set.of(Role.PETUGAS));

        runner.run(null);

        assertThat(jdbc.queryForObject("select count(*) from service_case", Long.class))
                .isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(DEMO_ACCOUNTS.size() + 1);
    }

    private void empty() {
        jdbc.execute("truncate case_event, case_channel, inbound_message, service_case, outreach_visit cascade");
        jdbc.execute("truncate app_user cascade");
        jdbc.execute("truncate coverage_figure");
    }
}
