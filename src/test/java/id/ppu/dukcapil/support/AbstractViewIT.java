package id.ppu.dukcapil.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import id.ppu.dukcapil.security.Role;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base of the karibu UI tests: real views on the real Spring context and database, with a
 * login helper that sets both Spring Security's context and the fake servlet request, so
 * Vaadin's route access checks see the user. Sign in inside the test (or a {@code @BeforeEach}):
 * the fake request exists only once {@code MockVaadin} is set up.
 */
@SpringBootTest
public abstract class AbstractViewIT {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("id.ppu.dukcapil");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        TestSignIn.signOut();
        MockVaadin.tearDown();
    }

    /** Signs in as {@code username} with the given roles, as the login form would (see {@link TestSignIn#signIn}). */
    protected void login(String username, Role... roles) {
        TestSignIn.signIn(username, roles);
    }
}
