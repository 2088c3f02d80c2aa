package id.ppu.dukcapil.app;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The start page forwards each user to their first screen: a feature may claim it (the head and
 * the planner start on the dashboard); everyone else starts on the case list, which every role may open.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final transient List<StartRouteProvider> startRoutes;

    public HomeView(List<StartRouteProvider> startRoutes) {
        this.startRoutes = startRoutes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(startRoutes.stream().flatMap(p -> p.startRoute().stream()).findFirst().orElse("kasus"));
    }
}
