package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseConflictException;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.util.List;
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

/** WhatsApp conversations against concurrent deliveries and clerks: one triage case per sender, no message lost, no clerk's work erased. */
@SpringBootTest
class WhatsAppTriageRaceIT {

    /** Senders of this class start with 6281700; message ids with wamid.RACETEST; NIKs end in 87xx. */
    private static final int ROUNDS = 12;

    @Autowired
    IntakeService intake;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void cleanUp() {
        pool.shutdownNow();
        SecurityContextHolder.clearContext();
        WhatsAppWebhookIT.deleteMine(jdbc, "wamid.RACETEST", "6281700");
        TestCases.deleteWhere(jdbc, "right(nik, 4) like '87%'");
    }

    @Test
    void two_messages_from_one_sender_at_the_same_moment_make_one_triage_case() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String sender = String.format("6281700%05d", round);
            CyclicBarrier start = new CyclicBarrier(2);
            InboundText first = text("wamid.RACETEST-A" + round, sender, "Halo, mau urus KK");
            InboundText second = text("wamid.RACETEST-B" + round, sender, "Ini nomor saya");
            Future<?> a = pool.submit(() -> deliverAt(start, first));
            Future<?> b = pool.submit(() -> deliverAt(start, second));
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);

            List<Long> triage = jdbc.sql("select id from service_case where phone = :p")
                    .param("p", sender)
                    .query(Long.class)
                    .list();
            assertThat(triage).as("round %d", round).hasSize(1);
            assertThat(jdbc.sql("select count(*) from inbound_message where case_id = :id")
                            .param("id", triage.get(0))
                            .query(Long.class)
                            .single())
                    .as("round %d", round)
                    .isEqualTo(2);
        }
    }

    @Test
    void completing_a_triage_case_from_whatsapp_keeps_what_a_clerk_entered() {
        String sender = "628170099001";
        String nik = IntakeTestData.nik(2, 3, 4, 88, 8701);
        Registration triage = intake.receiveWhatsApp(text("wamid.RACETEST-K1", sender, "Mau perpanjang KTP"))
                .orElseThrow();
        signIn("petugas", Role.PETUGAS);
        ApplicantData clerk = new ApplicantData();
        clerk.setServiceType(ServiceType.KTP);
        clerk.setNik(nik);
        clerk.setApplicantName("Siti Rahma");
        clerk.setPhone(sender);
        clerk.setVillageCode(NIPAH_NIPAH_VILLAGE);
        clerk.setNotes("Datang ke kantor hari Senin, bawa KK asli");
        cases.updateApplicant(triage.caseId(), version(triage.caseId()), clerk);
        SecurityContextHolder.clearContext();

        Registration done = intake.receiveWhatsApp(text("wamid.RACETEST-K2", sender, "KTP " + nik + " Siti Rahma"))
                .orElseThrow();

        assertThat(done.caseId()).isEqualTo(triage.caseId());
        assertThat(done.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(jdbc.sql(
                                "select concat_ws('|', status, nik, applicant_name, phone, village_code, notes) from service_case "
                                        + "where id = :id")
                        .param("id", triage.caseId())
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED|" + nik + "|Siti Rahma|" + sender
                        + "|64.09.01.1009|Datang ke kantor hari Senin, bawa KK asli");
    }

    @Test
    void a_follow_up_racing_a_clerk_who_completes_the_triage_case_is_kept_and_never_fails() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String sender = String.format("6281701%05d", round);
            String nik = IntakeTestData.nik(1, 10, 5, 80 + round % 10, 8710 + round);
            Registration triage = intake.receiveWhatsApp(text("wamid.RACETEST-C" + round, sender, "Mau buat KTP"))
                    .orElseThrow();
            long version = version(triage.caseId());
            CyclicBarrier start = new CyclicBarrier(2);
            Future<?> clerk = pool.submit(() -> {
                signIn("petugas", Role.PETUGAS);
                try {
                    start.await(10, TimeUnit.SECONDS);
                    cases.completeTriage(triage.caseId(), version, clerkData(nik, sender));
                } catch (CaseConflictException expected) {
                    // The message was first: the clerk reloads and sees it.
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
            String followUp = "wamid.RACETEST-D" + round;
            Future<?> message =
                    pool.submit(() -> deliverAt(start, text(followUp, sender, "KTP " + nik + " Siti Rahma")));
            clerk.get(30, TimeUnit.SECONDS);
            message.get(30, TimeUnit.SECONDS);

            assertThat(jdbc.sql("select count(*) from inbound_message where message_id = :m and case_id is not null")
                            .param("m", followUp)
                            .query(Long.class)
                            .single())
                    .as("round %d", round)
                    .isEqualTo(1);
            assertThat(jdbc.sql(
                                    "select count(*) from service_case where nik = :nik and status not in ('MERGED', 'REJECTED')")
                            .param("nik", nik)
                            .query(Long.class)
                            .single())
                    .as("round %d", round)
                    .isEqualTo(1);
        }
    }

    @Test
    void a_follow_up_racing_a_clerk_who_rejects_the_triage_case_stays_in_front_of_the_clerks() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String sender = String.format("6281702%05d", round);
            Registration triage = intake.receiveWhatsApp(text("wamid.RACETEST-E" + round, sender, "tes"))
                    .orElseThrow();
            long version = version(triage.caseId());
            CyclicBarrier start = new CyclicBarrier(2);
            Future<?> clerk = pool.submit(() -> {
                signIn("petugas", Role.PETUGAS);
                try {
                    start.await(10, TimeUnit.SECONDS);
                    cases.changeStatus(triage.caseId(), version, CaseStatus.REJECTED, "Bukan permohonan");
                } catch (CaseConflictException expected) {
                    // A message arrived meanwhile: the clerk reloads and reads it before rejecting.
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
            String followUp = "wamid.RACETEST-F" + round;
            Future<?> message =
                    pool.submit(() -> deliverAt(start, text(followUp, sender, "Maaf, saya mau urus akta lahir anak")));
            clerk.get(30, TimeUnit.SECONDS);
            message.get(30, TimeUnit.SECONDS);

            assertThat(jdbc.sql("select c.status from inbound_message m join service_case c on c.id = m.case_id "
                                    + "where m.message_id = :m")
                            .param("m", followUp)
                            .query(String.class)
                            .single())
                    .as("round %d", round)
                    .isEqualTo("TRIAGE");
        }
    }

    private Void deliverAt(CyclicBarrier start, InboundText m) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        intake.receiveWhatsApp(m);
        return null;
    }

    private long version(long caseId) {
        return jdbc.sql("select version from service_case where id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    private static ApplicantData clerkData(String nik, String phone) {
        ApplicantData d = new ApplicantData();
        d.setServiceType(ServiceType.KTP);
        d.setNik(nik);
        d.setApplicantName("Siti Rahma");
        d.setPhone(phone);
        d.setVillageCode(NIPAH_NIPAH_VILLAGE);
        return d;
    }

    private static InboundText text(String id, String from, String body) {
        return new InboundText(id, from, "Siti", Instant.now().minusSeconds(30), body);
    }
}
