package id.ppu.dukcapil.servicemode.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import id.ppu.dukcapil.app.MainLayout.NavEntry;
import id.ppu.dukcapil.app.NavEntryProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts the service-mode screen into the head's side navigation. */
@Component
class ServiceModeNavigation implements NavEntryProvider {

    @Override
    public List<NavEntry> entries() {
        return List.of(new NavEntry("nav.servicemode", VaadinIcon.CLOCK, ServiceModeView.class, 60));
    }
}
