package id.ppu.dukcapil.support;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Unpins the {@link MutableClock} after every test method, so that a day one test pinned never
 * leaks into the next test sharing the cached context. Registered in {@code META-INF/spring.factories}.
 */
public class TestClockReset implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(MutableClock.class)
                    .ifAvailable(MutableClock::unpin);
        }
    }
}
