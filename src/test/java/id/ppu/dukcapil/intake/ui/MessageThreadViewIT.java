package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import id.ppu.dukcapil.intake.MediaService;
import id.ppu.dukcapil.intake.TriageRow;
import id.ppu.dukcapil.intake.WhatsAppTestMedia;
import id.ppu.dukcapil.intake.WhatsAppTestMessages;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.Regions;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The conversation thread in the triage queue and on the case detail: the resident's caption and
 * stored photo, media that is not there with the reason, the office's replies; only for the roles
 * that may see personal data, each media read in the audit trail.
 */
class MessageThreadViewIT extends AbstractViewIT {

    /** WhatsApp senders of this class start with 6281550; message ids with wamid.THREADVIEW. */
    private static final String SENDER = "628155000001";

    /** A PNG's signature and more: what the browser gets must be exactly what was stored. */
    private static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WhatsAppTestMessages whatsApp;

    @Autowired
    WhatsAppTestMedia media;

    @Autowired
    MediaService mediaService;

    @BeforeEach
    void conversation() {
        whatsApp.receive("wamid.THREADVIEW1", SENDER, "Rina", "Selamat pagi, mau urus KK baru");
        whatsApp.receiveMedia("wamid.THREADVIEW2", SENDER, "image", "5501", "image/png", null, "Ini KK saya yang lama");
        whatsApp.receiveMedia(
                "wamid.THREADVIEW3", SENDER, "document", "5502", "application/pdf", "akta.pdf", "Akta kelahiran");
        whatsApp.receiveMedia("wamid.THREADVIEW4", SENDER, "video", "5503", "video/mp4", null, null);
        media.stored("wamid.THREADVIEW2", PHOTO, "image/png");
        media.tooLarge("wamid.THREADVIEW4", 12L * 1024 * 1024);
    }

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(jdbc, "phone like '6281550%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.THREADVIEW%'")
                .update();
    }

    private String caseNumber() {
        return jdbc.sql("select case_number from service_case where phone = :p")
                .param("p", SENDER)
                .query(String.class)
                .single();
    }

    private void openInTriage() {
        UI.getCurrent().navigate(TriageView.class);
        @SuppressWarnings("unchecked")
        Grid<TriageRow> grid = _get(Grid.class, s -> s.withId("triage-grid"));
        grid.asSingleSelect()
                .setValue(GridKt._findAll(grid).stream()
                        .filter(r -> SENDER.equals(r.phone()))
                        .findFirst()
                        .orElseThrow());
    }

    private void openDetail() {
        UI.getCurrent().navigate("kasus/" + caseNumber());
    }

    private static List<String> bubbles(Div thread) {
        return thread.getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    private List<Map<String, Object>> audit(String kind) {
        return jdbc.sql("""
                select actor, case_number, subject, detail from audit_event
                where kind = :kind and case_number = :number order by id""")
                .param("kind", kind)
                .param("number", caseNumber())
                .query()
                .listOfRows();
    }

    @Test
    void a_clerk_sees_the_caption_the_stored_photo_and_why_other_media_are_not_there_in_the_triage_thread() {
        login("petugas", Role.PETUGAS);
        openInTriage();

        Div thread = _get(Div.class, s -> s.withId("triage-messages"));
        List<String> bubbles = bubbles(thread);
        assertThat(bubbles).hasSize(4);
        assertThat(bubbles.get(0)).endsWith("Selamat pagi, mau urus KK baru");
        assertThat(bubbles.get(1)).contains("[Foto] Ini KK saya yang lama").contains("Unduh media (1 KB)");
        assertThat(bubbles.get(2))
                .contains("[Dokumen: akta.pdf] Akta kelahiran")
                .contains("Media belum diambil: pengambilan media WhatsApp mati. WHATSAPP_ACCESS_TOKEN belum diisi.");
        assertThat(bubbles.get(3))
                .contains("[Video]")
                .contains("Media tidak disimpan: ukurannya 12 MB, melebihi batas 5 MB.");
        Image photo = _get(thread, Image.class, s -> s.withClasses("thread-image"));
        assertThat(photo.getAlt()).contains("[Foto] Ini KK saya yang lama");
        // Not a URL naming the case, the resident or the media: a handler of this component in this session.
        assertThat(photo.getSrc())
                .doesNotContain(caseNumber())
                .doesNotContain(SENDER)
                .doesNotContain("5501");
        assertThat(_find(thread, Anchor.class, s -> s.withClasses("thread-download")))
                .hasSize(1);
    }

    @Test
    void opening_a_photo_returns_its_bytes_and_records_who_opened_which_message() {
        login("petugas", Role.PETUGAS);
        openInTriage();
        Div thread = _get(Div.class, s -> s.withId("triage-messages"));
        // Showing the thread reads the conversation, not yet the photo.
        assertThat(audit("CONVERSATION_VIEWED")).hasSize(1);
        assertThat(audit("MEDIA_VIEWED")).isEmpty();

        byte[] shown = DownloadKt.download(_get(thread, Image.class, s -> s.withClasses("thread-image")));
        byte[] downloaded = DownloadKt.download(_get(thread, Anchor.class, s -> s.withClasses("thread-download")));

        assertThat(shown).isEqualTo(PHOTO);
        assertThat(downloaded).isEqualTo(PHOTO);
        assertThat(audit("MEDIA_VIEWED"))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row)
                        .containsEntry("actor", "petugas")
                        .containsEntry("subject", "wamid.THREADVIEW2")
                        .containsEntry("detail", "FULL"));
    }

    @Test
    void the_case_detail_shows_the_same_thread_to_a_clerk() {
        login("petugas", Role.PETUGAS);
        openDetail();

        assertThat(_find(H3.class, s -> s.withText("Percakapan WhatsApp"))).hasSize(1);
        Div thread = _get(Div.class, s -> s.withId("case-thread"));
        List<String> bubbles = bubbles(thread);
        assertThat(bubbles).hasSize(4);
        assertThat(bubbles.get(1)).contains("[Foto] Ini KK saya yang lama");
        assertThat(DownloadKt.download(_get(thread, Image.class, s -> s.withClasses("thread-image"))))
                .isEqualTo(PHOTO);
        assertThat(audit("MEDIA_VIEWED"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("actor", "petugas"));
    }

    @Test
    void an_administrator_may_see_personal_data_and_sees_the_thread_on_the_case_detail() {
        login("admin", Role.ADMIN);
        openDetail();

        Div thread = _get(Div.class, s -> s.withId("case-thread"));
        assertThat(bubbles(thread).get(1)).contains("[Foto] Ini KK saya yang lama");
        assertThat(audit("CONVERSATION_VIEWED"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("actor", "admin"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"KEPALA", "PERENCANA"})
    void a_role_without_access_to_personal_data_sees_no_thread_nor_that_there_is_one(Role role) {
        login("uji-" + role.name().toLowerCase(), role);
        openDetail();

        _assertNone(Div.class, s -> s.withId("case-thread"));
        assertThat(_find(H3.class, s -> s.withText("Percakapan WhatsApp"))).isEmpty();
        _assertNone(Div.class, s -> s.withId("case-sections"));
        assertThat(audit("CONVERSATION_VIEWED")).isEmpty();
        long mediaId = jdbc.sql("""
                select m.id from inbound_media m join inbound_message im on im.id = m.inbound_message_id
                where im.message_id = 'wamid.THREADVIEW2'""").query(Long.class).single();
        assertThatThrownBy(() -> mediaService.content(mediaId)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit("MEDIA_VIEWED")).isEmpty();
    }

    @Test
    void a_case_without_a_conversation_has_no_thread_section() {
        TestCases cases = new TestCases(jdbc, "THREADVIEW");
        String walkIn = cases.insert(
                "OFFICE",
                "KTP",
                "SUBMITTED",
                TestCases.anyNik(),
                "Tanpa Percakapan",
                Regions.NIPAH_NIPAH_VILLAGE,
                Instant.parse("2025-05-02T01:00:00Z"));
        try {
            login("petugas", Role.PETUGAS);
            UI.getCurrent().navigate("kasus/" + walkIn);

            _assertNone(Div.class, s -> s.withId("case-thread"));
            assertThat(_find(H3.class, s -> s.withText("Percakapan WhatsApp"))).isEmpty();
        } finally {
            cases.deleteAll();
        }
    }
}
