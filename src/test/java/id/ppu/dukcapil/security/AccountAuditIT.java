package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.support.SignedIn;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/**
 * Account administration and sign-ins leave entries in the audit trail: who did what to which
 * account; sign-ins name the username tried, never the password; a refused change leaves none.
 */
@SpringBootTest
@SignedIn(user = "admin.jejak", roles = Role.ADMIN)
class AccountAuditIT {

    private static final String PASSWORD = "jejak-rahasia-9";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration authConfig;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from app_user where username like 'jejak%'").update();
    }

    @Test
    void each_administrative_act_on_an_account_is_audited_with_the_administrator_and_the_account() {
        UserRow row = users.createUser("jejak.satu", "Jejak Satu", PASSWORD, Set.of(Role.PETUGAS));
        users.setEnabled(row.id(), false);
        users.setEnabled(row.id(), true);
        users.assignRoles(row.id(), Set.of(Role.PETUGAS, Role.KEPALA));
        users.resetPassword(row.id(), "jejak-baru-sandi");

        assertThat(entries("jejak.satu"))
                .containsExactly(
                        "admin.jejak ACCOUNT_CREATED roles PETUGAS",
                        "admin.jejak ACCOUNT_DISABLED null",
                        "admin.jejak ACCOUNT_ENABLED null",
                        "admin.jejak ROLES_CHANGED PETUGAS -> KEPALA, PETUGAS",
                        "admin.jejak PASSWORD_RESET null");
    }

    @Test
    void a_refused_change_leaves_no_entry() {
        UserRow row = users.createUser("jejak.dua", "Jejak Dua", PASSWORD, Set.of(Role.PETUGAS));

        assertThatThrownBy(() -> users.resetPassword(row.id(), "pendek")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> users.assignRoles(row.id(), Set.of())).isInstanceOf(AccountException.class);

        assertThat(entries("jejak.dua")).containsExactly("admin.jejak ACCOUNT_CREATED roles PETUGAS");
    }

    @Test
    void sign_ins_are_audited_as_the_username_tried_and_the_lockout_once() throws Exception {
        users.createIfMissing("jejak.tiga", "Jejak Tiga", PASSWORD, Set.of(Role.PETUGAS));
        AuthenticationManager manager = authConfig.getAuthenticationManager();

        manager.authenticate(new UsernamePasswordAuthenticationToken("  Jejak.Tiga ", PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                            new UsernamePasswordAuthenticationToken("jejak.tiga", "salah-sandi-x")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("jejak.tiga", PASSWORD)))
                .isInstanceOf(LockedException.class);

        List<String> kinds = jdbc.sql("select kind from audit_event where actor = 'jejak.tiga' order by id")
                .query(String.class)
                .list();
        assertThat(kinds)
                .containsExactly(
                        "SIGN_IN_SUCCEEDED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "ACCOUNT_LOCKED",
                        "SIGN_IN_FAILED");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor like '%salah-sandi%' or subject like '%salah-sandi%'"
                                        + " or detail like '%salah-sandi%' or detail like '%" + PASSWORD + "%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<String> entries(String account) {
        return jdbc.sql("select actor || ' ' || kind || ' ' || coalesce(detail, 'null') from audit_event"
                        + " where subject = :s order by id")
                .param("s", account)
                .query(String.class)
                .list();
    }
}
