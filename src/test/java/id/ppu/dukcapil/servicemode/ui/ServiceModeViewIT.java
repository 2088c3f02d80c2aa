package id.ppu.dukcapil.servicemode.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.servicemode.ServiceMode;
import id.ppu.dukcapil.servicemode.ServiceModePeriod;
import id.ppu.dukcapil.servicemode.ServiceModeService;
import id.ppu.dukcapil.support.AbstractViewIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ServiceModeViewIT extends AbstractViewIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceModeService serviceModes;

    @AfterEach
    void forgetTestChanges() {
        jdbc.sql("delete from service_mode_change where changed_by = 'kepala-uji'")
                .update();
    }

    @Test
    void head_closes_the_office_after_confirming_and_the_header_shows_it() {
        assertThat(serviceModes.current()).isNotEqualTo(ServiceMode.ONLINE_ONLY);
        login("kepala-uji", Role.KEPALA);
        UI.getCurrent().navigate(ServiceModeView.class);
        @SuppressWarnings("unchecked")
        Select<ServiceMode> mode = _get(Select.class, s -> s.withId("servicemode-mode"));
        mode.setValue(ServiceMode.ONLINE_ONLY);
        _get(TextArea.class, s -> s.withId("servicemode-reason"))
                .setValue("Kasus COVID-19 meningkat, kantor ditutup sementara");
        ButtonKt._click(_get(Button.class, s -> s.withId("servicemode-change")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("servicemode-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Hanya daring");
        assertThat(serviceModes.current()).isNotEqualTo(ServiceMode.ONLINE_ONLY);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Mode layanan sekarang: Hanya daring.");
        assertThat(serviceModes.current()).isEqualTo(ServiceMode.ONLINE_ONLY);
        assertThat(_get(Span.class, s -> s.withId("service-mode")).getText()).isEqualTo("Mode layanan: Hanya daring");
        assertThat(_get(Span.class, s -> s.withId("servicemode-current")).getText())
                .isEqualTo("Mode saat ini: Hanya daring");
        @SuppressWarnings("unchecked")
        Grid<ServiceModePeriod> history = _get(Grid.class, s -> s.withId("servicemode-history"));
        ServiceModePeriod newest = GridKt._get(history, 0);
        assertThat(newest.changedBy()).isEqualTo("kepala-uji");
        assertThat(newest.reason()).isEqualTo("Kasus COVID-19 meningkat, kantor ditutup sementara");
    }

    @Test
    void a_cancelled_confirmation_or_a_missing_reason_changes_nothing() {
        ServiceMode before = serviceModes.current();
        ServiceMode other = before == ServiceMode.LIMITED_HOURS ? ServiceMode.NORMAL : ServiceMode.LIMITED_HOURS;
        login("kepala-uji", Role.KEPALA);
        UI.getCurrent().navigate(ServiceModeView.class);
        @SuppressWarnings("unchecked")
        Select<ServiceMode> mode = _get(Select.class, s -> s.withId("servicemode-mode"));
        mode.setValue(other);
        _get(TextArea.class, s -> s.withId("servicemode-reason")).setValue("Rapat");
        ButtonKt._click(_get(Button.class, s -> s.withId("servicemode-change")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, s -> s.withId("servicemode-confirm")));
        assertThat(serviceModes.current()).isEqualTo(before);

        _get(TextArea.class, s -> s.withId("servicemode-reason")).setValue("");
        ButtonKt._click(_get(Button.class, s -> s.withId("servicemode-change")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("servicemode-confirm")));
        NotificationsKt.expectNotifications("Alasan wajib diisi, 3-500 karakter.");
        assertThat(serviceModes.current()).isEqualTo(before);
    }

    @Test
    void only_the_head_opens_the_service_mode_screen() {
        login("perencana", Role.PERENCANA);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ServiceModeView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("petugas", Role.PETUGAS);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ServiceModeView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("admin", Role.ADMIN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ServiceModeView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
