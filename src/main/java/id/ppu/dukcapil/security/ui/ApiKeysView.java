package id.ppu.dukcapil.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.security.AccountException;
import id.ppu.dukcapil.security.ApiKeyRow;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.CreatedApiKey;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators manage the channels' API keys: create one with its scopes (a submit key
 * belongs to one channel), see it once, follow its last use, revoke it.
 */
@Menu(order = 91, icon = "vaadin:key", title = "nav.apikeys")
@Route("admin/kunci-api")
@RolesAllowed(Role.ADMINISTRATOR)
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiKeyService keys;
    private final Grid<ApiKeyRow> grid = new Grid<>();
    private final TextField name = new TextField();
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    private final ComboBox<String> channel = new ComboBox<>();
    private final Button revoke = new Button();

    public ApiKeysView(ApiKeyService keys) {
        this.keys = keys;
        setSizeFull();

        name.setId("apikey-name");
        name.setLabel(getTranslation("apikey.name"));
        name.setHelperText(getTranslation("apikey.name.help"));
        name.setMaxLength(80);
        scopes.setId("apikey-scopes");
        scopes.setLabel(getTranslation("apikey.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("apikey.scope." + s.name()));
        channel.setId("apikey-channel");
        channel.setLabel(getTranslation("case.channel"));
        channel.setItems(keys.channels());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
        channel.setEnabled(false);
        scopes.addValueChangeListener(e -> {
            boolean submit = e.getValue().contains(ApiScope.SUBMIT);
            channel.setEnabled(submit);
            if (!submit) {
                channel.clear();
            }
        });
        Button create = new Button(getTranslation("apikey.create"), e -> create());
        create.setId("apikey-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scopes, channel, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames(LumoUtility.FlexWrap.WRAP);

        grid.setId("apikey-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiKeyRow::name).setHeader(getTranslation("apikey.name")).setFlexGrow(2);
        grid.addColumn(k -> k.keyPrefix() + "…")
                .setHeader(getTranslation("apikey.prefix"))
                .setAutoWidth(true);
        grid.addColumn(k -> k.scopes().stream()
                        .map(s -> getTranslation("apikey.scope." + s.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("apikey.scopes"))
                .setAutoWidth(true);
        grid.addColumn(k -> k.channel() == null ? "–" : getTranslation("channel." + k.channel()))
                .setHeader(getTranslation("case.channel"))
                .setAutoWidth(true);
        grid.addColumn(k -> Formats.dateTime(k.createdAt()) + " · " + k.createdBy())
                .setHeader(getTranslation("apikey.created"))
                .setAutoWidth(true);
        grid.addColumn(k ->
                        k.lastUsedAt() == null ? getTranslation("apikey.neverUsed") : Formats.dateTime(k.lastUsedAt()))
                .setHeader(getTranslation("apikey.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(k -> k.revoked()
                        ? getTranslation("apikey.revokedAt", Formats.dateTime(k.revokedAt()), k.revokedBy())
                        : getTranslation("apikey.active"))
                .setHeader(getTranslation("users.state"))
                .setAutoWidth(true);
        grid.setItems(query -> keys.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect()
                .addValueChangeListener(e ->
                        revoke.setEnabled(e.getValue() != null && !e.getValue().revoked()));

        revoke.setText(getTranslation("apikey.revoke"));
        revoke.setId("apikey-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(false);
        revoke.addClickListener(e -> confirmRevoke());

        H2 title = new H2(getTranslation("apikey.title"));
        add(
                title,
                new Paragraph(getTranslation("apikey.help")),
                new H3(getTranslation("apikey.new")),
                form,
                grid,
                revoke);
        expand(grid);
    }

    private void create() {
        name.setInvalid(false);
        scopes.setInvalid(false);
        channel.setInvalid(false);
        try {
            CreatedApiKey created = keys.create(name.getValue(), Set.copyOf(scopes.getValue()), channel.getValue());
            showOnce(created);
            name.clear();
            scopes.clear();
            grid.getDataProvider().refreshAll();
        } catch (AccountException e) {
            switch (e.field()) {
                case "name" -> invalid(name, e);
                case "scopes" -> {
                    scopes.setErrorMessage(getTranslation(e.messageKey()));
                    scopes.setInvalid(true);
                }
                case "channel" -> {
                    channel.setErrorMessage(getTranslation(e.messageKey()));
                    channel.setInvalid(true);
                }
                default -> {}
            }
            Notifications.error(e.messageKey(), e.args());
        }
    }

    private void invalid(TextField field, AccountException e) {
        field.setErrorMessage(getTranslation(e.messageKey()));
        field.setInvalid(true);
    }

    /** The key is shown here and nowhere else: only its hash is stored. */
    private void showOnce(CreatedApiKey created) {
        Dialog dialog = new Dialog();
        dialog.setId("apikey-created-dialog");
        dialog.setHeaderTitle(getTranslation("apikey.createdTitle", created.name()));
        TextField key = new TextField();
        key.setId("apikey-created");
        key.setValue(created.key());
        key.setReadOnly(true);
        key.setWidth("40em");
        Button close = new Button(getTranslation("apikey.saved"), e -> dialog.close());
        close.setId("apikey-created-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("apikey.showOnce")), key);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void confirmRevoke() {
        ApiKeyRow selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("apikey-revoke-dialog");
        dialog.setHeaderTitle(getTranslation("apikey.revokeTitle", selected.name()));
        dialog.add(new Paragraph(getTranslation("apikey.revokeText")));
        Button confirm = new Button(getTranslation("apikey.revoke"), e -> {
            keys.revoke(selected.id());
            Notifications.success("apikey.revoked", selected.name());
            dialog.close();
            grid.asSingleSelect().clear();
            grid.getDataProvider().refreshAll();
        });
        confirm.setId("apikey-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apikey.title") + " · " + getTranslation("app.title");
    }
}
