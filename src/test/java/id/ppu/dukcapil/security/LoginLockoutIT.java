package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@SpringBootTest
class LoginLockoutIT {

    @Autowired
    UserService users;

    @Autowired
    AuthenticationConfiguration authConfig;

    @Autowired
    JdbcClient jdbc;

    AuthenticationManager manager;

    @BeforeEach
    void createUser() throws Exception {
        manager = authConfig.getAuthenticationManager();
        jdbc.sql("delete from app_user where username = 'lockme'").update();
        users.createIfMissing("lockme", "Lock Me", "benar-123", Set.of(Role.PETUGAS));
    }

    @Test
    void correct_password_signs_in_with_the_users_roles() {
        Authentication a = manager.authenticate(new UsernamePasswordAuthenticationToken("lockme", "benar-123"));
        assertThat(a.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PETUGAS");
    }

    @Test
    void password_is_stored_as_a_bcrypt_hash() {
        assertThat(jdbc.sql("select password_hash from app_user where username = 'lockme'")
                        .query(String.class)
                        .single())
                .startsWith("$2")
                .doesNotContain("benar-123");
    }

    @Test
    void fifth_wrong_password_locks_the_account_even_for_the_right_password() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("lockme", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(manager.authenticate(new UsernamePasswordAuthenticationToken("lockme", "benar-123"))
                        .isAuthenticated())
                .isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("lockme", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("lockme", "benar-123")))
                .isInstanceOf(LockedException.class);
        assertThat(jdbc.sql(
                                "select locked_until > now() + interval '14 minutes' from app_user where username = 'lockme'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void lock_expires_after_fifteen_minutes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("lockme", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = 'lockme'")
                .update();
        assertThat(manager.authenticate(new UsernamePasswordAuthenticationToken("lockme", "benar-123"))
                        .isAuthenticated())
                .isTrue();
        assertThat(jdbc.sql(
                                "select locked_until is null and failed_attempts = 0 from app_user where username = 'lockme'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
