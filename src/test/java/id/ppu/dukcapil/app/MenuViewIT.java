package id.ppu.dukcapil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.ppu.dukcapil.analytics.ui.DashboardView;
import id.ppu.dukcapil.base.ui.Translations;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side navigation of each role: which entries, in which order, with which label, route and icon. */
class MenuViewIT extends AbstractViewIT {

    private static final String DASHBOARD = "Dasbor | dasbor | vaadin:dashboard";
    private static final String CASES = "Daftar Kasus | kasus | vaadin:records";
    private static final String WALK_IN = "Layanan Langsung | kasus/baru | vaadin:user-card";
    private static final String TRIAGE = "Antrean Triase | kasus/triase | vaadin:chat";
    private static final String IMPORT = "Impor CSV | kasus/impor | vaadin:upload";
    private static final String OUTREACH_DESK = "Layanan Jemput Bola | jemput-bola/pendaftaran | vaadin:users";
    private static final String PLANNER = "Perencanaan Jemput Bola | jemput-bola | vaadin:car";
    private static final String VISITS = "Kunjungan Jemput Bola | jemput-bola/kunjungan | vaadin:calendar";
    private static final String EFFECT = "Dampak Jemput Bola | jemput-bola/dampak | vaadin:line-bar-chart";
    private static final String SERVICE_MODE = "Mode Layanan | mode-layanan | vaadin:clock";
    private static final String USERS = "Pengguna | admin/pengguna | vaadin:users";
    private static final String API_KEYS = "Kunci API | admin/kunci-api | vaadin:key";
    private static final String AUDIT = "Jejak Audit | admin/jejak-audit | vaadin:clipboard-text";
    private static final String QUEUES = "Antrean Kerja | kasus/antrean | vaadin:list-ol";
    private static final String OUTBOX = "Pesan Keluar | admin/pesan-keluar | vaadin:envelope-o";
    private static final String NOTIFICATION_TEXTS =
            "Teks Notifikasi | admin/teks-notifikasi | vaadin:comment-ellipsis-o";
    private static final String QUICK_ANSWERS = "Jawaban Cepat | admin/jawaban-cepat | vaadin:comments-o";
    private static final String STANDARDS = "Standar Layanan | admin/standar-layanan | vaadin:timer";
    private static final String COVERAGE = "Penduduk & Cakupan | admin/penduduk-cakupan | vaadin:chart-grid";

    @Test
    void clerk_menu_holds_the_case_list_the_work_queues_and_the_four_intake_screens() {
        assertThat(menuOf("petugas", Role.PETUGAS))
                .containsExactly(CASES, QUEUES, WALK_IN, TRIAGE, IMPORT, OUTREACH_DESK);
    }

    @Test
    void head_menu_holds_the_dashboard_cases_outreach_and_the_service_mode() {
        assertThat(menuOf("kepala", Role.KEPALA))
                .containsExactly(DASHBOARD, CASES, PLANNER, VISITS, EFFECT, SERVICE_MODE);
    }

    @Test
    void planner_menu_is_the_head_menu_without_the_service_mode() {
        assertThat(menuOf("perencana", Role.PERENCANA)).containsExactly(DASHBOARD, CASES, PLANNER, VISITS, EFFECT);
    }

    @Test
    void administrator_menu_holds_cases_import_and_the_admin_screens() {
        assertThat(menuOf("admin", Role.ADMIN))
                .containsExactly(
                        CASES,
                        IMPORT,
                        USERS,
                        API_KEYS,
                        AUDIT,
                        OUTBOX,
                        QUICK_ANSWERS,
                        NOTIFICATION_TEXTS,
                        STANDARDS,
                        COVERAGE);
    }

    @Test
    void a_user_with_two_roles_sees_the_entries_of_both_once_each_in_order() {
        assertThat(menuOf("kepala", Role.KEPALA, Role.ADMIN))
                .containsExactly(
                        DASHBOARD,
                        CASES,
                        IMPORT,
                        PLANNER,
                        VISITS,
                        EFFECT,
                        SERVICE_MODE,
                        USERS,
                        API_KEYS,
                        AUDIT,
                        OUTBOX,
                        QUICK_ANSWERS,
                        NOTIFICATION_TEXTS,
                        STANDARDS,
                        COVERAGE);
    }

    @Test
    void menu_labels_follow_the_language_of_the_session() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(menu())
                .containsExactly(
                        "Dashboard | dasbor | vaadin:dashboard",
                        "Cases | kasus | vaadin:records",
                        "Outreach planning | jemput-bola | vaadin:car",
                        "Outreach visits | jemput-bola/kunjungan | vaadin:calendar",
                        "Outreach effect | jemput-bola/dampak | vaadin:line-bar-chart",
                        "Service mode | mode-layanan | vaadin:clock");
    }

    @Test
    void start_page_forwards_head_and_planner_to_the_dashboard_and_clerk_and_administrator_to_the_case_list() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("");
        LocatorJ._assertOne(DashboardView.class);
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate("");
        LocatorJ._assertOne(DashboardView.class);
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate("");
        LocatorJ._assertOne(CaseListView.class);
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("");
        LocatorJ._assertOne(CaseListView.class);
    }

    private List<String> menuOf(String username, Role... roles) {
        login(username, roles);
        UI.getCurrent().navigate(CaseListView.class);
        return menu();
    }

    private static List<String> menu() {
        return LocatorJ._get(SideNav.class).getItems().stream()
                .map(MenuViewIT::describe)
                .toList();
    }

    private static String describe(SideNavItem item) {
        String icon =
                item.getPrefixComponent() instanceof Icon i ? i.getElement().getAttribute("icon") : "-";
        return item.getLabel() + " | " + item.getPath() + " | " + icon;
    }
}
