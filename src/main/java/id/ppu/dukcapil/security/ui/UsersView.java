package id.ppu.dukcapil.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.security.AccountException;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.security.UserRow;
import id.ppu.dukcapil.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators manage staff accounts: create, disable or enable, reset a password, assign roles,
 * unlock. Refused passwords (too short or long, common, containing the username) are marked at
 * their field with the reason.
 */
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@Route("admin/pengguna")
@RolesAllowed(Role.ADMINISTRATOR)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;
    private final transient Clock clock;
    private final Grid<UserRow> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final Button toggleEnabled = new Button();
    private final Button unlock = new Button();
    private final PasswordField newPassword = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private UserRow current;

    public UsersView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        setSizeFull();

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("users-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 title = new H2(getTranslation("users.title"));
        title.addClassNames(LumoUtility.Margin.NONE);
        HorizontalLayout top = new HorizontalLayout(title, create);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserRow::username)
                .setHeader(getTranslation("login.username"))
                .setAutoWidth(true);
        grid.addColumn(UserRow::displayName)
                .setHeader(getTranslation("users.displayName"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"))
                .setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.setItems(query -> users.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        toggleEnabled.setId("users-toggle");
        toggleEnabled.addClickListener(e -> toggle());
        unlock.setId("users-unlock");
        unlock.setText(getTranslation("users.unlock"));
        unlock.addClickListener(e -> unlock());
        HorizontalLayout accountRow = new HorizontalLayout(toggleEnabled, unlock);
        newPassword.setId("users-password");
        newPassword.setLabel(getTranslation("users.newPassword"));
        Button reset = new Button(getTranslation("users.resetPassword"), e -> resetPassword());
        reset.setId("users-reset");
        HorizontalLayout passwordRow = new HorizontalLayout(newPassword, reset);
        passwordRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        roles.setId("users-roles");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        Button saveRoles = new Button(getTranslation("users.saveRoles"), e -> saveRoles());
        saveRoles.setId("users-save-roles");
        HorizontalLayout rolesRow = new HorizontalLayout(roles, saveRoles);
        rolesRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        detail.setPadding(false);
        detail.add(detailTitle, accountRow, passwordRow, rolesRow);
        detail.setVisible(false);

        add(top, grid, detail);
        expand(grid);
    }

    private String state(UserRow u) {
        if (!u.enabled()) {
            return getTranslation("users.disabled");
        }
        if (isLocked(u)) {
            return getTranslation("users.lockedUntil", Formats.dateTime(u.lockedUntil()));
        }
        return getTranslation("users.active");
    }

    private boolean isLocked(UserRow u) {
        return u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant());
    }

    private void show(UserRow u) {
        current = u;
        detail.setVisible(u != null);
        if (u == null) {
            return;
        }
        detailTitle.setText(u.displayName() + " (" + u.username() + ")");
        toggleEnabled.setText(getTranslation(u.enabled() ? "users.disable" : "users.enable"));
        unlock.setVisible(isLocked(u));
        newPassword.clear();
        newPassword.setInvalid(false);
        roles.setValue(u.roles());
        roles.setInvalid(false);
    }

    private void toggle() {
        boolean enable = !current.enabled();
        if (act(() -> users.setEnabled(current.id(), enable), null)) {
            Notifications.success(enable ? "users.enabled" : "users.disabledDone", current.username());
            refresh();
        }
    }

    private void unlock() {
        if (act(() -> users.unlock(current.id()), null)) {
            Notifications.success("users.unlocked", current.username());
            refresh();
        }
    }

    private void resetPassword() {
        if (act(() -> users.resetPassword(current.id(), newPassword.getValue()), newPassword)) {
            Notifications.success("users.passwordReset", current.username());
            newPassword.clear();
        }
    }

    private void saveRoles() {
        if (act(() -> users.assignRoles(current.id(), roles.getValue()), roles)) {
            Notifications.success("users.rolesSaved", current.username());
            refresh();
        }
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("users-create-dialog");
        dialog.setHeaderTitle(getTranslation("users.new"));
        TextField username = new TextField(getTranslation("login.username"));
        username.setId("users-new-username");
        username.setHelperText(getTranslation("users.username.help"));
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("users-new-display");
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setId("users-new-password");
        CheckboxGroup<Role> newRoles = new CheckboxGroup<>(getTranslation("users.roles"));
        newRoles.setId("users-new-roles");
        newRoles.setItems(Role.values());
        newRoles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        Map<String, HasValidation> fields =
                Map.of("username", username, "displayName", displayName, "password", password, "roles", newRoles);
        Button save = new Button(getTranslation("users.create"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                UserRow created = users.createUser(
                        username.getValue(),
                        displayName.getValue(),
                        password.getValue(),
                        Set.copyOf(newRoles.getValue()));
                Notifications.success("users.created", created.username());
                dialog.close();
                refresh();
            } catch (AccountException ex) {
                HasValidation field = fields.get(ex.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    field.setInvalid(true);
                }
                Notifications.error(ex.messageKey(), ex.args());
            }
        });
        save.setId("users-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        FormLayout form = new FormLayout(username, displayName, password, newRoles);
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Runs an administrative change; a refused one marks {@code field} and says why. */
    private boolean act(Runnable change, HasValidation field) {
        if (current == null) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (AccountException e) {
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                field.setInvalid(true);
            }
            Notifications.error(e.messageKey(), e.args());
            return false;
        }
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.title");
    }
}
