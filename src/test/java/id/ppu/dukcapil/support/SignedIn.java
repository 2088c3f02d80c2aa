package id.ppu.dukcapil.support;

import id.ppu.dukcapil.security.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every test of the class (or the one method) runs signed in as {@code user} with {@code roles},
 * and signed out afterwards: the shared set-up instead of a {@code @BeforeEach} that signs in and
 * an {@code @AfterEach} that clears the security context. A test that needs someone else signs
 * in again with {@link TestSignIn}. The sign-in happens before the class's own {@code @BeforeEach}
 * methods and the sign-out after its {@code @AfterEach} methods, so both may call guarded services.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SignedInExtension.class)
public @interface SignedIn {

    /** The username. */
    String user();

    /** The roles. */
    Role[] roles();
}
