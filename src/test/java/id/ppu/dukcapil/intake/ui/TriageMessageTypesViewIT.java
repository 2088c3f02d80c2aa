package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import id.ppu.dukcapil.intake.TriageRow;
import id.ppu.dukcapil.intake.WhatsAppTestMessages;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The triage queue shows every WhatsApp message type: a label of its type, the caption, where its media stands. */
class TriageMessageTypesViewIT extends AbstractViewIT {

    /** WhatsApp senders of this class start with 6281800; message ids with wamid.TYPEVIEW. */
    private static final String SENDER = "628180000001";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WhatsAppTestMessages whatsApp;

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(jdbc, "phone like '6281800%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.TYPEVIEW%'")
                .update();
    }

    @Test
    void a_photo_of_a_ktp_with_its_caption_waits_in_the_queue_labelled_with_where_its_media_stands() {
        whatsApp.receive("wamid.TYPEVIEW1", SENDER, "Rina", "Selamat pagi, mau urus KK");
        whatsApp.receiveMedia(
                "wamid.TYPEVIEW2", SENDER, "document", "2013859600285442", "application/pdf", "kk.pdf", null);
        whatsApp.receiveLocation("wamid.TYPEVIEW3", SENDER, -1.256, 116.829, "Kantor Desa Sepaku");
        whatsApp.receiveMedia(
                "wamid.TYPEVIEW4", SENDER, "image", "1013859600285441", "image/jpeg", null, "Ini KTP saya");
        login("petugas", Role.PETUGAS);

        UI.getCurrent().navigate(TriageView.class);
        Grid<TriageRow> grid = _get(Grid.class, s -> s.withId("triage-grid"));
        List<TriageRow> rows = GridKt._findAll(grid);
        int index = rows.indexOf(
                rows.stream().filter(r -> SENDER.equals(r.phone())).findFirst().orElseThrow());
        assertThat(GridKt._getFormatted(grid, index, "lastMessage")).isEqualTo("[Foto] Ini KTP saya");
        grid.asSingleSelect().setValue(rows.get(index));

        Div conversation = _get(Div.class, s -> s.withId("triage-messages"));
        List<String> bubbles = conversation
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
        assertThat(bubbles).hasSize(4);
        assertThat(bubbles.get(0)).endsWith("Selamat pagi, mau urus KK");
        // Sending is off in the tests, and with it the fetching of media: the thread says so.
        assertThat(bubbles.get(1))
                .contains("[Dokumen: kk.pdf]")
                .contains("Media belum diambil: pengambilan media WhatsApp mati.");
        assertThat(bubbles.get(2)).contains("[Lokasi: Kantor Desa Sepaku (-1.25600, 116.82900)]");
        assertThat(bubbles.get(3)).contains("[Foto] Ini KTP saya").contains("Media belum diambil");
        assertThat(_find(conversation, Div.class, s -> s.withClasses("triage-media")))
                .hasSize(2);
    }
}
