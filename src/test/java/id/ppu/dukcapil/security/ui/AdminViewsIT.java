package id.ppu.dukcapil.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.ppu.dukcapil.security.ApiKeyRow;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.security.UserRow;
import id.ppu.dukcapil.security.UserService;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminViewsIT extends AbstractViewIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from app_user where username like 'viewtest%'").update();
        jdbc.sql("delete from api_key where name like 'viewtest-%'").update();
    }

    @Test
    void administrator_creates_an_account_with_roles() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        ButtonKt._click(_get(Button.class, s -> s.withId("users-new")));
        _get(TextField.class, s -> s.withId("users-new-username")).setValue("ViewTest.Clerk");
        _get(TextField.class, s -> s.withId("users-new-display")).setValue("Dewi Lestari");
        _get(PasswordField.class, s -> s.withId("users-new-password")).setValue("rahasia-baru");
        roles("users-new-roles").setValue(Set.of(Role.PETUGAS));
        ButtonKt._click(_get(Button.class, s -> s.withId("users-new-save")));

        NotificationsKt.expectNotifications("Akun viewtest.clerk dibuat.");
        _assertNone(Dialog.class);
        UserRow row = row("viewtest.clerk");
        assertThat(row.displayName()).isEqualTo("Dewi Lestari");
        assertThat(row.roles()).containsExactly(Role.PETUGAS);
        assertThat(jdbc.sql("select role from app_user_role r join app_user u on u.id = r.user_id"
                                + " where u.username = 'viewtest.clerk'")
                        .query(String.class)
                        .list())
                .containsExactly("PETUGAS");
    }

    @Test
    void a_short_password_is_refused_at_its_field_and_nothing_is_created() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        ButtonKt._click(_get(Button.class, s -> s.withId("users-new")));
        _get(TextField.class, s -> s.withId("users-new-username")).setValue("viewtest2");
        _get(TextField.class, s -> s.withId("users-new-display")).setValue("Dewi");
        _get(PasswordField.class, s -> s.withId("users-new-password")).setValue("123");
        roles("users-new-roles").setValue(Set.of(Role.KEPALA));

        ButtonKt._click(_get(Button.class, s -> s.withId("users-new-save")));

        PasswordField password = _get(PasswordField.class, s -> s.withId("users-new-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Kata sandi minimal 8 karakter.");
        assertThat(jdbc.sql("select count(*) from app_user where username = 'viewtest2'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void administrator_disables_an_account_resets_its_password_and_changes_its_roles() {
        login("admin", Role.ADMIN);
        users.createUser("viewtest3", "Budi", "rahasia-lama", Set.of(Role.PERENCANA));
        UI.getCurrent().navigate(UsersView.class);
        grid("users-grid").asSingleSelect().setValue(row("viewtest3"));

        ButtonKt._click(_get(Button.class, s -> s.withId("users-toggle")));
        assertThat(row("viewtest3").enabled()).isFalse();
        assertThat(jdbc.sql("select enabled from app_user where username = 'viewtest3'")
                        .query(Boolean.class)
                        .single())
                .isFalse();

        grid("users-grid").asSingleSelect().setValue(row("viewtest3"));
        _get(PasswordField.class, s -> s.withId("users-password")).setValue("rahasia-baru-1");
        ButtonKt._click(_get(Button.class, s -> s.withId("users-reset")));
        assertThat(passwords.matches(
                        "rahasia-baru-1",
                        jdbc.sql("select password_hash from app_user where username = 'viewtest3'")
                                .query(String.class)
                                .single()))
                .isTrue();

        roles("users-roles").setValue(Set.of(Role.PERENCANA, Role.KEPALA));
        ButtonKt._click(_get(Button.class, s -> s.withId("users-save-roles")));
        assertThat(row("viewtest3").roles()).containsExactlyInAnyOrder(Role.PERENCANA, Role.KEPALA);
    }

    @Test
    void a_common_password_or_one_containing_the_username_is_refused_at_its_field_in_bahasa_indonesia() {
        login("admin", Role.ADMIN);
        users.createUser("viewtest4", "Sari", "rahasia-lama", Set.of(Role.PETUGAS));
        UI.getCurrent().navigate(UsersView.class);
        grid("users-grid").asSingleSelect().setValue(row("viewtest4"));
        PasswordField password = _get(PasswordField.class, s -> s.withId("users-password"));

        password.setValue("password123");
        ButtonKt._click(_get(Button.class, s -> s.withId("users-reset")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage())
                .isEqualTo(
                        "Kata sandi ini termasuk kata sandi yang paling umum dan mudah ditebak. Pilih kata sandi lain.");

        password.setValue("ViewTest4-2025");
        ButtonKt._click(_get(Button.class, s -> s.withId("users-reset")));
        assertThat(password.getErrorMessage()).isEqualTo("Kata sandi tidak boleh memuat nama pengguna.");

        password.setValue("é".repeat(39) + "!");
        ButtonKt._click(_get(Button.class, s -> s.withId("users-reset")));
        assertThat(password.getErrorMessage()).startsWith("Kata sandi terlalu panjang: paling banyak 72 byte");
        assertThat(passwords.matches(
                        "rahasia-lama",
                        jdbc.sql("select password_hash from app_user where username = 'viewtest4'")
                                .query(String.class)
                                .single()))
                .isTrue();
    }

    @Test
    void administrator_unlocks_a_locked_account() {
        login("admin", Role.ADMIN);
        users.createUser("viewtest5", "Rina", "rahasia-lama", Set.of(Role.PETUGAS));
        jdbc.sql("update app_user set locked_until = now() + interval '15 minutes' where username = 'viewtest5'")
                .update();
        UI.getCurrent().navigate(UsersView.class);
        grid("users-grid").asSingleSelect().setValue(row("viewtest5"));

        ButtonKt._click(_get(Button.class, s -> s.withId("users-unlock")));

        NotificationsKt.expectNotifications("Kunci akun viewtest5 dibuka.");
        assertThat(row("viewtest5").lockedUntil()).isNull();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where kind = 'ACCOUNT_UNLOCKED' and subject = 'viewtest5'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void administrator_creates_an_api_key_sees_it_once_and_revokes_it() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(ApiKeysView.class);

        _get(TextField.class, s -> s.withId("apikey-name")).setValue("viewtest-portal");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, s -> s.withId("apikey-scopes"));
        scopes.setValue(Set.of(ApiScope.SUBMIT));
        @SuppressWarnings("unchecked")
        ComboBox<String> channel = _get(ComboBox.class, s -> s.withId("apikey-channel"));
        assertThat(channel.isEnabled()).isTrue();
        channel.setValue("WEB");
        ButtonKt._click(_get(Button.class, s -> s.withId("apikey-create")));

        String key = _get(TextField.class, s -> s.withId("apikey-created")).getValue();
        assertThat(key).startsWith("ppu_");
        assertThat(keys.authenticate(key)).get().extracting(p -> p.channel()).isEqualTo("WEB");
        ButtonKt._click(_get(Button.class, s -> s.withId("apikey-created-close")));
        ApiKeyRow row = keyRow("viewtest-portal");
        assertThat(row.keyPrefix()).isEqualTo(key.substring(0, 8));

        grid("apikey-grid").asSingleSelect().setValue(row);
        ButtonKt._click(_get(Button.class, s -> s.withId("apikey-revoke")));
        ButtonKt._click(_get(Button.class, s -> s.withId("apikey-revoke-confirm")));

        assertThat(keys.authenticate(key)).isEmpty();
        assertThat(keyRow("viewtest-portal").revoked()).isTrue();
    }

    @Test
    void a_submit_key_without_a_channel_is_refused_at_the_channel_field() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(ApiKeysView.class);
        _get(TextField.class, s -> s.withId("apikey-name")).setValue("viewtest-nochannel");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, s -> s.withId("apikey-scopes"));
        scopes.setValue(Set.of(ApiScope.SUBMIT, ApiScope.READ));

        ButtonKt._click(_get(Button.class, s -> s.withId("apikey-create")));

        assertThat(_get(ComboBox.class, s -> s.withId("apikey-channel")).isInvalid())
                .isTrue();
        _assertNone(Dialog.class);
    }

    @Test
    void administrators_find_the_admin_screens_in_the_navigation() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_get(SideNav.class).getItems().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Pengguna", "Kunci API");
    }

    @Test
    void nobody_but_administrators_opens_the_admin_screens() {
        for (Role role : List.of(Role.PETUGAS, Role.KEPALA, Role.PERENCANA)) {
            login(role.name().toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(UsersView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ApiKeysView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private static UserRow row(String username) {
        Grid<UserRow> grid = grid("users-grid");
        return GridKt._findAll(grid).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static ApiKeyRow keyRow(String name) {
        Grid<ApiKeyRow> grid = grid("apikey-grid");
        return GridKt._findAll(grid).stream()
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles(String id) {
        return _get(CheckboxGroup.class, s -> s.withId(id));
    }
}
