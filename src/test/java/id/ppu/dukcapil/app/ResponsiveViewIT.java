package id.ppu.dukcapil.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.QueryParameters;
import id.ppu.dukcapil.base.ui.FilterChips;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The parts of the phone layout that are logic rather than CSS: the header's one menu, the "Filter" button and
 * the chips of the active filters. (How it looks at 390 and 768 px: ResponsiveBrowserIT.)
 */
class ResponsiveViewIT extends AbstractViewIT {

    @Test
    void the_phone_header_menu_holds_the_user_the_language_switch_and_sign_out() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        MenuBar menu = _get(MenuBar.class, s -> s.withId("header-menu"));
        List<MenuItem> items = menu.getItems().get(0).getSubMenu().getItems();
        assertThat(items)
                .extracting(i -> i.getId().orElseThrow())
                .containsExactly("header-menu-user", "header-menu-language", "header-menu-logout");
        assertThat(items.get(0).getText()).contains("petugas", "Petugas");
        assertThat(items.get(2).getText()).isEqualTo("Keluar");

        ContextMenuKt._clickItemWithID(menu, "header-menu-logout");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void the_language_switch_in_the_phone_menu_switches_to_english() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("header-menu")), "header-menu-language");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Cases");
    }

    @Test
    void active_case_filters_show_as_chips_and_removing_one_clears_only_that_filter() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent()
                .navigate("kasus", QueryParameters.simple(Map.of("status", "SUBMITTED,VERIFIED", "channel", "WEB")));
        assertThat(chipIds("filter-chips"))
                .containsExactly(
                        "filter-chips-status-submitted", "filter-chips-status-verified", "filter-chips-channel-web");
        assertThat(_get(Button.class, s -> s.withId("filter-toggle")).getText()).isEqualTo("Filter (3)");

        ButtonKt._click(_get(Button.class, s -> s.withId("filter-chips-status-verified")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CaseStatus> status = _get(MultiSelectComboBox.class, s -> s.withId("filter-status"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Channel> channel = _get(MultiSelectComboBox.class, s -> s.withId("filter-channel"));
        assertThat(status.getValue()).containsExactly(CaseStatus.SUBMITTED);
        assertThat(channel.getValue()).containsExactly(Channel.WEB);
        assertThat(chipIds("filter-chips"))
                .containsExactly("filter-chips-status-submitted", "filter-chips-channel-web");

        ButtonKt._click(_get(Button.class, s -> s.withId("filter-chips-channel-web")));
        assertThat(channel.getValue()).isEmpty();
        assertThat(chipIds("filter-chips")).containsExactly("filter-chips-status-submitted");
        assertThat(_get(Button.class, s -> s.withId("filter-toggle")).getText()).isEqualTo("Filter (1)");
    }

    @Test
    void choosing_a_filter_adds_its_chip_and_the_filter_button_opens_and_closes_the_fields() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(chipIds("filter-chips")).isEmpty();
        assertThat(_get(Button.class, s -> s.withId("filter-toggle")).getText()).isEqualTo("Filter");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ServiceType> service = _get(MultiSelectComboBox.class, s -> s.withId("filter-service"));
        service.setValue(Set.of(ServiceType.KIA));
        assertThat(chipIds("filter-chips")).containsExactly("filter-chips-service-kia");

        FlexLayout fields = (FlexLayout) service.getParent().orElseThrow();
        assertThat(fields.getClassNames()).contains("collapsible-filters").doesNotContain("filters-open");
        Button toggle = _get(Button.class, s -> s.withId("filter-toggle"));
        ButtonKt._click(toggle);
        assertThat(fields.getClassNames()).contains("filters-open");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        ButtonKt._click(toggle);
        assertThat(fields.getClassNames()).doesNotContain("filters-open");
    }

    @Test
    void removing_a_dashboard_chip_clears_that_filter_and_keeps_the_others() {
        login("kepala", Role.KEPALA);
        UI.getCurrent()
                .navigate(
                        "dasbor",
                        QueryParameters.simple(
                                Map.of("period", "LAST_3_MONTHS", "district", "64.09.04", "service", "KTP")));
        assertThat(chipIds("dashboard-filter-chips"))
                .containsExactly(
                        "dashboard-filter-chips-period",
                        "dashboard-filter-chips-district",
                        "dashboard-filter-chips-service");

        ButtonKt._click(_get(Button.class, s -> s.withId("dashboard-filter-chips-district")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> district = _get(ComboBox.class, s -> s.withId("filter-district"));
        @SuppressWarnings("unchecked")
        ComboBox<ServiceType> service = _get(ComboBox.class, s -> s.withId("filter-service"));
        assertThat(district.getValue()).isNull();
        assertThat(service.getValue()).isEqualTo(ServiceType.KTP);
        assertThat(chipIds("dashboard-filter-chips"))
                .containsExactly("dashboard-filter-chips-period", "dashboard-filter-chips-service");

        ButtonKt._click(_get(Button.class, s -> s.withId("dashboard-filter-chips-period")));
        assertThat(chipIds("dashboard-filter-chips")).containsExactly("dashboard-filter-chips-service");
    }

    private static List<String> chipIds(String chipsId) {
        FilterChips chips = _get(FilterChips.class, s -> s.withId(chipsId));
        return _find(chips, Button.class).stream()
                .map(b -> b.getId().orElseThrow())
                .toList();
    }
}
