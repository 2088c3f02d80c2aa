package id.ppu.dukcapil.servicemode.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import id.ppu.dukcapil.servicemode.ServiceMode;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header badge's colour per mode, and that it reads the mode again when told it changed. */
class ServiceModeBadgeTest {

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void normal_is_green_limited_hours_grey_and_a_closed_office_red() {
        assertThat(themeOf(ServiceMode.NORMAL)).isEqualTo("badge success");
        assertThat(themeOf(ServiceMode.LIMITED_HOURS)).isEqualTo("badge contrast");
        assertThat(themeOf(ServiceMode.ONLINE_ONLY)).isEqualTo("badge error");
    }

    @Test
    void an_attached_badge_reads_the_mode_again_when_it_changes() {
        AtomicReference<ServiceMode> inForce = new AtomicReference<>(ServiceMode.NORMAL);
        ServiceModeBadge badge = new ServiceModeBadge(inForce::get);
        UI.getCurrent().add(badge);
        inForce.set(ServiceMode.ONLINE_ONLY);
        assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge success");

        ServiceModeBadge.modeChanged(UI.getCurrent());
        assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge error");
        assertThat(badge.getText()).contains(ServiceMode.ONLINE_ONLY.messageKey());
    }

    @Test
    void a_detached_badge_stops_listening() {
        AtomicReference<ServiceMode> inForce = new AtomicReference<>(ServiceMode.NORMAL);
        ServiceModeBadge badge = new ServiceModeBadge(inForce::get);
        UI.getCurrent().add(badge);
        UI.getCurrent().remove(badge);
        inForce.set(ServiceMode.LIMITED_HOURS);
        ServiceModeBadge.modeChanged(UI.getCurrent());
        assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge success");
    }

    private static String themeOf(ServiceMode mode) {
        return new ServiceModeBadge(() -> mode).getElement().getAttribute("theme");
    }
}
