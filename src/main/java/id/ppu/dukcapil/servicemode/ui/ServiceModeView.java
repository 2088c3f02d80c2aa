package id.ppu.dukcapil.servicemode.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.servicemode.ServiceMode;
import id.ppu.dukcapil.servicemode.ServiceModePeriod;
import id.ppu.dukcapil.servicemode.ServiceModeService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The head sets the office's service mode with a reason, after a confirmation, and reads its history. */
@Menu(order = 60, icon = "vaadin:clock", title = "nav.servicemode")
@Route("mode-layanan")
@RolesAllowed(Role.HEAD)
public class ServiceModeView extends VerticalLayout implements HasDynamicTitle {

    private final transient ServiceModeService serviceModes;
    private final Span current = new Span();
    private final Select<ServiceMode> mode = new Select<>();
    private final TextArea reason = new TextArea();
    private final Grid<ServiceModePeriod> history = new Grid<>();

    public ServiceModeView(ServiceModeService serviceModes) {
        this.serviceModes = serviceModes;
        setMaxWidth("1100px");

        current.setId("servicemode-current");
        current.addClassNames(LumoUtility.FontSize.LARGE);

        mode.setId("servicemode-mode");
        mode.setLabel(getTranslation("servicemode.change.mode"));
        mode.setItems(ServiceMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        reason.setId("servicemode-reason");
        reason.setLabel(getTranslation("servicemode.change.reason"));
        reason.setHelperText(getTranslation("servicemode.change.reason.help"));
        reason.setMaxLength(500);
        reason.setWidth("28em");
        Button change = new Button(getTranslation("servicemode.change.submit"), e -> confirm());
        change.setId("servicemode-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(mode, reason, change);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        history.setId("servicemode-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(p -> getTranslation(p.mode().messageKey()))
                .setHeader(getTranslation("servicemode.history.mode"))
                .setAutoWidth(true);
        history.addColumn(p -> Formats.dateTime(p.from()))
                .setHeader(getTranslation("servicemode.history.from"))
                .setAutoWidth(true);
        history.addColumn(
                        p -> p.to() == null ? getTranslation("servicemode.history.ongoing") : Formats.dateTime(p.to()))
                .setHeader(getTranslation("servicemode.history.to"))
                .setAutoWidth(true);
        history.addColumn(ServiceModePeriod::reason)
                .setHeader(getTranslation("servicemode.history.reason"))
                .setFlexGrow(1);
        history.addColumn(ServiceModePeriod::changedBy)
                .setHeader(getTranslation("servicemode.history.by"))
                .setAutoWidth(true);
        history.setAllRowsVisible(true);

        Paragraph note = new Paragraph(getTranslation("servicemode.history.note"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        add(
                new H2(getTranslation("servicemode.title")),
                current,
                form,
                new H3(getTranslation("servicemode.history")),
                history,
                note);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("servicemode.title");
    }

    private void confirm() {
        if (mode.isEmpty()) {
            mode.setInvalid(true);
            mode.setErrorMessage(getTranslation("servicemode.error.mode"));
            return;
        }
        mode.setInvalid(false);
        ServiceMode target = mode.getValue();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("servicemode-confirm");
        dialog.setHeader(getTranslation("servicemode.confirm.header"));
        dialog.setText(getTranslation("servicemode.confirm.text", getTranslation(target.messageKey())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("servicemode.confirm.ok"));
        dialog.addConfirmListener(e -> apply(target));
        dialog.open();
    }

    private void apply(ServiceMode target) {
        if (Notifications.guard(() -> serviceModes.change(target, reason.getValue()))) {
            Notifications.success("servicemode.changed", getTranslation(target.messageKey()));
            mode.clear();
            reason.clear();
            ServiceModeBadge.modeChanged(UI.getCurrent());
            refresh();
        }
    }

    private void refresh() {
        current.setText(getTranslation(
                "servicemode.current", getTranslation(serviceModes.current().messageKey())));
        List<ServiceModePeriod> periods = new ArrayList<>(serviceModes.history());
        Collections.reverse(periods);
        history.setItems(periods);
    }
}
