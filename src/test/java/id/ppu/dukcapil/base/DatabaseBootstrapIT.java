package id.ppu.dukcapil.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.support.TestDatabase;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseBootstrapIT {

    @Test
    void missing_database_is_created_on_the_server() throws Exception {
        String url = TestDatabase.SERVER + "dukcapil_bootstrap_"
                + ProcessHandle.current().pid();
        try {
            DatabaseBootstrap.ensureDatabase(url, "postgres", "");
            DatabaseBootstrap.ensureDatabase(url, "postgres", "");
            try (var c = DriverManager.getConnection(url, "postgres", "")) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            DatabaseBootstrap.dropDatabase(url, "postgres", "");
        }
    }

    @Test
    void unreachable_server_is_reported_in_one_sentence_naming_where_it_looked_and_how_to_change_it() {
        assertThatThrownBy(() ->
                        DatabaseBootstrap.ensureDatabase("jdbc:postgresql://127.0.0.1:1/dukcapil", "postgres", ""))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription())
                            .startsWith("PostgreSQL could not be reached at 127.0.0.1:1/dukcapil");
                    assertThat(analysis.getAction()).contains("DB_URL");
                });
    }
}
