package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.SignedIn;
import id.ppu.dukcapil.support.TestSignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Quick answers on the real database: the seeded requirement texts of every service, an
 * administrator's additions, changes and deletions with their audit entries, the rules with their
 * messages, a change made meanwhile by someone else refused (also when both arrive at once), and
 * only administrators changing them. Answers of this class are titled "Uji ..." and signed by
 * admin-qa.
 */
@SpringBootTest
@SignedIn(user = "admin-qa", roles = Role.ADMIN)
class QuickAnswersIT {

    @Autowired
    QuickAnswers quickAnswers;

    @Autowired
    RequirementTexts requirements;

    @Autowired
    JdbcClient jdbc;

    /** The audit trail is append-only: each test reads the entries written after it began. */
    private long auditBefore;

    @BeforeEach
    void markAudit() {
        auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from quick_answer where title like 'Uji %'").update();
    }

    private static QuickAnswerDraft draft(ServiceType service, String title, String body) {
        QuickAnswerDraft d = new QuickAnswerDraft();
        d.setServiceType(service);
        d.setTitle(title);
        d.setBody(body);
        return d;
    }

    private List<Map<String, Object>> auditOf(String kind) {
        return jdbc.sql("select subject, detail from audit_event where id > :before and kind = :k order by id")
                .param("before", auditBefore)
                .param("k", kind)
                .query()
                .listOfRows();
    }

    @Test
    void every_service_starts_with_its_requirements_in_bahasa_indonesia_and_a_general_answer_exists() {
        List<QuickAnswer> all = quickAnswers.all();
        for (ServiceType s : ServiceType.values()) {
            assertThat(all)
                    .as(s.name())
                    .filteredOn(a -> a.serviceType() == s && a.requirements() && a.active())
                    .singleElement()
                    .satisfies(a -> assertThat(a.body()).startsWith("Syarat ").contains("Bawa dokumen asli"));
            assertThat(requirements.of(s)).as(s.name()).isPresent();
        }
        assertThat(all)
                .filteredOn(a -> a.serviceType() == null)
                .extracting(QuickAnswer::title)
                .contains("Jam layanan");
        // By service in their usual order, the general answers last.
        assertThat(all.get(0).serviceType()).isEqualTo(ServiceType.KTP);
        assertThat(all.get(all.size() - 1).serviceType()).isNull();
    }

    @Test
    void an_administrator_adds_changes_and_deletes_an_answer_and_each_step_is_audited() {
        QuickAnswer created =
                quickAnswers.create(draft(ServiceType.KIA, "  Uji KIA sekolah ", "Bawa KIA ke sekolah.\n"));

        assertThat(created.title()).isEqualTo("Uji KIA sekolah");
        assertThat(created.body()).isEqualTo("Bawa KIA ke sekolah.");
        assertThat(created.version()).isZero();
        assertThat(created.updatedBy()).isEqualTo("admin-qa");
        TestSignIn.as(
                "petugas-qa",
                Role.PETUGAS,
                () -> assertThat(quickAnswers.usable()).contains(created));

        QuickAnswerDraft change = QuickAnswerDraft.of(created);
        change.setBody("Bawa KIA dan rapor ke sekolah.");
        change.setActive(false);
        QuickAnswer changed = quickAnswers.update(created.id(), created.version(), change);

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.active()).isFalse();
        TestSignIn.as(
                "petugas-qa",
                Role.PETUGAS,
                () -> assertThat(quickAnswers.usable())
                        .extracting(QuickAnswer::id)
                        .doesNotContain(created.id()));
        assertThat(quickAnswers.all()).extracting(QuickAnswer::id).contains(created.id());

        quickAnswers.delete(changed.id(), changed.version());
        assertThat(quickAnswers.all()).extracting(QuickAnswer::id).doesNotContain(created.id());

