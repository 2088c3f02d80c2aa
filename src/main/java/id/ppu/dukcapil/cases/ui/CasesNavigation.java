package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import id.ppu.dukcapil.app.MainLayout.NavEntry;
import id.ppu.dukcapil.app.NavEntryProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts the case screens into the side navigation. */
@Component
class CasesNavigation implements NavEntryProvider {

    @Override
    public List<NavEntry> entries() {
        return List.of(new NavEntry("nav.cases", VaadinIcon.RECORDS, CaseListView.class, 20),
                new NavEntry("nav.walkin", VaadinIcon.USER_CARD, WalkInView.class, 21));
    }
}
