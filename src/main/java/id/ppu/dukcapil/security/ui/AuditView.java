package id.ppu.dukcapil.security.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.security.AuditFilter;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditRow;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * "Jejak Audit": administrators page the audit trail in the database, newest first, filtered by
 * user, case number, kinds and WITA dates. It opens on today, so "who opened which case today"
 * is the first thing an administrator sees.
 */
@Menu(order = 92, icon = "vaadin:clipboard-text", title = "nav.audit")
@Route("admin/jejak-audit")
@RolesAllowed(Role.ADMINISTRATOR)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuditTrail audit;
    private final Grid<AuditRow> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final TextField caseNumber = new TextField();
    private final MultiSelectComboBox<AuditKind> kinds = new MultiSelectComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private AuditFilter filter;

    public AuditView(AuditTrail audit, Clock clock) {
        this.audit = audit;
        setSizeFull();

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setHelperText(getTranslation("audit.filter.actor.help"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        caseNumber.setId("audit-case");
        caseNumber.setLabel(getTranslation("audit.filter.case"));
        caseNumber.setClearButtonVisible(true);
        caseNumber.setValueChangeMode(ValueChangeMode.LAZY);
        kinds.setId("audit-kinds");
        kinds.setLabel(getTranslation("audit.filter.kinds"));
        kinds.setItems(AuditKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kinds.setClearButtonVisible(true);
        kinds.setWidth("22em");
        from = DatePickers.create(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to = DatePickers.create(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        // Opens on today (WITA): the question an administrator asks first.
        from.setValue(LocalDate.now(clock.withZone(Wita.ZONE)));
        to.setMin(from.getValue());

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt()))
                .setHeader(getTranslation("audit.col.time"))
                .setKey("time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::actor)
                .setHeader(getTranslation("audit.col.actor"))
                .setKey("actor")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.kind().messageKey()))
                .setHeader(getTranslation("audit.col.kind"))
                .setKey("kind")
                .setAutoWidth(true);
        grid.addColumn(r -> r.caseNumber() == null ? "" : r.caseNumber())
                .setHeader(getTranslation("audit.col.case"))
                .setKey("case")
                .setAutoWidth(true);
        grid.addColumn(r -> r.subject() == null ? "" : r.subject())
                .setHeader(getTranslation("audit.col.subject"))
                .setKey("subject")
                .setAutoWidth(true);
        grid.addColumn(this::detail)
                .setHeader(getTranslation("audit.col.detail"))
                .setKey("detail")
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        filter = currentFilter();
        // Paged in SQL, newest first, without a count: the trail only grows.
        grid.setItems(query -> audit.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        actor.addValueChangeListener(e -> refresh());
        caseNumber.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(actor, caseNumber, kinds, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.help")), filters, grid);
        expand(grid);
    }

    private void refresh() {
        filter = currentFilter();
        grid.getDataProvider().refreshAll();
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(
                actor.getValue(), caseNumber.getValue(), kinds.getValue(), from.getValue(), to.getValue());
    }

    /** Reads say whether the data was shown in full or masked; other details are shown as recorded. */
    private String detail(AuditRow row) {
        if (row.detail() == null) {
            return "";
        }
        return switch (row.detail()) {
            case AuditTrail.FULL, AuditTrail.MASKED -> getTranslation("audit.detail." + row.detail());
            // Sign-in outcomes are stored as stable English codes; the view speaks the user's language.
            case AuditTrail.UNKNOWN_ACCOUNT,
                    AuditTrail.WRONG_PASSWORD,
                    AuditTrail.ACCOUNT_DISABLED,
                    AuditTrail.ACCOUNT_LOCKED ->
                getTranslation("audit.detail." + row.detail().replace(' ', '.'));
            default -> row.detail();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.title");
    }
}
