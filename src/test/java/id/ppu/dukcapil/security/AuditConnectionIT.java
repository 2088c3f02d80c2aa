package id.ppu.dukcapil.security;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording an opening takes no second database connection: with an entry in a transaction of
 * its own, as many clerks opening cases at once as the pool has connections would each hold one
 * and wait for another, and every screen would hang until the pool gives up.
 */
@SpringBootTest(
        properties = {"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=2000"
        })
class AuditConnectionIT {

    private static final int CLERKS = 2;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    TestCases fixture;

    @AfterEach
    void cleanUp() {
        fixture.deleteAll();
    }

    @Test
    void as_many_clerks_as_connections_open_cases_at_once_without_waiting_for_a_connection() throws Exception {
        fixture = new TestCases(jdbc, "AUDC");
        String number = fixture.insert(
                "WEB",
                "KTP",
                "SUBMITTED",
                "6409014807950044",
                "Rahmawati Pooltest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2025-05-02T01:00:00Z"));
        String actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        CyclicBarrier everyoneHoldsAConnection = new CyclicBarrier(CLERKS);
        ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
        try {
            List<Future<String>> openings = new ArrayList<>();
            for (int i = 0; i < CLERKS; i++) {
                openings.add(pool.submit(() -> {
                    signIn(actor, Role.PETUGAS);
                    try {
                        return tx.execute(s -> {
                            jdbc.sql("select 1").query(Integer.class).single();
                            await(everyoneHoldsAConnection);
                            return cases.details(number).caseNumber();
                        });
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<String> opening : openings) {
                assertThat(opening.get(30, TimeUnit.SECONDS)).isEqualTo(number);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and case_number = :n")
                        .param("a", actor)
                        .param("n", number)
                        .query(Long.class)
                        .single())
                .isEqualTo(CLERKS);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
