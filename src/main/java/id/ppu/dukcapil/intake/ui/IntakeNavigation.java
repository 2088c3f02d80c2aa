package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import id.ppu.dukcapil.app.MainLayout.NavEntry;
import id.ppu.dukcapil.app.NavEntryProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts the triage queue and the CSV import into the side navigation. */
@Component
class IntakeNavigation implements NavEntryProvider {

    @Override
    public List<NavEntry> entries() {
        return List.of(new NavEntry("nav.triage", VaadinIcon.CHAT, TriageView.class, 22),
                new NavEntry("nav.import", VaadinIcon.UPLOAD, ImportView.class, 23));
    }
}
