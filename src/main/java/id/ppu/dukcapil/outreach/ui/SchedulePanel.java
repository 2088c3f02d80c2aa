package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.calendar.Holiday;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.PlanRequest;
import id.ppu.dukcapil.outreach.ProposedVisit;
import id.ppu.dukcapil.outreach.VisitService;
import id.ppu.dukcapil.outreach.Weights;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The proposed schedule: the planner sets the period, weekdays and a day's capacity, gets a
 * proposal from the current weights and exclusions, and accepts it as planned visits. Public
 * holidays, which the proposal skips, are kept here too.
 */
class SchedulePanel extends VerticalLayout {

    private final transient OutreachPlanner planner;
    private final transient VisitService visits;
    private final transient Supplier<Weights> weights;
    private final transient Supplier<Set<String>> excluded;
    private final transient Supplier<List<String>> excludedNames;
    private final DatePicker start;
    private final IntegerField weeks = new IntegerField();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField maxVillages = new IntegerField();
    private final Grid<ProposedVisit> proposal = new Grid<>();
    private final Paragraph proposalInfo = new Paragraph();
    private final Button accept;
    private final Grid<Holiday> holidays = new Grid<>();
    private List<ProposedVisit> current = List.of();

    SchedulePanel(
            OutreachPlanner planner,
            VisitService visits,
            boolean canPlan,
            Supplier<Weights> weights,
            Supplier<Set<String>> excluded,
            Supplier<List<String>> excludedNames) {
        this.planner = planner;
        this.visits = visits;
        this.weights = weights;
        this.excluded = excluded;
        this.excludedNames = excludedNames;
        setPadding(false);

        start = DatePickers.create(getTranslation("outreach.plan.start"));
        start.setId("plan-start");
        start.setValue(planner.today().plusDays(1));
        start.setMin(planner.today());
        weeks.setId("plan-weeks");
        weeks.setLabel(getTranslation("outreach.plan.weeks"));
        weeks.setValue(PlanRequest.DEFAULT_WEEKS);
        weeks.setMin(1);
        weeks.setMax(26);
        weeks.setStepButtonsVisible(true);
        weekdays.setId("plan-weekdays");
        weekdays.setLabel(getTranslation("outreach.plan.weekdays"));
        weekdays.setItems(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        weekdays.setItemLabelGenerator(d -> getTranslation("date.weekdays").split(",")[d.getValue() % 7]);
        weekdays.setValue(PlanRequest.DEFAULT_WEEKDAYS);
        capacity.setId("plan-capacity");
        capacity.setLabel(getTranslation("outreach.plan.capacity"));
        capacity.setValue(PlanRequest.DEFAULT_CAPACITY);
        capacity.setMin(1);
        capacity.setMax(1000);
        capacity.setStep(10);
        capacity.setStepButtonsVisible(true);
        maxVillages.setId("plan-max-villages");
        maxVillages.setLabel(getTranslation("outreach.plan.maxVillages"));
        maxVillages.setValue(PlanRequest.DEFAULT_MAX_VILLAGES);
        maxVillages.setMin(1);
        maxVillages.setMax(20);
        maxVillages.setStepButtonsVisible(true);

        Button propose = new Button(getTranslation("outreach.plan.propose"), VaadinIcon.MAGIC.create(), e -> propose());
        propose.setId("propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(start, weeks, capacity, maxVillages, weekdays, propose);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames(LumoUtility.Gap.MEDIUM);

        proposal.setId("proposal-grid");
        proposal.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        proposal.addColumn(v -> Texts.day(this, v.date()))
                .setHeader(getTranslation("outreach.visit.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposal.addColumn(ProposedVisit::districtName)
                .setHeader(getTranslation("outreach.district"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposal.addColumn(v -> v.stops().stream()
                        .map(s -> getTranslation("outreach.plan.stop", s.villageName(), s.expectedTurnout()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("outreach.visit.villages"))
                .setFlexGrow(1);
        proposal.addColumn(v -> v.expectedTurnout() + " / " + v.capacity())
                .setHeader(getTranslation("outreach.visit.expected"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposal.setAllRowsVisible(true);
        proposal.setEmptyStateText(getTranslation("outreach.plan.empty"));

        accept = new Button(getTranslation("outreach.plan.accept"), VaadinIcon.CHECK.create(), e -> accept());
        accept.setId("accept-proposal");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(false);
        accept.setVisible(canPlan);
        proposalInfo.setId("proposal-info");

        add(
                new Paragraph(getTranslation("outreach.plan.help")),
                form,
                proposalInfo,
                proposal,
                accept,
                holidaysSection(canPlan));
    }

    private void propose() {
        Notifications.guard(() -> {
            PlanRequest request = new PlanRequest(
                    start.getValue(),
                    orZero(weeks.getValue()),
                    Set.copyOf(weekdays.getValue()),
                    orZero(capacity.getValue()),
                    orZero(maxVillages.getValue()),
                    excluded.get(),
                    weights.get());
            current = planner.proposeSchedule(request);
            proposal.setItems(current);
            accept.setEnabled(!current.isEmpty());
            List<String> names = excludedNames.get();
            proposalInfo.setText(getTranslation(
                    "outreach.plan.info",
                    current.size(),
                    Formats.date(request.start()),
                    Formats.date(request.end()),
                    names.isEmpty() ? getTranslation("outreach.plan.noneExcluded") : String.join(", ", names),
                    String.format(getLocale(), "%.1f", planner.turnoutPer1000(planner.today()))));
        });
    }

    private void accept() {
        Notifications.guard(() -> {
            List<Long> ids = visits.acceptProposal(current);
            Notifications.success("outreach.plan.accepted", ids.size());
            current = List.of();
            proposal.setItems(current);
            accept.setEnabled(false);
            UI.getCurrent().navigate(VisitsView.class);
        });
    }

    private VerticalLayout holidaysSection(boolean canPlan) {
        holidays.setId("holiday-grid");
        holidays.addThemeVariants(GridVariant.LUMO_COMPACT);
        holidays.addColumn(h -> Texts.day(this, h.day()))
                .setHeader(getTranslation("outreach.visit.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        holidays.addColumn(Holiday::name).setHeader(getTranslation("outreach.holiday.name"));
        if (canPlan) {
            holidays.addComponentColumn(h -> {
                        Button remove = new Button(
                                VaadinIcon.TRASH.create(),
                                e -> Notifications.guard(() -> {
                                    planner.removeHoliday(h.day());
                                    refreshHolidays();
                                }));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        remove.setAriaLabel(getTranslation("outreach.holiday.remove"));
                        return remove;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        holidays.setAllRowsVisible(true);
        holidays.setEmptyStateText(getTranslation("outreach.holiday.empty"));
        refreshHolidays();

        DatePicker day = DatePickers.create(getTranslation("outreach.visit.date"));
        day.setId("holiday-date");
        TextField name = new TextField(getTranslation("outreach.holiday.name"));
        name.setId("holiday-name");
        name.setMaxLength(100);
        Button add = new Button(
                getTranslation("outreach.holiday.add"),
                VaadinIcon.PLUS.create(),
                e -> Notifications.guard(() -> {
                    planner.addHoliday(day.getValue(), name.getValue());
                    Notifications.success("outreach.holiday.added", Formats.date(day.getValue()));
                    day.clear();
                    name.clear();
                    refreshHolidays();
                }));
        add.setId("holiday-add");
        HorizontalLayout addRow = new HorizontalLayout(day, name, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setVisible(canPlan);
        VerticalLayout section = new VerticalLayout(
                new H3(getTranslation("outreach.holiday.title")),
                Texts.secondary(getTranslation("outreach.holiday.help")),
                holidays,
                addRow);
        section.setPadding(false);
        return section;
    }

    private void refreshHolidays() {
        holidays.setItems(planner.upcomingHolidays());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
