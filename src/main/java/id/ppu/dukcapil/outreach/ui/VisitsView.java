package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Responsive;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.VisitRow;
import id.ppu.dukcapil.outreach.VisitService;
import id.ppu.dukcapil.outreach.VisitStatus;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Past and planned outreach visits month by month, as a calendar and as a list, for all
 * districts or one. A visit opens its dialog: planners edit, move, cancel or record it as done.
 * The month can be given in the URL as {@code ?bulan=2026-11}.
 */
@Menu(order = 41, icon = "vaadin:calendar", title = "nav.outreach.visits")
@Route("jemput-bola/kunjungan")
@RolesAllowed({Role.PLANNER, Role.HEAD})
public class VisitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient VisitService visits;
    private final transient RegionService regions;
    private final transient OutreachPlanner planner;
    private final boolean canPlan;
    private final Span monthLabel = new Span();
    private final ComboBox<DistrictInfo> district = new ComboBox<>();
    private final Div calendar = new Div();
    private final Grid<VisitRow> grid = new Grid<>();
    private YearMonth month;

    public VisitsView(VisitService visits, OutreachPlanner planner, RegionService regions, CurrentUser currentUser) {
        this.visits = visits;
        this.regions = regions;
        this.planner = planner;
        this.canPlan = currentUser.hasRole(Role.PERENCANA);
        this.month = YearMonth.from(planner.today());
        setSizeFull();

        H2 title = new H2(getTranslation("outreach.visits.title"));
        title.addClassNames(LumoUtility.Margin.NONE);
        Button prev = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> showMonth(month.minusMonths(1)));
        prev.setId("month-prev");
        prev.setAriaLabel(getTranslation("outreach.visits.prev"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> showMonth(month.plusMonths(1)));
        next.setId("month-next");
        next.setAriaLabel(getTranslation("outreach.visits.next"));
        monthLabel.setId("month-label");
        monthLabel.setMinWidth("10em");
        monthLabel.addClassNames(LumoUtility.TextAlignment.CENTER, LumoUtility.FontWeight.SEMIBOLD);
        district.setId("visit-district");
        district.setPlaceholder(getTranslation("outreach.visits.allDistricts"));
        district.setItems(regions.districts());
        district.setItemLabelGenerator(DistrictInfo::name);
        district.setClearButtonVisible(true);
        district.addValueChangeListener(e -> refresh());
        Button plan = new Button(
                getTranslation("outreach.visits.new"),
                VaadinIcon.PLUS.create(),
                e -> new PlanVisitDialog(visits, regions, planner.today(), this::refresh).open());
        plan.setId("visit-new");
        plan.setVisible(canPlan);
        HorizontalLayout top = new HorizontalLayout(title, prev, monthLabel, next, district, plan);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(title);
        top.addClassName("wrap-row");

        calendar.setId("visit-calendar");
        calendar.addClassNames(LumoUtility.Display.GRID, LumoUtility.Grid.Column.COLUMNS_7, LumoUtility.Width.FULL);
        calendar.getStyle().set("gap", "2px");

        grid.setId("visit-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> Texts.day(this, v.date()))
                .setHeader(getTranslation("outreach.visit.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<VisitRow> districtColumn = grid.addColumn(VisitRow::districtName)
                .setHeader(getTranslation("outreach.district"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<VisitRow> villagesColumn = grid.addColumn(v -> String.join(", ", v.villageNames()))
                .setHeader(getTranslation("outreach.visit.villages"));
        grid.addComponentColumn(v -> Texts.badge(this, v.status()))
                .setHeader(getTranslation("outreach.visit.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.expectedTurnout() + " / " + v.capacity())
                .setHeader(getTranslation("outreach.visit.expected"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<VisitRow> served = grid.addColumn(
                        v -> v.status() == VisitStatus.DONE ? String.valueOf(v.served()) : "")
                .setHeader(getTranslation("outreach.visit.served"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<VisitRow> taught = grid.addColumn(
                        v -> v.taughtOnline() == null ? "" : String.valueOf(v.taughtOnline()))
                .setHeader(getTranslation("outreach.visit.taught"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: date, villages, status and expected turnout; a tap opens the visit.
        Responsive.columns(grid).hideBelow(Responsive.PHONE, districtColumn, served, taught);
        grid.setEmptyStateText(getTranslation("outreach.visits.empty"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setAllRowsVisible(true);

        add(top, calendar, grid);
        showMonth(month);
    }

    private void showMonth(YearMonth m) {
        month = m;
        String[] months = getTranslation("date.months").split(",");
        monthLabel.setText(months[m.getMonthValue() - 1] + " " + m.getYear());
        refresh();
    }

    private void refresh() {
        List<VisitRow> rows = visits.visits(
                month.atDay(1),
                month.atEndOfMonth(),
                district.getValue() == null ? null : district.getValue().code());
        grid.setItems(rows);
        drawCalendar(rows);
    }

    /** A month grid Monday to Sunday; each day lists its visits as buttons that open them. */
    private void drawCalendar(List<VisitRow> rows) {
        calendar.removeAll();
        Map<LocalDate, List<VisitRow>> byDay = rows.stream().collect(Collectors.groupingBy(VisitRow::date));
        String[] weekdays = getTranslation("date.weekdaysShort").split(",");
        for (int i = 1; i <= 7; i++) {
            Span head = new Span(weekdays[i % 7]);
            head.addClassNames(
                    LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.TextAlignment.CENTER);
            calendar.add(head);
        }
        LocalDate first = month.atDay(1);
        for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
            calendar.add(new Div());
        }
        for (LocalDate d = first; !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            Div cell = new Div();
            cell.addClassNames(
                    LumoUtility.Padding.XSMALL,
                    LumoUtility.Background.CONTRAST_5,
                    LumoUtility.BorderRadius.SMALL,
                    LumoUtility.Display.FLEX,
                    LumoUtility.FlexDirection.COLUMN);
            cell.getStyle().set("min-height", "4.5em").set("gap", "2px");
            Span number = new Span(String.valueOf(d.getDayOfMonth()));
            number.addClassNames(LumoUtility.FontSize.XSMALL);
            cell.add(number);
            for (VisitRow v : byDay.getOrDefault(d, List.of())) {
                Button chip =
                        new Button(v.districtName() + " · " + v.villageNames().size(), e -> open(v.id()));
                chip.setId("visit-chip-" + v.id());
                chip.addThemeVariants(
                        ButtonVariant.LUMO_SMALL,
                        switch (v.status()) {
                            case PLANNED -> ButtonVariant.LUMO_PRIMARY;
                            case DONE -> ButtonVariant.LUMO_SUCCESS;
                            case CANCELLED -> ButtonVariant.LUMO_CONTRAST;
                        });
                chip.setTooltipText(
                        getTranslation(v.status().messageKey()) + ": " + String.join(", ", v.villageNames()));
                if (v.status() == VisitStatus.CANCELLED) {
                    chip.getStyle().set("text-decoration", "line-through");
                }
                cell.add(chip);
            }
            calendar.add(cell);
        }
    }

    private void open(long visitId) {
        new VisitDialog(visits, regions, canPlan, visitId, planner.today(), this::refresh).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("bulan").ifPresent(value -> {
            try {
                showMonth(YearMonth.parse(value));
            } catch (DateTimeParseException ignored) {
                // a mistyped month in the URL keeps the current month
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.visits.title") + " · " + getTranslation("app.title");
    }
}
