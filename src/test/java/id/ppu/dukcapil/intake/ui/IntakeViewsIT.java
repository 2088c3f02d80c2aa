package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.TENGIN_BARU_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.intake.CsvImportService;
import id.ppu.dukcapil.intake.ImportJob;
import id.ppu.dukcapil.intake.ImportProblem;
import id.ppu.dukcapil.intake.IntakeTestData;
import id.ppu.dukcapil.intake.TriageRow;
import id.ppu.dukcapil.intake.WhatsAppTestMessages;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IntakeViewsIT extends AbstractViewIT {

    /** NIKs of this class end in 84xx; WhatsApp senders start with 6281400; external ids with VIEWCSV. */
    private static final String NIK = IntakeTestData.nik(1, 14, 2, 91, 8401);

    private static final String SENDER = "628140000001";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WhatsAppTestMessages whatsApp;

    @Autowired
    CsvImportService imports;

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(
                jdbc, "right(nik, 4) like '84%' or phone like '6281400%' or external_id like 'VIEWCSV-%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.VIEWTEST%'")
                .update();
    }

    @Test
    void clerk_reads_a_whatsapp_message_in_the_triage_queue_and_submits_the_completed_request() {
        whatsApp.receive("wamid.VIEWTEST1", SENDER, "Rina", "Selamat siang, saya mau perpanjang KTP");
        whatsApp.receive("wamid.VIEWTEST2", SENDER, "Rina", "NIK saya " + NIK);
        login("petugas", Role.PETUGAS);

        UI.getCurrent().navigate(TriageView.class);
        Grid<TriageRow> grid = triageGrid();
        TriageRow row = mine(grid);
        assertThat(row.messages()).isEqualTo(2);
        assertThat(row.lastMessage()).isEqualTo("NIK saya " + NIK);
        grid.asSingleSelect().setValue(row);
        assertThat(_get(Div.class, s -> s.withId("triage-messages"))
                        .getChildren()
                        .count())
                .isEqualTo(2);
        assertThat(_get(TextField.class, s -> s.withId("form-phone")).getValue())
                .isEqualTo(SENDER);
        assertThat(_get(TextField.class, s -> s.withId("form-name")).getValue()).isEqualTo("Rina");
        assertThat(_get(TextField.class, s -> s.withId("form-nik")).getValue()).isEqualTo(NIK);
        form(NIK, "Rina Marlina");
        ButtonKt._click(_get(Button.class, s -> s.withId("form-save")));

        NotificationsKt.expectNotifications("Kasus " + row.caseNumber() + " diajukan.");
        assertThat(jdbc.sql("select status from service_case where id = :id")
                        .param("id", row.caseId())
                        .query(String.class)
                        .single())
                .isEqualTo(CaseStatus.SUBMITTED.name());
        assertThat(GridKt._findAll(triageGrid()).stream().noneMatch(r -> SENDER.equals(r.phone())))
                .isTrue();
    }

    @Test
    void clerk_rejects_a_message_that_is_not_a_request() {
        whatsApp.receive("wamid.VIEWTEST3", SENDER, "Promo", "Dapatkan pinjaman cepat!");
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(TriageView.class);
        TriageRow row = mine(triageGrid());
        triageGrid().asSingleSelect().setValue(row);

        ButtonKt._click(_get(Button.class, s -> s.withId("triage-reject")));
        assertThat(_get(TextField.class, s -> s.withId("triage-reject-reason")).isInvalid())
                .isTrue();
        _get(TextField.class, s -> s.withId("triage-reject-reason")).setValue("Spam");
        ButtonKt._click(_get(Button.class, s -> s.withId("triage-reject")));

        assertThat(jdbc.sql("select status from service_case where id = :id")
                        .param("id", row.caseId())
                        .query(String.class)
                        .single())
                .isEqualTo("REJECTED");
    }

    @Test
    void clerk_uploads_a_csv_sees_a_preview_imports_it_and_gets_the_report() {
        String csv = "\uFEFFexternal_id;service_type;nik;applicant_name;village_name;submitted_at\r\n"
                + "VIEWCSV-1;KTP;" + NIK + ";Rina Marlina;Sepaku;05/03/2024 09:15\r\n"
                + "VIEWCSV-2;KK;6.40901E+15;Budi;Sepaku;05/03/2024\r\n";
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(ImportView.class);

        UploadKt._upload(
                _get(Upload.class, s -> s.withId("import-upload")),
                "jemput-bola.csv",
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Span.class, s -> s.withId("import-preview-info")).getText())
                .contains("jemput-bola.csv", "\";\"", "2 baris");
        assertThat(_get(Span.class, s -> s.withId("import-missing")).getText()).contains("channel");
        assertThat(_get(Button.class, s -> s.withId("import-start")).isEnabled())
                .isFalse();
        @SuppressWarnings("unchecked")
        Grid<List<String>> preview = _get(Grid.class, s -> s.withId("import-preview"));
        assertThat(GridKt._size(preview)).isEqualTo(2);
        @SuppressWarnings("unchecked")
        ComboBox<id.ppu.dukcapil.cases.Channel> channel = _get(ComboBox.class, s -> s.withId("import-channel"));
        channel.setValue(id.ppu.dukcapil.cases.Channel.OUTREACH);
        ButtonKt._click(_get(Button.class, s -> s.withId("import-start")));
        ImportJob job = imports.recentJobs().get(0);
        job.result().join();
        _get(ImportView.class).resultHandedOver().join();
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, s -> s.withId("import-summary")).getText())
                .startsWith("2 baris: 1 kasus baru, 0 digabung ke kasus terbuka, 0 sudah pernah diimpor, 1 ditolak");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, s -> s.withId("import-problems"));
        assertThat(GridKt._get(problems, 0))
                .isEqualTo(new ImportProblem(3, "nik", "nik.error.scientific", "6.40901E+15"));
        Anchor download = _get(Anchor.class, s -> s.withId("import-download-link"));
        String report = new String(DownloadKt.download(download), StandardCharsets.UTF_8);
        assertThat(report).contains("Baris;Kolom;Alasan;Nilai").contains("3;nik;NIK tertulis seperti 6.40901E+15");
        assertThat(jdbc.sql("select channel from service_case where external_id = 'VIEWCSV-1'")
                        .query(String.class)
                        .single())
                .isEqualTo("OUTREACH");
    }

    @Test
    void clerks_see_the_intake_screens_in_the_navigation_and_administrators_may_import() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(TriageView.class);
        assertThat(_get(SideNav.class).getItems().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Antrean Triase", "Impor CSV");
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(ImportView.class);
        _assertOne(ImportView.class);
    }

    @Test
    void head_planner_and_administrator_cannot_open_the_triage_queue() {
        for (Role role : List.of(Role.KEPALA, Role.PERENCANA, Role.ADMIN)) {
            login(role.name().toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(TriageView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void head_and_planner_cannot_open_the_import() {
        for (Role role : List.of(Role.KEPALA, Role.PERENCANA)) {
            login(role.name().toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ImportView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private void form(String nik, String name) {
        @SuppressWarnings("unchecked")
        ComboBox<id.ppu.dukcapil.cases.ServiceType> service = _get(ComboBox.class, s -> s.withId("form-service"));
        service.setValue(id.ppu.dukcapil.cases.ServiceType.KTP);
        _get(TextField.class, s -> s.withId("form-nik")).setValue(nik);
        _get(TextField.class, s -> s.withId("form-name")).setValue(name);
        @SuppressWarnings("unchecked")
        ComboBox<String> village = _get(ComboBox.class, s -> s.withId("form-village"));
        village.setValue(TENGIN_BARU_VILLAGE);
    }

    private static TriageRow mine(Grid<TriageRow> grid) {
        return GridKt._findAll(grid).stream()
                .filter(r -> SENDER.equals(r.phone()))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TriageRow> triageGrid() {
        return _get(Grid.class, s -> s.withId("triage-grid"));
    }
}
