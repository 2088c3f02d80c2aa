package id.ppu.dukcapil.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseRow;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intake issue's "done when": a request from each of the five channels, each through its own
 * door (portal and app API adapters, the WhatsApp adapter, the desk form, an outreach batch CSV),
 * appears exactly once in the clerks' case list with its channel, and sending everything again
 * (API retries, a WhatsApp redelivery, the same CSV) leaves the list as it was.
 */
class FiveChannelsJourneyIT extends AbstractViewIT {

    private static final ApiPrincipal PORTAL = new ApiPrincipal(1, "portal-web", Set.of(ApiScope.SUBMIT), "WEB");
    private static final ApiPrincipal GOPPU = new ApiPrincipal(2, "goppu", Set.of(ApiScope.SUBMIT), "APP");
    /** NIKs of this class end in 84xx; every applicant is called "... Lima Kanal". */
    private static final String WEB_NIK = IntakeTestData.nik(1, 5, 1, 90, 8401);

    private static final String APP_NIK = IntakeTestData.nik(2, 6, 2, 91, 8402);
    private static final String WA_NIK = IntakeTestData.nik(3, 7, 3, 92, 8403);
    private static final String DESK_NIK = IntakeTestData.nik(4, 8, 4, 93, 8404);
    private static final String OUTREACH_NIK = IntakeTestData.nik(4, 9, 5, 94, 8405);

    @Autowired
    IntakeService intake;

    @Autowired
    CsvImportService imports;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(jdbc, "right(nik, 4) like '84%' or external_id like 'KANAL5-%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.KANAL5%'")
                .update();
    }

    @Test
    void a_request_from_each_channel_appears_once_with_its_channel_and_resending_changes_nothing() {
        login("petugas", Role.PETUGAS);
        sendEverything();

        List<CaseRow> first = listed();
        assertThat(first).extracting(CaseRow::channel).containsExactlyInAnyOrder(Channel.values());
        assertThat(first)
                .extracting(CaseRow::nik)
                .containsExactlyInAnyOrder(WEB_NIK, APP_NIK, WA_NIK, DESK_NIK, OUTREACH_NIK);
        Grid<CaseRow> grid = grid();
        List<String> channelCells = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            channelCells.add(GridKt._getFormattedRow(grid, i).get(2));
        }
        assertThat(channelCells)
                .containsExactlyInAnyOrder("Portal web", "Aplikasi GOPPU", "WhatsApp", "Kantor", "Jemput bola");

        // Retries and redeliveries: the portal and the app send again, Meta redelivers, the batch is imported twice.
        assertThat(TestSignIn.asKey(
                                PORTAL,
                                () -> intake.submit(submission("KANAL5-WEB", WEB_NIK, "Ani Lima Kanal"), PORTAL))
                        .outcome())
                .isEqualTo(Registration.Outcome.DUPLICATE);
        assertThat(TestSignIn.asKey(
                                GOPPU, () -> intake.submit(submission("KANAL5-APP", APP_NIK, "Bima Lima Kanal"), GOPPU))
                        .outcome())
                .isEqualTo(Registration.Outcome.DUPLICATE);
        assertThat(intake.receiveWhatsApp(whatsApp())).isEmpty();
        ImportReport again = imports.importCsv(outreachBatch(), "jemput-bola.csv", null, "petugas", n -> {});
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.imported()).isZero();

        assertThat(listed())
                .extracting(CaseRow::caseNumber)
                .containsExactlyInAnyOrderElementsOf(
                        first.stream().map(CaseRow::caseNumber).toList());
        assertThat(jdbc.sql("select count(*) from service_case where right(nik, 4) like '84%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    private void sendEverything() {
        assertThat(TestSignIn.asKey(
                                PORTAL,
                                () -> intake.submit(submission("KANAL5-WEB", WEB_NIK, "Ani Lima Kanal"), PORTAL))
                        .outcome())
                .isEqualTo(Registration.Outcome.CREATED);
        assertThat(TestSignIn.asKey(
                                GOPPU, () -> intake.submit(submission("KANAL5-APP", APP_NIK, "Bima Lima Kanal"), GOPPU))
                        .outcome())
                .isEqualTo(Registration.Outcome.CREATED);
        assertThat(intake.receiveWhatsApp(whatsApp())).isPresent();
        ApplicantData desk = new ApplicantData();
        desk.setServiceType(ServiceType.KK);
        desk.setNik(DESK_NIK);
        desk.setApplicantName("Dewi Lima Kanal");
        desk.setVillageCode(SEPAKU_VILLAGE);
        assertThat(cases.registerWalkIn(desk).outcome()).isEqualTo(Registration.Outcome.CREATED);
        ImportReport batch = imports.importCsv(outreachBatch(), "jemput-bola.csv", null, "petugas", n -> {});
        assertThat(batch.imported()).isEqualTo(1);
        assertThat(batch.rejected()).isZero();
    }

    /** The clerk's case list searched for the applicants' common name. */
    private List<CaseRow> listed() {
        UI.getCurrent().navigate(CaseListView.class);
        _get(TextField.class, s -> s.withId("filter-text")).setValue("lima kanal");
        Grid<CaseRow> grid = grid();
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseRow> grid() {
        return _get(Grid.class, s -> s.withId("case-grid"));
    }

    private static CaseSubmission submission(String externalId, String nik, String name) {
        return new CaseSubmission(externalId, null, "KTP", nik, name, NIPAH_NIPAH_VILLAGE, null, null, null);
    }

    private static InboundText whatsApp() {
        return new InboundText(
                "wamid.KANAL5-1",
                "628110000084",
                "Citra",
                Instant.now().minusSeconds(60),
                "AKTA LAHIR " + WA_NIK + " Citra Lima Kanal");
    }

    /** An outreach team's offline batch, as a legacy spreadsheet export: semicolons, dd/MM/yyyy, Indonesian names. */
    private static byte[] outreachBatch() {
        return ("external_id;channel;service_type;nik;applicant_name;village_name;submitted_at\r\n"
                        + "KANAL5-JB-1;OUTREACH;KTP;" + OUTREACH_NIK
                        + ";Eko Lima Kanal;Karang Jinawi;03/03/2026 10:15\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
