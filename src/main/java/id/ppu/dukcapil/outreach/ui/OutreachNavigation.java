package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import id.ppu.dukcapil.app.MainLayout.NavEntry;
import id.ppu.dukcapil.app.NavEntryProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts the outreach screens into the side navigation. */
@Component
class OutreachNavigation implements NavEntryProvider {

    @Override
    public List<NavEntry> entries() {
        return List.of(new NavEntry("nav.outreach.planner", VaadinIcon.CAR, PlannerView.class, 40),
                new NavEntry("nav.outreach.visits", VaadinIcon.CALENDAR, VisitsView.class, 41),
                new NavEntry("nav.outreach.effect", VaadinIcon.LINE_BAR_CHART, EffectView.class, 42),
                // Clerks' screen: next to their other intake screens (walk-in 21, triage 22, import 23).
                new NavEntry("nav.outreach.visitCases", VaadinIcon.USERS, VisitCaseView.class, 24));
    }
}
