package id.ppu.dukcapil.app;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Translations;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.UserService;
import id.ppu.dukcapil.servicemode.ServiceModeService;
import id.ppu.dukcapil.servicemode.ui.ServiceModeBadge;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame around every screen: side navigation with the views the user's roles may open (each view names its
 * own entry with {@code @Menu}; its title is an i18n key), and a header with the office's service mode, the user,
 * a language switch and logout. On a phone the user, the language switch and logout fold into one menu, and the
 * drawer closes after each navigation.
 */
@Layout
@CssImport("./styles/responsive.css")
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    public MainLayout(
            AuthenticationContext authentication,
            CurrentUser currentUser,
            UserService users,
            ServiceModeService serviceModes) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.MEDIUM);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        // Vaadin lists the @Menu views that the UI's navigation access control lets this user open, in menu order.
        MenuConfiguration.getMenuEntries().forEach(e -> nav.addItem(navItem(e)));
        addToDrawer(title, nav);

        String username = currentUser.username();
        String userText = users.displayName(username).orElse(username) + " · "
                + String.join(
                        ", ",
                        currentUser.roles().stream()
                                .map(r -> getTranslation("role." + r.name()))
                                .toList());
        Span user = new Span(userText);
        user.setId("current-user");
        user.addClassNames(LumoUtility.FontSize.SMALL);

        Button language = new Button(getTranslation("header.language"), e -> switchLanguage());
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(
                getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(), e -> this.authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        ServiceModeBadge serviceModeBadge = new ServiceModeBadge(serviceModes::current);
        // The badge keeps its own width; the space after it pushes the user and actions to the right.
        Div spacer = new Div();
        HorizontalLayout wide = new HorizontalLayout(user, language, logout);
        wide.setAlignItems(FlexComponent.Alignment.CENTER);
        wide.addClassName("header-wide");
        HorizontalLayout header =
                new HorizontalLayout(new DrawerToggle(), serviceModeBadge, spacer, wide, userMenu(userText));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(spacer);
        header.addClassNames(LumoUtility.Padding.Right.MEDIUM);
        addToNavbar(header);
    }

    /** The phone's header: one icon that opens the user's name, the language switch and logout. */
    private MenuBar userMenu(String userText) {
        MenuBar menu = new MenuBar();
        menu.setId("header-menu");
        menu.addClassName("header-narrow");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        MenuItem root = menu.addItem(VaadinIcon.USER.create());
        root.setAriaLabel(getTranslation("header.menu"));
        SubMenu items = root.getSubMenu();
        MenuItem who = items.addItem(userText);
        who.setId("header-menu-user");
        who.setEnabled(false);
        items.addItem(getTranslation("header.language"), e -> switchLanguage()).setId("header-menu-language");
        MenuItem logout = items.addItem(getTranslation("header.logout"), e -> authentication.logout());
        logout.setId("header-menu-logout");
        logout.addComponentAsFirst(VaadinIcon.SIGN_OUT.create());
        return menu;
    }

    /** In overlay mode (a narrow window) the drawer covers the screen: it closes once the user has chosen. */
    @Override
    protected void afterNavigation() {
        super.afterNavigation();
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    /** Every entry is a Flow view (the app has no client-side routes), so the item links to its class. */
    private SideNavItem navItem(MenuEntry entry) {
        return new SideNavItem(getTranslation(entry.title()), entry.menuClass(), new Icon(entry.icon()));
    }

    private void switchLanguage() {
        UI ui = UI.getCurrent();
        Locale next = "en".equals(ui.getLocale().getLanguage()) ? Translations.INDONESIAN : Translations.ENGLISH;
        ui.getSession().setAttribute(UiSetup.LOCALE_ATTRIBUTE, next);
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
