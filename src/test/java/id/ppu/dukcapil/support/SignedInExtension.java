package id.ppu.dukcapil.support;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Signs in before each test as its {@link SignedIn} says (the method's annotation wins over the
 * class's) and signs out after it. Runs after Spring's extension has prepared the test instance,
 * so the security context holder already points at the test's application context (see
 * {@link SecurityStrategyOfTheTestContext}).
 */
public class SignedInExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        signedIn(context).ifPresent(s -> TestSignIn.signIn(s.user(), s.roles()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestSignIn.signOut();
    }

    private static Optional<SignedIn> signedIn(ExtensionContext context) {
        Optional<SignedIn> onMethod =
                context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, SignedIn.class));
        if (onMethod.isPresent()) {
            return onMethod;
        }
        for (Optional<Class<?>> c = context.getTestClass(); c.isPresent(); c = c.map(Class::getEnclosingClass)) {
            Optional<SignedIn> onClass = AnnotationSupport.findAnnotation(c.get(), SignedIn.class);
            if (onClass.isPresent()) {
                return onClass;
            }
        }
        return Optional.empty();
    }
}
