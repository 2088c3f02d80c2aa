package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import id.ppu.dukcapil.app.MainLayout.NavEntry;
import id.ppu.dukcapil.app.NavEntryProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts the dashboard at the top of the side navigation (for the roles that may open it). */
@Component
class AnalyticsNavigation implements NavEntryProvider {

    @Override
    public List<NavEntry> entries() {
        return List.of(new NavEntry("nav.dashboard", VaadinIcon.DASHBOARD, DashboardView.class, 10));
    }
}
