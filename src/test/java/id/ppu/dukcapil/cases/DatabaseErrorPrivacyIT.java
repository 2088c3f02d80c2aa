package id.ppu.dukcapil.cases;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL explains a constraint violation with the whole row ("Failing row contains (..., NIK,
 * name, ...)"). That detail must reach neither an exception message (which the UI's error handler
 * and the API's log) nor a log line.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseErrorPrivacyIT {

    private static final String NIK = "6409014501900077";
    private static final String NAME = "Siti Rahasia Errtest";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseEventRepository events;

    TestCases fixture;
    long caseId;

    @BeforeEach
    void insertACase() {
        fixture = new TestCases(jdbc, "ERRP");
        String number = fixture.insert(
                "WEB", "KTP", "SUBMITTED", NIK, NAME, NIPAH_NIPAH_VILLAGE, Instant.parse("2025-02-03T01:00:00Z"));
        caseId = jdbc.sql("select id from service_case where case_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
    }

    @AfterEach
    void removeIt() {
        fixture.deleteAll();
    }

    @Test
    void a_check_violation_through_jdbc_names_the_constraint_but_not_the_row(CapturedOutput output) {
        Throwable e = catchThrowable(() -> jdbc.sql("update service_case set phone = 'not a phone' where id = :id")
                .param("id", caseId)
                .update());
        assertThat(e).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(messages(e)).contains("service_case_phone_check").doesNotContain(NIK, NAME, "Failing row");
        assertThat(output.getAll()).doesNotContain(NIK, NAME, "Failing row");
    }

    @Test
    void a_check_violation_through_jpa_is_neither_in_the_exception_nor_in_hibernates_log(CapturedOutput output) {
        String note = "Pemohon " + NAME + ", NIK " + NIK + " " + "x".repeat(4000);
        Throwable e = catchThrowable(() -> events.saveAndFlush(
                new CaseEvent(caseId, Instant.now(), "test", CaseEvent.Type.NOTE, null, null, note)));
        assertThat(e).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(messages(e)).contains("case_event_detail_check").doesNotContain(NIK, NAME, "Failing row");
        // Hibernate logs the SQL error itself (SqlExceptionHelper) before the exception reaches any handler.
        assertThat(output.getAll()).contains("case_event_detail_check").doesNotContain(NIK, NAME, "Failing row");
    }

    /** The messages of an exception and all its causes, as a log line with its stack trace would show them. */
    private static String messages(Throwable e) {
        List<String> all = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.add(t.toString());
        }
        return String.join("\n", all);
    }
}