        String subject = "quick answer " + created.id() + " (KIA): Uji KIA sekolah";
        assertThat(auditOf("QUICK_ANSWER_CREATED"))
                .containsExactly(Map.of("subject", subject, "detail", "order 10, active, 20 characters"));
        assertThat(auditOf("QUICK_ANSWER_CHANGED"))
                .containsExactly(Map.of("subject", subject, "detail", "text 20 → 30 characters; deactivated"));
        assertThat(auditOf("QUICK_ANSWER_DELETED"))
                .containsExactly(Map.of("subject", subject, "detail", "order 10, inactive, 30 characters"));
    }

    @Test
    void invalid_input_is_refused_with_the_field_and_its_message_and_nothing_is_stored_or_audited() {
        QuickAnswerException noTitle =
                catchThrowableOfType(QuickAnswerException.class, () -> quickAnswers.create(draft(null, " ", "Teks")));
        assertThat(noTitle.field()).isEqualTo("title");
        assertThat(noTitle.messageKey()).isEqualTo("quickAnswer.error.titleRequired");

        QuickAnswerException tooLong = catchThrowableOfType(
                QuickAnswerException.class,
                () -> quickAnswers.create(draft(ServiceType.KK, "Uji panjang", "x".repeat(4097))));
        assertThat(tooLong.field()).isEqualTo("body");
        assertThat(tooLong.args()).containsExactly(4096, 4097);

        QuickAnswerDraft generalRequirements = draft(null, "Uji umum", "Teks umum");
        generalRequirements.setRequirements(true);
        assertThat(catchThrowableOfType(QuickAnswerException.class, () -> quickAnswers.create(generalRequirements))
                        .messageKey())
                .isEqualTo("quickAnswer.error.requirementsNeedService");

        assertThat(jdbc.sql("select count(*) from quick_answer where title like 'Uji %'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(auditOf("QUICK_ANSWER_CREATED")).isEmpty();
    }

    @Test
    void a_service_has_each_title_once_whatever_its_case_but_another_service_may_use_it() {
        quickAnswers.create(draft(ServiceType.KK, "Uji Pindah", "Syarat pindah."));

        QuickAnswerException twice = catchThrowableOfType(
                QuickAnswerException.class, () -> quickAnswers.create(draft(ServiceType.KK, "uji pindah", "Lagi.")));
        assertThat(twice.field()).isEqualTo("title");
        assertThat(twice.messageKey()).isEqualTo("quickAnswer.error.duplicate");
        assertThat(twice.args()).containsExactly("uji pindah");

        assertThat(quickAnswers
                        .create(draft(ServiceType.KTP, "Uji Pindah", "Syarat pindah KTP-el."))
                        .title())
                .isEqualTo("Uji Pindah");
    }

    @Test
    void a_change_made_on_an_old_version_is_refused_and_names_who_changed_it() {
        QuickAnswer created = quickAnswers.create(draft(ServiceType.KTP, "Uji Rusak", "Bawa KTP-el yang rusak."));
        TestSignIn.as("admin-lain", Role.ADMIN, () -> {
            QuickAnswerDraft theirs = QuickAnswerDraft.of(created);
            theirs.setSortOrder(5);
            quickAnswers.update(created.id(), created.version(), theirs);
        });

        QuickAnswerDraft mine = QuickAnswerDraft.of(created);
        mine.setBody("Bawa KTP-el yang rusak dan KK.");
        QuickAnswerException conflict = catchThrowableOfType(
                QuickAnswerException.class, () -> quickAnswers.update(created.id(), created.version(), mine));

        assertThat(conflict.messageKey()).isEqualTo("quickAnswer.error.conflict");
        assertThat(conflict.field()).isNull();
        assertThat(conflict.args()).containsExactly("Uji Rusak", "admin-lain");
        assertThatThrownBy(() -> quickAnswers.delete(created.id(), created.version()))
                .isInstanceOf(QuickAnswerException.class)
                .hasMessage("quickAnswer.error.conflict");
        QuickAnswer now = quickAnswers.all().stream()
                .filter(a -> a.id() == created.id())
                .findFirst()
                .orElseThrow();
        assertThat(now.body()).isEqualTo("Bawa KTP-el yang rusak.");
        assertThat(now.sortOrder()).isEqualTo(5);
        // Only the other administrator's change is in the trail.
        assertThat(auditOf("QUICK_ANSWER_CHANGED"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("detail")).isEqualTo("order 10 → 5"));

        quickAnswers.delete(now.id(), now.version());
        assertThatThrownBy(() -> quickAnswers.update(now.id(), now.version(), mine))
                .isInstanceOf(QuickAnswerException.class)
                .hasMessage("quickAnswer.error.gone");
    }

    @Test
    void two_administrators_saving_the_same_version_at_once_one_wins_and_the_other_is_told() throws Exception {
        QuickAnswer created = quickAnswers.create(draft(ServiceType.KK, "Uji Serentak", "Versi awal."));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String who : List.of("admin-qa", "admin-lain")) {
                outcomes.add(threads.submit(() -> {
                    TestSignIn.signIn(who, Role.ADMIN);
                    QuickAnswerDraft d = QuickAnswerDraft.of(created);
                    d.setBody("Versi " + who + ".");
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        quickAnswers.update(created.id(), created.version(), d);
                        return "saved";
                    } catch (QuickAnswerException e) {
                        return e.messageKey();
                    } finally {
                        TestSignIn.signOut();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("saved", "quickAnswer.error.conflict");
        } finally {
            threads.shutdownNow();
        }
        QuickAnswer after = quickAnswers.all().stream()
                .filter(a -> a.id() == created.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.body()).isEqualTo("Versi " + after.updatedBy() + ".");
    }

    @Test
    void only_administrators_change_answers_and_clerks_read_the_active_ones() {
        TestSignIn.signIn("petugas-qa", Role.PETUGAS);
        assertThat(quickAnswers.usable()).isNotEmpty().allMatch(QuickAnswer::active);
        assertThatThrownBy(() -> quickAnswers.create(draft(ServiceType.KK, "Uji Petugas", "Teks")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quickAnswers.all()).isInstanceOf(AccessDeniedException.class);
        TestSignIn.signIn("kepala-qa", Role.KEPALA);
        assertThatThrownBy(() -> quickAnswers.usable()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_services_requirements_are_its_active_requirement_answers_in_order_as_many_as_one_message_holds() {
        String seeded = requirements.of(ServiceType.DIVORCE_CERT).orElseThrow();
        QuickAnswerDraft extra = draft(ServiceType.DIVORCE_CERT, "Uji Tambahan", "Tambahan: fotokopi putusan.");
        extra.setRequirements(true);
        extra.setSortOrder(20);
        QuickAnswer added = quickAnswers.create(extra);
        QuickAnswerDraft notRequirements = draft(ServiceType.DIVORCE_CERT, "Uji Bukan Syarat", "Bukan syarat.");
        notRequirements.setSortOrder(0);
        quickAnswers.create(notRequirements);

        assertThat(requirements.of(ServiceType.DIVORCE_CERT)).contains(seeded + "\n\nTambahan: fotokopi putusan.");

        // One that would overflow one WhatsApp text is left out whole, never cut.
        QuickAnswerDraft big = QuickAnswerDraft.of(added);
        big.setBody("y".repeat(4096 - seeded.length() - 1));
        quickAnswers.update(added.id(), added.version(), big);
        assertThat(requirements.of(ServiceType.DIVORCE_CERT)).contains(seeded);

        jdbc.sql("update quick_answer set active = false where service_type = 'DIVORCE_CERT' and requirements")
                .update();
        try {
            assertThat(requirements.of(ServiceType.DIVORCE_CERT)).isEmpty();
        } finally {
            jdbc.sql("update quick_answer set active = true where updated_by = 'migration V22'")
                    .update();
        }
    }
}
