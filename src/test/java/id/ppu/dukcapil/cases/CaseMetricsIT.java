package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@value CaseMetrics#REGISTERED} counts the registrations that were committed: a batch counts
 * per channel and outcome, a registration whose transaction rolls back counts nothing.
 */
@SpringBootTest
class CaseMetricsIT {

    private static final String NIPAH = "64.09.01.1009";
    /** NIKs of this class only (district 64.09.02, serials 74xx). */
    private static final String SITI = "6409024501907401";

    private static final String BUDI = "6409021203857402";

    @Autowired
    CaseRegistry registry;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void removeCases() {
        String mine = "(select id from service_case where nik like '640902%74__' or external_id like 'METRICS-%')";
        jdbc.sql("delete from case_event where case_id in " + mine).update();
        jdbc.sql("delete from service_case where merged_into_id in " + mine).update();
        jdbc.sql("delete from service_case where id in " + mine).update();
    }

    private double registered(Channel channel, String outcome) {
        return meters.get(CaseMetrics.REGISTERED)
                .tag("channel", channel.name())
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    @Test
    void a_batch_counts_each_new_row_by_channel_and_outcome_and_its_retries_not_at_all() {
        double web = registered(Channel.WEB, "created");
        double appMerged = registered(Channel.APP, "merged");
        double outreach = registered(Channel.OUTREACH, "created");

        registry.registerAll(List.of(
                request(Channel.WEB, "METRICS-1", SITI),
                request(Channel.APP, "METRICS-2", SITI),
                request(Channel.WEB, "METRICS-1", SITI),
                request(Channel.WEB, "METRICS-3", BUDI)));
        registry.register(request(Channel.WEB, "METRICS-3", BUDI));

        assertThat(registered(Channel.WEB, "created") - web).isEqualTo(2);
        assertThat(registered(Channel.APP, "merged") - appMerged).isEqualTo(1);
        assertThat(registered(Channel.OUTREACH, "created")).isEqualTo(outreach);
    }

    @Test
    void a_registration_rolled_back_with_its_transaction_counts_nothing() {
        double web = registered(Channel.WEB, "created");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            registry.register(request(Channel.WEB, "METRICS-10", SITI));
            status.setRollbackOnly();
        });

        assertThat(registered(Channel.WEB, "created")).isEqualTo(web);
        assertThat(jdbc.sql("select count(*) from service_case where external_id = 'METRICS-10'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static NewCase request(Channel channel, String externalId, String nik) {
        return NewCase.live(
                channel,
                externalId,
                ServiceType.KTP,
                CaseStatus.SUBMITTED,
                nik,
                "Warga Uji",
                null,
                NIPAH,
                Instant.now().minusSeconds(10),
                null,
                "api:metrics",
                null);
    }
}
