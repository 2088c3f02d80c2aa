package id.ppu.dukcapil.security;

import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.support.TestSignIn;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Method security guards every administration method of {@link UserService}: other roles and
 * anonymous callers are refused before anything happens, whichever screen or job calls.
 */
@SpringBootTest
class UserServiceMethodSecurityIT {

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from app_user where username like 'metode%'").update();
    }

    @Test
    void every_administration_method_is_denied_to_the_other_roles_and_to_anonymous_callers() {
        users.createIfMissing("metode.target", "Target", "target-sandi-1", Set.of(Role.PETUGAS));
        long id = jdbc.sql("select id from app_user where username = 'metode.target'")
                .query(Long.class)
                .single();
        Map<String, ThrowingCallable> calls = Map.of(
                "page", () -> users.page(PageRequest.of(0, 10)),
                "createUser", () -> users.createUser("metode.baru", "Baru", "baru-sandi-123", Set.of(Role.ADMIN)),
                "setEnabled", () -> users.setEnabled(id, false),
                "resetPassword", () -> users.resetPassword(id, "sandi-penyerang-1"),
                "assignRoles", () -> users.assignRoles(id, Set.of(Role.ADMIN)),
                "unlock", () -> users.unlock(id));

        for (Role role : List.of(Role.KEPALA, Role.PERENCANA, Role.PETUGAS)) {
            signIn(role.name(), role);
            calls.forEach((name, call) ->
                    assertThatThrownBy(call).as(role + " " + name).isInstanceOf(AccessDeniedException.class));
        }
        TestSignIn.signInAnonymously();
        calls.forEach((name, call) ->
                assertThatThrownBy(call).as("anonymous " + name).isInstanceOf(AccessDeniedException.class));
        SecurityContextHolder.clearContext();
        calls.forEach((name, call) -> assertThatThrownBy(call)
                .as("no authentication " + name)
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class));

        assertThat(jdbc.sql("select enabled from app_user where username = 'metode.target'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from app_user where username = 'metode.baru'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_administration_methods_declare_the_administrator_role_instead_of_checking_it_by_hand() {
        List<String> guarded = Arrays.stream(UserService.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(PreAuthorize.class))
                .filter(m -> m.getAnnotation(PreAuthorize.class).value().equals("hasRole('ADMIN')"))
                .map(Method::getName)
                .toList();
        assertThat(guarded).contains("page", "createUser", "setEnabled", "resetPassword", "assignRoles", "unlock");
    }
}
