package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The password rules without Spring: bytes not characters, the shipped list, the username. */
class PasswordPolicyTest {

    @Test
    void the_limit_counts_utf8_bytes_not_characters() {
        assertThatCode(() -> PasswordPolicy.check("a".repeat(72), "budi")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("é".repeat(36), "budi")).doesNotThrowAnyException();
        assertRefused("é".repeat(36) + "x", "budi", "user.error.passwordTooLong");
        assertRefused("😀".repeat(18) + "x", "budi", "user.error.passwordTooLong");
        assertRefused("pendek", "budi", "user.error.password");
        assertRefused("        ", "budi", "user.error.password");
    }

    @Test
    void the_shipped_list_holds_a_few_hundred_common_passwords_compared_in_lower_case() {
        assertThat(PasswordPolicy.commonCount()).isBetween(200, 1000);
        assertRefused("PassWord1", "budi", "user.error.passwordCommon");
        assertRefused("1q2w3e4r", "budi", "user.error.passwordCommon");
        assertThatCode(() -> PasswordPolicy.check("kopi-susu-pagi-7", "budi")).doesNotThrowAnyException();
    }

    @Test
    void the_username_may_not_be_in_the_password_whatever_its_case() {
        assertRefused("siti.aminah", "siti.aminah", "user.error.passwordUsername");
        assertRefused("xxSITI.AMINAHxx", "siti.aminah", "user.error.passwordUsername");
    }

    private static void assertRefused(String password, String username, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, username))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
