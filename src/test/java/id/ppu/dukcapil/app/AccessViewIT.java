package id.ppu.dukcapil.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.cases.ui.WalkInView;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.security.ui.LoginView;
import id.ppu.dukcapil.support.AbstractViewIT;
import org.junit.jupiter.api.Test;

class AccessViewIT extends AbstractViewIT {

    @Test
    void anonymous_visitor_is_sent_to_the_login_view() {
        UI.getCurrent().navigate("kasus");
        LocatorJ._assertOne(LoginView.class);
    }

    @Test
    void clerk_opens_the_case_list_and_the_walk_in_form() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        LocatorJ._assertOne(CaseListView.class);
        UI.getCurrent().navigate(WalkInView.class);
        LocatorJ._assertOne(WalkInView.class);
        assertThat(navLabels()).contains("Daftar Kasus", "Layanan Langsung");
    }

    @Test
    void head_of_office_reads_cases_but_cannot_register_a_walk_in() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate(CaseListView.class);
        LocatorJ._assertOne(CaseListView.class);
        assertThat(navLabels()).contains("Daftar Kasus").doesNotContain("Layanan Langsung");
        assertThatThrownBy(() -> UI.getCurrent().navigate(WalkInView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void planner_and_admin_cannot_register_a_walk_in() {
        login("perencana", Role.PERENCANA);
        assertThatThrownBy(() -> UI.getCurrent().navigate(WalkInView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("admin", Role.ADMIN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(WalkInView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void header_shows_the_user_the_service_mode_and_a_logout() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Span.class, s -> s.withId("service-mode"))
                        .getText())
                .isEqualTo("Mode layanan: Normal");
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Span.class, s -> s.withId("current-user"))
                        .getText())
                .contains("Petugas");
        LocatorJ._assertOne(com.vaadin.flow.component.button.Button.class, s -> s.withId("logout"));
    }

    private static java.util.List<String> navLabels() {
        return LocatorJ._get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
