package id.ppu.dukcapil.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import id.ppu.dukcapil.cases.CaseDetails;
import id.ppu.dukcapil.cases.CaseEvent;
import id.ppu.dukcapil.cases.CaseEventView;
import id.ppu.dukcapil.cases.CaseFilter;
import id.ppu.dukcapil.cases.CaseQueries;
import id.ppu.dukcapil.cases.CaseRow;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

class CaseViewsIT extends AbstractViewIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseService caseService;

    @Autowired
    CaseQueries caseQueries;

    TestCases fixture;
    String rahmaCase;

    @BeforeEach
    void insertCases() {
        fixture = new TestCases(jdbc, "VIEW");
        rahmaCase = fixture.insert(
                "WEB",
                "KTP",
                "SUBMITTED",
                "6409014807950011",
                "Rahmawati Viewtest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2025-05-02T01:00:00Z"));
        fixture.insert(
                "OFFICE",
                "KK",
                "COMPLETED",
                "6409014807950011",
                "Rahmawati Viewtest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2021-08-02T01:00:00Z"));
        fixture.insert(
                "APP",
                "KIA",
                "IN_PROCESS",
                "6409011203150004",
                "Bagus Viewtest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2025-05-03T01:00:00Z"));
    }

    @AfterEach
    void removeCases() {
        TestCases.deleteWhere(jdbc, "nik = '6409015306880021'");
        fixture.deleteAll();
    }

    @Test
    void clerk_finds_a_case_by_part_of_the_name() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        _get(TextField.class, s -> s.withId("filter-text")).setValue("rahmawati view");
        Grid<CaseRow> grid = caseGrid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).caseNumber()).isEqualTo(rahmaCase);
        assertThat(GridKt._get(grid, 0).nik()).isEqualTo("6409014807950011");
    }

    @Test
    void status_filter_narrows_the_list_and_is_written_to_the_url() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        _get(TextField.class, s -> s.withId("filter-text")).setValue("viewtest");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CaseStatus> status = _get(MultiSelectComboBox.class, s -> s.withId("filter-status"));
        status.setValue(Set.of(CaseStatus.IN_PROCESS));
        // A part of a name is personal data: the status goes into the URL, the text does not.
        assertThat(lastUrl()).startsWith("kasus?").contains("status=IN_PROCESS").doesNotContain("q=", "viewtest");
        assertThat(GridKt._size(caseGrid())).isEqualTo(1);
        assertThat(GridKt._get(caseGrid(), 0).applicantName()).isEqualTo("Bagus Viewtest");
    }

    @Test
    void a_bookmarked_search_opens_with_its_filters_applied() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate("kasus", QueryParameters.simple(Map.of("q", rahmaCase, "channel", "WEB")));
        assertThat(_get(TextField.class, s -> s.withId("filter-text")).getValue())
                .isEqualTo(rahmaCase);
        assertThat(GridKt._size(caseGrid())).isEqualTo(1);
        assertThat(GridKt._get(caseGrid(), 0).serviceType()).isEqualTo(ServiceType.KTP);
    }

    @Test
    void only_a_case_number_typed_in_the_search_goes_into_the_url() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        TextField search = _get(TextField.class, s -> s.withId("filter-text"));
        for (String personal : List.of("6409014807950011", "640901480795", "Rahmawati Viewtest", "+6281234567890")) {
            search.setValue(personal);
            assertThat(lastUrl()).as(personal).isEqualTo("kasus");
        }
        search.setValue(rahmaCase);
        assertThat(lastUrl()).isEqualTo("kasus?q=" + rahmaCase);
        search.setValue("PPU-2025-00001");
        assertThat(lastUrl()).isEqualTo("kasus?q=PPU-2025-00001");
    }

    @Test
    void a_link_with_personal_data_in_the_search_neither_searches_nor_keeps_it_in_the_address_bar() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate("kasus", QueryParameters.simple(Map.of("q", "6409014807950011", "channel", "OFFICE")));
        assertThat(_get(TextField.class, s -> s.withId("filter-text")).getValue())
                .isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("kasus?channel=OFFICE");
    }

    @Test
    void masked_roles_cannot_sort_the_case_list_by_name_and_search_by_case_number() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(caseGrid().getColumnByKey("applicantName").isSortable()).isFalse();
        TextField search = _get(TextField.class, s -> s.withId("filter-text"));
        assertThat(search.getPlaceholder()).isEqualTo("Cari nomor kasus");
        search.setValue("Rahmawati Viewtest");
        assertThat(GridKt._size(caseGrid())).isZero();
        search.setValue("6409014807950011");
        assertThat(GridKt._size(caseGrid())).isZero();
        search.setValue(rahmaCase);
        assertThat(GridKt._size(caseGrid())).isEqualTo(1);
    }

    @Test
    void clerks_sort_the_case_list_by_name() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(caseGrid().getColumnByKey("applicantName").isSortable()).isTrue();
    }

    @Test
    void scrolling_the_case_list_deep_shows_the_rows_of_the_offset_pages_in_each_order() {
        // 260 cases (more than five of the grid's pages), the same name on every fifth, ten per submission time.
        jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                    district_code, submitted_at, updated_at, completed_at)
                select 'VIEW-G' || lpad(i::text, 5, '0'), 'WEB', 'KK', 'COMPLETED', '64090148079' || lpad(i::text, 5, '0'),
                       'Gulir Viewtest ' || (i % 52), :village, :district, t, t, t + interval '2 days'
                from generate_series(1, 260) i,
                     lateral (select timestamptz '2024-02-01 09:00+08' + (i / 10) * interval '1 hour' as t) s""")
                .param("village", NIPAH_NIPAH_VILLAGE)
                .param("district", NIPAH_NIPAH_VILLAGE.substring(0, 8))
                .update();
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        _get(TextField.class, s -> s.withId("filter-text")).setValue("gulir viewtest");
        CaseFilter filter = CaseFilter.all().withText("gulir viewtest");
        Grid<CaseRow> grid = caseGrid();
        List<CaseRow> newest = caseQueries.page(filter, PageRequest.of(0, 1000));
        assertThat(newest).hasSize(260);
        // Page by page as the grid scrolls down, then a jump to a row further down.
        assertThat(GridKt._fetch(grid, 0, 260)).isEqualTo(newest);
        assertThat(GridKt._get(grid, 237)).isEqualTo(newest.get(237));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("applicantName"), SortDirection.ASCENDING)));
        List<CaseRow> byName = caseQueries.page(filter, PageRequest.of(0, 1000, Sort.by("applicantName")));
        assertThat(GridKt._get(grid, 213)).isEqualTo(byName.get(213));
        assertThat(GridKt._fetch(grid, 0, 260)).isEqualTo(byName);
        assertThat(GridKt._size(grid)).isEqualTo(260);
    }

    @Test
    void head_of_office_sees_masked_nik_and_no_clerk_actions() {
        login("kepala", Role.KEPALA);
        openDetail(rahmaCase);
        assertThat(_get(Span.class, s -> s.withId("fact-nik")).getText()).isEqualTo("640901********11");
        _assertNone(Button.class, s -> s.withId("change-status"));
        _assertNone(TextField.class, s -> s.withId("form-nik"));
    }

    @Test
    void clerk_changes_the_status_and_sees_it_in_the_history() {
        login("petugas", Role.PETUGAS);
        openDetail(rahmaCase);
        assertThat(_get(H2.class, s -> s.withId("case-title")).getText()).isEqualTo(rahmaCase);
        assertThat(historyGrid().getGenericDataView().getItems().count()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> next = _get(ComboBox.class, s -> s.withId("next-status"));
        assertThat(next.getGenericDataView().getItems().toList())
                .doesNotContain(CaseStatus.MERGED, CaseStatus.COMPLETED)
                .contains(CaseStatus.VERIFIED);
        next.setValue(CaseStatus.VERIFIED);
        _get(TextField.class, s -> s.withId("status-comment")).setValue("Berkas lengkap");
        ButtonKt._click(_get(Button.class, s -> s.withId("change-status")));

        NotificationsKt.expectNotifications("Status diubah menjadi Terverifikasi.");
        assertThat(_get(Span.class, s -> s.withId("fact-status")).getText()).isEqualTo("Terverifikasi");
        List<CaseEventView> history =
                historyGrid().getGenericDataView().getItems().toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).actor()).isEqualTo("petugas");
        assertThat(history.get(1).toStatus()).isEqualTo(CaseStatus.VERIFIED);
        assertThat(history.get(1).detail()).isEqualTo("Berkas lengkap");
    }

    @Test
    void second_clerk_saving_stale_data_gets_a_conflict_and_nothing_is_lost() {
        login("petugas", Role.PETUGAS);
        openDetail(rahmaCase);
        CaseDetails loaded = caseService.details(rahmaCase);
        // Another clerk verifies the case in the meantime.
        TestSignIn.as(
                "petugas2",
                Role.PETUGAS,
                () -> caseService.changeStatus(loaded.id(), loaded.version(), CaseStatus.VERIFIED, null));

        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> next = _get(ComboBox.class, s -> s.withId("next-status"));
        next.setValue(CaseStatus.REJECTED);
        ButtonKt._click(_get(Button.class, s -> s.withId("change-status")));

        List<Notification> notifications = NotificationsKt.getNotifications();
        assertThat(notifications).hasSize(1);
        assertThat(_get(Div.class, s -> s.withId("conflict-banner")).isVisible())
                .isTrue();
        assertThat(next.getValue()).isEqualTo(CaseStatus.REJECTED);
        assertThat(caseService.details(rahmaCase).status()).isEqualTo(CaseStatus.VERIFIED);

        ButtonKt._click(_get(Button.class, s -> s.withId("conflict-reload")));
        _assertNone(Div.class, s -> s.withId("conflict-banner"));
        assertThat(_get(Span.class, s -> s.withId("fact-status")).getText()).isEqualTo("Terverifikasi");
        assertThat(historyGrid()
                        .getGenericDataView()
                        .getItems()
                        .map(CaseEventView::actor)
                        .toList())
                .containsExactly("test", "petugas2");
    }

    @Test
    void clerk_who_rejects_without_a_reason_is_told_at_the_comment_and_the_case_stays_open() {
        login("petugas", Role.PETUGAS);
        openDetail(rahmaCase);
        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> next = _get(ComboBox.class, s -> s.withId("next-status"));
        assertThat(next.getListDataView().getItems().toList())
                .containsExactly(
                        CaseStatus.VERIFIED,
                        CaseStatus.NEEDS_CORRECTION,
                        CaseStatus.WAITING_IN_PERSON,
                        CaseStatus.IN_PROCESS,
                        CaseStatus.REJECTED);
        next.setValue(CaseStatus.REJECTED);
        TextField comment = _get(TextField.class, s -> s.withId("status-comment"));
        comment.setValue("  ");
        ButtonKt._click(_get(Button.class, s -> s.withId("change-status")));

        String refusal = "Kasus hanya dapat ditolak dengan alasan: tuliskan alasan penolakannya.";
        NotificationsKt.expectNotifications(refusal);
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo(refusal);
        assertThat(next.getValue()).isEqualTo(CaseStatus.REJECTED);
        assertThat(caseService.details(rahmaCase).status()).isEqualTo(CaseStatus.SUBMITTED);

        comment.setValue("Dokumen palsu");
        ButtonKt._click(_get(Button.class, s -> s.withId("change-status")));
        NotificationsKt.expectNotifications("Status diubah menjadi Ditolak.");
        assertThat(caseService.details(rahmaCase).status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void invalid_nik_is_rejected_with_a_message_and_the_case_keeps_its_data() {
        login("petugas", Role.PETUGAS);
        openDetail(rahmaCase);
        TextField nik = _get(TextField.class, s -> s.withId("form-nik"));
        nik.setValue("6409019913950011");
        ButtonKt._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(nik.isInvalid()).isTrue();
        assertThat(nik.getErrorMessage()).isEqualTo("Tanggal lahir dalam NIK (digit 7-12) tidak sah.");
        assertThat(caseService.details(rahmaCase).nik()).isEqualTo("6409014807950011");
        assertThat(historyGrid().getGenericDataView().getItems().count()).isEqualTo(1);
    }

    @Test
    void clerk_corrects_the_name_and_the_history_lists_the_change() {
        login("petugas", Role.PETUGAS);
        openDetail(rahmaCase);
        assertThat(_get(Span.class, s -> s.withId("form-nik-info")).getText())
                .startsWith("Perempuan, lahir 08/07/1995");
        _get(TextField.class, s -> s.withId("form-name")).setValue("Rahmawati Putri Viewtest");
        ButtonKt._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(caseService.details(rahmaCase).applicantName()).isEqualTo("Rahmawati Putri Viewtest");
        CaseEventView last = historyGrid()
                .getGenericDataView()
                .getItems()
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.type()).isEqualTo(CaseEvent.Type.EDITED);
        assertThat(last.detail()).isEqualTo("applicantName: Rahmawati Viewtest → Rahmawati Putri Viewtest");
    }

    @Test
    void clerk_adds_a_note_and_sees_the_citizens_other_cases() {
        login("petugas", Role.PETUGAS);
        openDetail(rahmaCase);
        @SuppressWarnings("unchecked")
        Grid<CaseRow> timeline = _get(Grid.class, s -> s.withId("timeline-grid"));
        assertThat(timeline.getGenericDataView()
                        .getItems()
                        .map(CaseRow::serviceType)
                        .toList())
                .containsExactly(ServiceType.KK);
        ButtonKt._click(_get(Button.class, s -> s.withId("add-note")));
        assertThat(_get(TextArea.class, s -> s.withId("note-text")).isInvalid()).isTrue();
        _get(TextArea.class, s -> s.withId("note-text")).setValue("Pemohon menelepon, berkas dikirim ulang");
        ButtonKt._click(_get(Button.class, s -> s.withId("add-note")));
        CaseEventView last = historyGrid()
                .getGenericDataView()
                .getItems()
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.type()).isEqualTo(CaseEvent.Type.NOTE);
        assertThat(last.detail()).isEqualTo("Pemohon menelepon, berkas dikirim ulang");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"KEPALA", "PERENCANA"})
    void masked_roles_see_that_notes_and_comments_exist_but_not_their_text(Role masked) {
        writeNoteCommentAndReason();
        login(masked.name().toLowerCase(), masked);
        openDetail(rahmaCase);
        List<CaseEventView> history =
                historyGrid().getGenericDataView().getItems().toList();
        assertThat(history)
                .extracting(CaseEventView::type)
                .containsExactly(
                        CaseEvent.Type.CREATED,
                        CaseEvent.Type.NOTE,
                        CaseEvent.Type.STATUS_CHANGED,
                        CaseEvent.Type.STATUS_CHANGED);
        assertThat(history.subList(1, 4)).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("petugas");
            assertThat(e.occurredAt()).isNotNull();
            assertThat(e.detail()).isNull();
            assertThat(e.detailHidden()).isTrue();
        });
        assertThat(history.get(3).toStatus()).isEqualTo(CaseStatus.REJECTED);
        String shown = GridKt._getFormattedRow(historyGrid(), 1).toString() + GridKt._getFormattedRow(historyGrid(), 3);
        assertThat(shown).contains("petugas", "disembunyikan").doesNotContain("Pemohon", "Berkas", "Dokumen palsu");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PETUGAS", "ADMIN"})
    void clerks_and_administrators_read_notes_comments_and_reasons(Role full) {
        writeNoteCommentAndReason();
        login(full.name().toLowerCase(), full);
        openDetail(rahmaCase);
        List<CaseEventView> history =
                historyGrid().getGenericDataView().getItems().toList();
        assertThat(history)
                .extracting(CaseEventView::detail)
                .containsExactly(null, "Pemohon menelepon pukul 10", "Berkas lengkap", "Dokumen palsu");
        assertThat(history).noneMatch(CaseEventView::detailHidden);
    }

    @Test
    void masked_roles_see_no_timeline_of_the_citizen() {
        login("kepala", Role.KEPALA);
        openDetail(rahmaCase);
        _assertNone(Grid.class, s -> s.withId("timeline-grid"));
        assertThat(_get(Span.class, s -> s.withId("timeline-hidden")).getText()).isNotBlank();
    }

    private void writeNoteCommentAndReason() {
        login("petugas", Role.PETUGAS);
        long id = caseService.details(rahmaCase).id();
        caseService.addNote(id, "Pemohon menelepon pukul 10");
        caseService.changeStatus(id, caseService.details(rahmaCase).version(), CaseStatus.VERIFIED, "Berkas lengkap");
        caseService.changeStatus(id, caseService.details(rahmaCase).version(), CaseStatus.REJECTED, "Dokumen palsu");
        SecurityContextHolder.clearContext();
    }

    @Test
    void clerk_registers_a_walk_in_as_an_office_case() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(WalkInView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ServiceType> service = _get(ComboBox.class, s -> s.withId("form-service"));
        service.setValue(ServiceType.KTP);
        _get(TextField.class, s -> s.withId("form-nik")).setValue("6409015306880021");
        _get(TextField.class, s -> s.withId("form-name")).setValue("Nur Hasanah");
        @SuppressWarnings("unchecked")
        ComboBox<String> village = _get(ComboBox.class, s -> s.withId("form-village"));
        village.setValue(NIPAH_NIPAH_VILLAGE);
        ButtonKt._click(_get(Button.class, s -> s.withId("form-save")));

        String number = _get(H2.class, s -> s.withId("case-title")).getText();
        assertThat(number).matches("PPU-20\\d\\d-\\d{7}");
        CaseDetails created = caseService.details(number);
        assertThat(created.channel().name()).isEqualTo("OFFICE");
        assertThat(created.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(created.districtName()).isEqualTo("Penajam");
        assertThat(caseService.history(created.id()))
                .extracting(CaseEventView::actor)
                .containsExactly("petugas");
    }

    @Test
    void walk_in_without_required_fields_is_not_saved() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(WalkInView.class);
        _get(TextField.class, s -> s.withId("form-nik")).setValue("6409015306880021");
        ButtonKt._click(_get(Button.class, s -> s.withId("form-save")));
        assertThat(_get(TextField.class, s -> s.withId("form-name")).isInvalid())
                .isTrue();
        assertThat(_get(TextField.class, s -> s.withId("form-name")).getErrorMessage())
                .isEqualTo("Wajib diisi.");
        assertThat(jdbc.sql("select count(*) from service_case where nik = '6409015306880021'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The last address the view wrote into the browser's history (replaced, no navigation). */
    private static String lastUrl() {
        List<String> urls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(js -> js.getInvocation().getParameters().stream())
                .filter(p -> p instanceof String url && url.startsWith("kasus"))
                .map(String.class::cast)
                .toList();
        assertThat(urls).isNotEmpty();
        return urls.get(urls.size() - 1);
    }

    private void openDetail(String caseNumber) {
        UI.getCurrent().navigate(CaseDetailView.class, new RouteParameters(CaseDetailView.PARAM, caseNumber));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseRow> caseGrid() {
        return _get(Grid.class, s -> s.withId("case-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseEventView> historyGrid() {
        return _get(Grid.class, s -> s.withId("history-grid"));
    }
}
