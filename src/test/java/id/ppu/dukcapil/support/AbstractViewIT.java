package id.ppu.dukcapil.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import id.ppu.dukcapil.security.Role;
import java.util.Arrays;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the karibu UI tests: real views on the real Spring context and database, with a
 * login helper that sets both Spring Security's context and the fake servlet request, so
 * Vaadin's route access checks see the user.
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
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in as {@code username} with the given roles, as the login form would. */
    protected void login(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var authentication = new UsernamePasswordAuthenticationToken(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> Arrays.stream(roles).anyMatch(r -> r.name().equals(role)));
    }
}
