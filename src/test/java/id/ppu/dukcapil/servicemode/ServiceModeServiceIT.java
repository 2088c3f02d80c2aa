package id.ppu.dukcapil.servicemode;

import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class ServiceModeServiceIT {

    @Autowired
    ServiceModeService serviceModes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void forgetTestChanges() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from service_mode_change where changed_by like 'uji-%'")
                .update();
    }

    @Test
    void history_begins_with_the_pandemic_periods_and_each_period_ends_where_the_next_begins() {
        List<ServiceModePeriod> history = serviceModes.history();
        assertThat(history)
                .extracting(ServiceModePeriod::mode)
                .startsWith(
                        ServiceMode.NORMAL,
                        ServiceMode.LIMITED_HOURS,
                        ServiceMode.ONLINE_ONLY,
                        ServiceMode.LIMITED_HOURS,
                        ServiceMode.ONLINE_ONLY,
                        ServiceMode.LIMITED_HOURS,
                        ServiceMode.NORMAL);
        // 13/04/2020 00:00 WITA
        assertThat(history.get(2).from()).isEqualTo(Instant.parse("2020-04-12T16:00:00Z"));
        for (int i = 0; i + 1 < history.size(); i++) {
            assertThat(history.get(i).to()).isEqualTo(history.get(i + 1).from());
        }
        assertThat(history.get(history.size() - 1).isCurrent()).isTrue();
        assertThat(serviceModes.current())
                .isEqualTo(history.get(history.size() - 1).mode());
    }

    @Test
    void head_changes_the_mode_with_a_reason_and_who_and_when_are_recorded() {
        signIn("uji-kepala", Role.KEPALA);
        ServiceMode target =
                serviceModes.current() == ServiceMode.ONLINE_ONLY ? ServiceMode.NORMAL : ServiceMode.ONLINE_ONLY;
        Instant at = Instant.parse("2026-03-10T02:00:00Z");
        clock.pinAt(at);
        serviceModes.change(target, "  Banjir di jalan poros Penajam  ");

        assertThat(serviceModes.current()).isEqualTo(target);
        ServiceModePeriod last =
                serviceModes.history().get(serviceModes.history().size() - 1);
        assertThat(last.mode()).isEqualTo(target);
        assertThat(last.reason()).isEqualTo("Banjir di jalan poros Penajam");
        assertThat(last.changedBy()).isEqualTo("uji-kepala");
        assertThat(last.changedAt()).isEqualTo(at);
    }

    @Test
    void only_the_head_may_change_the_mode() {
        signIn("uji-perencana", Role.PERENCANA);
        assertThatThrownBy(() -> serviceModes.change(ServiceMode.LIMITED_HOURS, "Rapat koordinasi"))
                .isInstanceOf(AccessDeniedException.class);
        signIn("uji-petugas", Role.PETUGAS);
        assertThatThrownBy(() -> serviceModes.change(ServiceMode.LIMITED_HOURS, "Rapat koordinasi"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_needs_a_reason_and_a_different_mode() {
        signIn("uji-kepala", Role.KEPALA);
        ServiceMode now = serviceModes.current();
        ServiceMode other = now == ServiceMode.LIMITED_HOURS ? ServiceMode.NORMAL : ServiceMode.LIMITED_HOURS;
        assertThatThrownBy(() -> serviceModes.change(other, " "))
                .isInstanceOfSatisfying(
                        ServiceModeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("servicemode.error.reason"));
        assertThatThrownBy(() -> serviceModes.change(other, "x".repeat(501))).isInstanceOf(ServiceModeException.class);
        assertThatThrownBy(() -> serviceModes.change(now, "Tetap sama"))
                .isInstanceOfSatisfying(
                        ServiceModeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("servicemode.error.unchanged"));
        assertThat(serviceModes.current()).isEqualTo(now);
    }
}
