package id.ppu.dukcapil.app;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import id.ppu.dukcapil.analytics.ui.DashboardView;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * The start page forwards each user to their first screen: the head and the planner start on the dashboard;
 * everyone else starts on the case list, which every role may open.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(startView());
    }

    private Class<? extends Component> startView() {
        return currentUser.hasRole(Role.KEPALA) || currentUser.hasRole(Role.PERENCANA)
                ? DashboardView.class
                : CaseListView.class;
    }
}
