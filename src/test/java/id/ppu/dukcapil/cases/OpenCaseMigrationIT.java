package id.ppu.dukcapil.cases;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9 on a database made by an older version that already holds two open cases of one citizen
 * and service (as a clerk's edit or the old demo data could leave): the migration folds them and
 * then guarantees there is never such a pair again. Runs on a database of its own, migrated to V8.
 */
class OpenCaseMigrationIT {

    private static final String URL = TestDatabase.SERVER + TestDatabase.NAME + "_v9";
    private static final String SITI = "6409034501907501";
    private static final String BUDI = "6409031203857502";
    private static final Instant T = Instant.parse("2025-06-02T01:00:00Z");

    private DriverManagerDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void databaseOfAnOlderVersion() {
        DatabaseBootstrap.ensureDatabase(URL, "postgres", "");
        dataSource = new DriverManagerDataSource(URL, "postgres", "");
        jdbc = JdbcClient.create(dataSource);
        flyway("8").migrate();
    }

    @AfterEach
    void dropDatabase() {
        DatabaseBootstrap.dropDatabase(URL, "postgres", "");
    }

    @Test
    void later_open_duplicates_are_merged_into_the_oldest_with_history_and_the_index_then_refuses_new_ones() {
        long oldest = insert("A1", "WEB", "KTP", "SUBMITTED", SITI, T);
        long inProcess = insert("A2", "OFFICE", "KTP", "IN_PROCESS", SITI, T.plusSeconds(3600));
        long verified = insert("A3", "WEB", "KTP", "VERIFIED", SITI, T.plusSeconds(7200));
        long otherService = insert("B", "APP", "KK", "SUBMITTED", SITI, T.plusSeconds(60));
        long closed = insert("C", "APP", "KTP", "COMPLETED", SITI, T.minusSeconds(86400));
        long triage = insert("T", "WHATSAPP", "KTP", "TRIAGE", SITI, T.minusSeconds(60));
        // Same submission time: the lower id survives, as intake's unification picks it.
        long first = insert("D1", "APP", "KIA", "READY", BUDI, T);
        long second = insert("D2", "WEB", "KIA", "SUBMITTED", BUDI, T);

        flyway(null).migrate();

        assertThat(statuses())
                .containsAllEntriesOf(Map.of(
                        "A1",
                        "SUBMITTED",
                        "A2",
                        "MERGED",
                        "A3",
                        "MERGED",
                        "B",
                        "SUBMITTED",
                        "C",
                        "COMPLETED",
                        "T",
                        "TRIAGE",
                        "D1",
                        "READY",
                        "D2",
                        "MERGED"));
        assertThat(mergedInto(inProcess)).isEqualTo(oldest);
        assertThat(mergedInto(verified)).isEqualTo(oldest);
        assertThat(mergedInto(second)).isEqualTo(first);
        assertThat(mergedInto(otherService)).isNull();
        assertThat(mergedInto(closed)).isNull();
        assertThat(mergedInto(triage)).isNull();
        assertThat(jdbc.sql(
                                "select actor || ' ' || type || ' ' || from_status || ' ' || to_status || ' ' || detail from case_event "
                                        + "where case_id = :id")
                        .param("id", inProcess)
                        .query(String.class)
                        .list())
                .containsExactly("system MERGED IN_PROCESS MERGED → A1");
        assertThat(jdbc.sql(
                                "select actor || ' ' || type || ' ' || detail from case_event where case_id = :id order by detail")
                        .param("id", oldest)
                        .query(String.class)
                        .list())
                .containsExactly("system CHANNEL_TOUCHED OFFICE A2", "system CHANNEL_TOUCHED WEB A3");
        // The survivor remembers the other channel the citizen came through (its own is not repeated).
        assertThat(jdbc.sql("select channel from case_channel where case_id = :id")
                        .param("id", oldest)
                        .query(String.class)
                        .list())
                .containsExactly("OFFICE");
        // The rollups stop counting the folded duplicates.
        assertThat(jdbc.sql("select coalesce(sum(cases), 0) from case_rollup_day")
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(*) from service_case where status <> 'MERGED'")
                        .query(Long.class)
                        .single());
        assertThat(jdbc.sql("select count(*) from service_case where version > 0")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        assertThatThrownBy(() -> insert("A4", "APP", "KTP", "SUBMITTED", SITI, T.plusSeconds(9000)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_database_without_duplicates_is_left_as_it_was() {
        insert("A1", "WEB", "KTP", "SUBMITTED", SITI, T);
        insert("B", "APP", "KK", "IN_PROCESS", SITI, T);
        insert("C", "APP", "KTP", "COMPLETED", SITI, T.minusSeconds(86400));

        flyway(null).migrate();

        assertThat(statuses()).isEqualTo(Map.of("A1", "SUBMITTED", "B", "IN_PROCESS", "C", "COMPLETED"));
        assertThat(jdbc.sql("select count(*) from case_event").query(Long.class).single())
                .isZero();
    }

    private Flyway flyway(String target) {
        FluentConfiguration config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    private long insert(String number, String channel, String service, String status, String nik, Instant submitted) {
        boolean closed = status.equals("COMPLETED");
        return jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                    district_code, submitted_at, updated_at, completed_at)
                values (:n, :ch, :svc, :st, :nik, 'Migrasi Uji', :v, '64.09.01', :at, :at, :done) returning id""")
                .param("n", number)
                .param("ch", channel)
                .param("svc", service)
                .param("st", status)
                .param("nik", nik)
                .param("v", NIPAH_NIPAH_VILLAGE)
                .param("at", Timestamp.from(submitted))
                .param("done", closed ? Timestamp.from(submitted.plusSeconds(86400)) : null)
                .query(Long.class)
                .single();
    }

    private Map<String, String> statuses() {
        return jdbc
                .sql("select case_number, status from service_case")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Long mergedInto(long id) {
        return jdbc.sql("select merged_into_id from service_case where id = :id")
                .param("id", id)
                .query((rs, i) -> rs.getObject(1, Long.class))
                .list()
                .get(0);
    }
}
