package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password rules at the service: over bcrypt's 72 bytes, common passwords and the username are
 * refused with a validation message (an AccountException naming the field and an i18n key), for
 * new accounts, reset passwords and the first administrator alike.
 */
@SpringBootTest
@SignedIn(user = "admin", roles = Role.ADMIN)
class AccountPasswordRulesIT {

    /** 40 characters but 80 bytes in UTF-8: within any character limit, beyond bcrypt's 72 bytes. */
    private static final String ACCENTED_80_BYTES = "é".repeat(40);

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from app_user where username like 'sandi%'").update();
    }

    @Test
    void a_password_over_72_bytes_is_a_validation_message_not_an_error() {
        assertThat(ACCENTED_80_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(80);

        assertRefused(
                () -> users.createUser("sandi.panjang", "Sandi Panjang", ACCENTED_80_BYTES, Set.of(Role.PETUGAS)),
                "user.error.passwordTooLong");
        assertRefused(
                () -> users.createUser("sandi.panjang", "Sandi Panjang", "a".repeat(73), Set.of(Role.PETUGAS)),
                "user.error.passwordTooLong");
        UserRow ok = users.createUser("sandi.panjang", "Sandi Panjang", "a1b2".repeat(18), Set.of(Role.PETUGAS));
        assertRefused(() -> users.resetPassword(ok.id(), ACCENTED_80_BYTES), "user.error.passwordTooLong");
    }

    @Test
    void the_most_common_passwords_are_refused_whatever_their_case() {
        for (String common : List.of("password", "12345678", "Qwerty123", "BISMILLAH", "rahasia123", "indonesia")) {
            assertRefused(
                    () -> users.createUser("sandi.umum", "Sandi Umum", common, Set.of(Role.PETUGAS)),
                    "user.error.passwordCommon");
        }
        assertThat(jdbc.sql("select count(*) from app_user where username = 'sandi.umum'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertRefused(
                () -> users.createUser("sandi.budi", "Budi", "Sandi.Budi2024", Set.of(Role.PETUGAS)),
                "user.error.passwordUsername");
        UserRow budi = users.createUser("sandi.budi", "Budi", "kopi-pahit-pagi", Set.of(Role.PETUGAS));
        assertRefused(() -> users.resetPassword(budi.id(), "sandi.budi"), "user.error.passwordUsername");
    }

    @Test
    @Transactional
    void the_first_administrator_password_over_72_bytes_stops_the_start_with_one_clear_sentence() {
        jdbc.sql("delete from app_user").update();

        assertThatThrownBy(() -> new FirstAdministratorRunner(users, "admin", ACCENTED_80_BYTES).createIfNoAccounts())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("FIRST_ADMIN_PASSWORD is longer than 72 bytes (UTF-8), more than bcrypt can store:"
                        + " choose a shorter one.");
        assertThatThrownBy(() -> new FirstAdministratorRunner(users, "admin", "password123").createIfNoAccounts())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("FIRST_ADMIN_PASSWORD is one of the most common passwords: choose another one.");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isZero();
    }

    @Test
    void demo_accounts_keep_their_known_password() {
        assertThat(users.createIfMissing("sandi.demo", "Demo", "rahasia123", Set.of(Role.KEPALA)))
                .isTrue();
    }

    private static void assertRefused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(AccountException.class, e -> {
            assertThat(e.field()).isEqualTo("password");
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
