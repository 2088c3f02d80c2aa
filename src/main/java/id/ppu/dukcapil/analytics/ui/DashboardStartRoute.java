package id.ppu.dukcapil.analytics.ui;

import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.app.StartRouteProvider;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The head of office and the planner start on the dashboard. */
@Component
class DashboardStartRoute implements StartRouteProvider {

    private final CurrentUser currentUser;

    DashboardStartRoute(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> startRoute() {
        return currentUser.hasRole(Role.KEPALA) || currentUser.hasRole(Role.PERENCANA)
                ? Optional.of(DashboardView.ROUTE) : Optional.empty();
    }
}
