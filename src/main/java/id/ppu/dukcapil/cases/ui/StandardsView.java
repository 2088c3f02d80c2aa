package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.ServiceStandard;
import id.ppu.dukcapil.cases.ServiceStandards;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's screen of the service standards: working days per service and their source. */
@Route("admin/standar-layanan")
@Menu(order = 94, icon = "vaadin:timer", title = "nav.standards")
@RolesAllowed(Role.ADMINISTRATOR)
public class StandardsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ServiceStandards standards;
    private final Grid<ServiceStandard> grid = new Grid<>();

    public StandardsView(ServiceStandards standards) {
        this.standards = standards;
        setSizeFull();
        grid.setId("standards-grid");
        grid.addColumn(s -> getTranslation("service." + s.serviceType().name()))
                .setHeader(getTranslation("case.serviceType"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> {
                    IntegerField days = new IntegerField();
                    days.setId("standard-days-" + s.serviceType().name());
                    days.setMin(ServiceStandard.MIN_DAYS);
                    days.setMax(ServiceStandard.MAX_DAYS);
                    days.setStepButtonsVisible(true);
                    days.setValue(s.workingDays());
                    TextField source = new TextField();
                    source.setId("standard-source-" + s.serviceType().name());
                    source.setMaxLength(ServiceStandard.MAX_SOURCE);
                    source.setWidthFull();
                    source.setValue(s.source());
                    Button save = new Button(getTranslation("standards.save"), e -> {
                        if (Notifications.guard(() -> standards.change(
                                s.serviceType(), days.getValue() == null ? 0 : days.getValue(), source.getValue()))) {
                            Notifications.success(
                                    "standards.saved",
                                    getTranslation("service." + s.serviceType().name()));
                            refresh();
                        }
                    });
                    save.setId("standard-save-" + s.serviceType().name());
                    save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    VerticalLayout cell = new VerticalLayout(days, source, save);
                    cell.setPadding(false);
                    cell.setSpacing(false);
                    return cell;
                })
                .setHeader(getTranslation("standards.days"))
                .setKey("edit")
                .setFlexGrow(1);
        grid.addColumn(s -> s.updatedBy() + ", " + Formats.dateTime(s.updatedAt()))
                .setHeader(getTranslation("standards.updated"))
                .setAutoWidth(true);
        add(new H2(getTranslation("standards.title")), new Paragraph(getTranslation("standards.help")), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.title");
    }

    private void refresh() {
        grid.setItems(standards.all());
    }
}
