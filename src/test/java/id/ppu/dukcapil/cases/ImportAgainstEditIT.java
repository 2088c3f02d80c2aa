package id.ppu.dukcapil.cases;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.PETUNG_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A batch import (as the CSV import runs it: one {@link CaseRegistry#registerAll} per chunk) that
 * merges a row into a case while a clerk keeps editing that case. Without one lock order the
 * batch holds rollup rows (its inserts' trigger) and waits for the survivor's row, while the
 * clerk holds the survivor's row and waits in the rollup trigger for the batch: PostgreSQL
 * detects the deadlock after a second and one side fails.
 */
@SpringBootTest
class ImportAgainstEditIT {

    /** The citizen whose open case the batch merges into; the batch's other NIKs are 6409024101..., serials 1-BATCH. */
    private static final String SURVIVOR_NIK = "6409025505889301";

    private static final int BATCH = 400;
    private static final int ROUNDS = 50;

    @Autowired
    CaseRegistry registry;

    @Autowired
    CaseService caseService;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeCases() {
        deleteMine();
    }

    @Test
    void a_batch_import_and_a_clerks_edit_of_the_case_it_merges_into_run_at_once_50_times_without_an_error()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int conflicts = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Instant submitted = Instant.now().minusSeconds(3600);
                Registration survivor = registry.register(NewCase.live(
                        Channel.WEB,
                        "LOCKTEST-S" + round,
                        ServiceType.KTP,
                        CaseStatus.SUBMITTED,
                        SURVIVOR_NIK,
                        "Sari Kuncitest",
                        null,
                        NIPAH_NIPAH_VILLAGE,
                        submitted,
                        null,
                        "api:web",
                        null));
                List<NewCase> batch = batch(round, submitted);
                CyclicBarrier start = new CyclicBarrier(2);
                AtomicBoolean batchDone = new AtomicBoolean();
                AtomicReference<List<Registration>> registered = new AtomicReference<>();
                AtomicReference<String> lastVillage = new AtomicReference<>(NIPAH_NIPAH_VILLAGE);
                AtomicInteger edits = new AtomicInteger();
                AtomicInteger roundConflicts = new AtomicInteger();

                Future<?> importer = pool.submit(() -> {
                    await(start);
                    try {
                        registered.set(registry.registerAll(batch));
                    } catch (RuntimeException e) {
                        failures.add("import: " + e);
                    } finally {
                        batchDone.set(true);
                    }
                });
                Future<?> clerk = pool.submit(() -> {
                    signIn("petugas", Role.PETUGAS);
                    try {
                        await(start);
                        // Keeps editing for as long as the batch runs, so an edit lands in every phase of it.
                        do {
                            String village = NIPAH_NIPAH_VILLAGE.equals(lastVillage.get())
                                    ? PETUNG_VILLAGE
                                    : NIPAH_NIPAH_VILLAGE;
                            long version = jdbc.sql("select version from service_case where id = :id")
                                    .param("id", survivor.caseId())
                                    .query(Long.class)
                                    .single();
                            try {
                                caseService.updateApplicant(
                                        survivor.caseId(), version, applicant(village, edits.get()));
                                lastVillage.set(village);
                                edits.incrementAndGet();
                            } catch (CaseConflictException expected) {
                                roundConflicts.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.add("edit: " + e);
                                return;
                            }
                        } while (!batchDone.get());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
                importer.get(60, TimeUnit.SECONDS);
                clerk.get(60, TimeUnit.SECONDS);

                assertThat(failures).as("round " + round).isEmpty();
                conflicts += roundConflicts.get();
                Registration merged = registered.get().get(0);
                assertThat(merged.outcome()).isEqualTo(Registration.Outcome.MERGED);
                assertThat(merged.mergedInto()).isEqualTo(survivor.caseNumber());
                // No lost update: the survivor holds the clerk's last saved edit and the batch's channel touch.
                assertThat(jdbc.sql("select village_code from service_case where id = :id")
                                .param("id", survivor.caseId())
                                .query(String.class)
                                .single())
                        .isEqualTo(lastVillage.get());
                assertThat(jdbc.sql("select count(*) from case_event where case_id = :id and type = 'EDITED'")
                                .param("id", survivor.caseId())
                                .query(Long.class)
                                .single())
                        .isEqualTo(edits.get());
                assertThat(jdbc.sql("select count(*) from case_event where case_id = :id and type = 'CHANNEL_TOUCHED'")
                                .param("id", survivor.caseId())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                deleteMine();
            }
        } finally {
            pool.shutdownNow();
        }
        // The batch never changes the survivor's version, so the clerk's edits never conflict with it.
        assertThat(conflicts).isZero();
    }

    private static List<NewCase> batch(int round, Instant submitted) {
        List<NewCase> rows = new ArrayList<>(BATCH + 1);
        rows.add(NewCase.live(
                Channel.OUTREACH,
                "LOCKTEST-" + round + "-0",
                ServiceType.KTP,
                CaseStatus.SUBMITTED,
                SURVIVOR_NIK,
                "Sari Kuncitest",
                null,
                NIPAH_NIPAH_VILLAGE,
                submitted.plusSeconds(60),
                null,
                "import",
                "locktest.csv:2"));
        for (int i = 1; i <= BATCH; i++) {
            // Same day, district, village, channel and service as the survivor: the batch's rollup rows are the
            // clerk's.
            rows.add(NewCase.live(
                    Channel.WEB,
                    "LOCKTEST-" + round + "-" + i,
                    ServiceType.KTP,
                    CaseStatus.SUBMITTED,
                    String.format("640902410190%04d", i),
                    "Warga Kuncitest",
                    null,
                    NIPAH_NIPAH_VILLAGE,
                    submitted.plusSeconds(i),
                    null,
                    "import",
                    "locktest.csv:" + (i + 2)));
        }
        return rows;
    }

    private static ApplicantData applicant(String village, int edit) {
        ApplicantData d = new ApplicantData();
        d.setServiceType(ServiceType.KTP);
        d.setNik(SURVIVOR_NIK);
        d.setApplicantName("Sari Kuncitest");
        d.setVillageCode(village);
        d.setNotes("Edit " + edit);
        return d;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteMine() {
        TestCases.deleteWhere(jdbc, "external_id like 'LOCKTEST-%'");
    }
}
