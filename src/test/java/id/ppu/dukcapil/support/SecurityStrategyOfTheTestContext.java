package id.ppu.dukcapil.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global context holder at the strategy of the application context a test
 * runs in. Each context installs its own Vaadin-aware strategy (a thread-local of its own) as the
 * global one and method security reads its own bean; with several cached contexts in one test JVM
 * (mock and real HTTP), a sign-in through {@link SecurityContextHolder} would otherwise land in
 * another context's thread-local and method security would see nobody. In production there is one
 * context, so both are the same object. Registered in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyOfTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        use(testContext);
    }

    private static void use(TestContext testContext) {
        ApplicationContext ctx = testContext.getApplicationContext();
        ctx.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
