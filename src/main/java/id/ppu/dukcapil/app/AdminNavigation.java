package id.ppu.dukcapil.app;

import com.vaadin.flow.component.icon.VaadinIcon;
import id.ppu.dukcapil.security.ui.ApiKeysView;
import id.ppu.dukcapil.security.ui.AuditView;
import id.ppu.dukcapil.security.ui.UsersView;
import id.ppu.dukcapil.app.MainLayout.NavEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts the administrators' screens (accounts, API keys, audit trail) into the side navigation. It lives here
 * rather than in {@code security.ui} because {@code ui} already depends on {@code security}: a
 * provider over there would make the two slices depend on each other.
 */
@Component
class AdminNavigation implements NavEntryProvider {

    @Override
    public List<NavEntry> entries() {
        return List.of(new NavEntry("nav.users", VaadinIcon.USERS, UsersView.class, 90),
                new NavEntry("nav.apikeys", VaadinIcon.KEY, ApiKeysView.class, 91),
                new NavEntry("nav.audit", VaadinIcon.CLIPBOARD_TEXT, AuditView.class, 92));
    }
}
