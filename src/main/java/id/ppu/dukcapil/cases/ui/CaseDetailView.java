package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseConflictException;
import id.ppu.dukcapil.cases.CaseDetails;
import id.ppu.dukcapil.cases.CaseEventView;
import id.ppu.dukcapil.cases.CaseNotFoundException;
import id.ppu.dukcapil.cases.CaseQueries;
import id.ppu.dukcapil.cases.CaseRow;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.Nik;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One case: its data, its full history, the citizen's other cases across channels, for clerks
 * the actions on it, and what other features add ({@link CaseDetailSection}: the WhatsApp
 * conversation). A save based on stale data is refused with a conflict message and
 * the clerk's input stays in the form.
 */
@Route("kasus/:caseNumber")
@RolesAllowed({Role.CLERK, Role.ADMINISTRATOR, Role.HEAD, Role.PLANNER})
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "caseNumber";

    private final transient CaseService cases;
    private final transient CaseQueries queries;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    private final H2 title = new H2();
    private final Div statusHolder = new Div();
    private final FormLayout facts = new FormLayout();
    private final Div conflictBanner = new Div();
    private final ComboBox<CaseStatus> nextStatus = new ComboBox<>();
    private final TextField statusComment = new TextField();
    private final HorizontalLayout statusActions;
    private final Details editDetails;
    private final CaseForm form;
    private final TextArea noteText = new TextArea();
    private final VerticalLayout clerkPanel = new VerticalLayout();
    private final Grid<CaseEventView> history = new Grid<>();
    private final Grid<CaseRow> timeline = new Grid<>();
    private final H3 timelineTitle = new H3(getTranslation("detail.timeline"));
    private final Span timelineHidden = new Span(getTranslation("detail.timeline.hidden"));
    private final transient List<CaseDetailSection> sectionProviders;
    private final Div sections = new Div();
    private CaseDetails current;

    public CaseDetailView(
            CaseService cases,
            CaseQueries queries,
            RegionService regions,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<CaseDetailSection> sectionProviders) {
        this.cases = cases;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sectionProviders = sectionProviders.orderedStream().toList();
        setMaxWidth("80em");

        Button back = new Button(
                getTranslation("detail.back"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().getPage().getHistory().back());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        title.setId("case-title");
        title.addClassNames(LumoUtility.Margin.NONE);
        HorizontalLayout header = new HorizontalLayout(back, title, statusHolder);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        facts.setId("case-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));

        conflictBanner.setId("conflict-banner");
        conflictBanner.setVisible(false);
        conflictBanner.addClassNames(
                LumoUtility.Background.ERROR_10, LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM);
        Button reload = new Button(getTranslation("detail.conflict.reload"), e -> refresh(current.caseNumber()));
        reload.setId("conflict-reload");
        conflictBanner.add(new Span(getTranslation("case.error.conflict", "")), reload);

        nextStatus.setId("next-status");
        nextStatus.setLabel(getTranslation("detail.nextStatus"));
        nextStatus.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        statusComment.setId("status-comment");
        statusComment.setLabel(getTranslation("detail.statusComment"));
        statusComment.setMaxLength(500);
        Button changeStatus = new Button(getTranslation("detail.changeStatus"), e -> changeStatus());
        changeStatus.setId("change-status");
        changeStatus.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        statusActions = new HorizontalLayout(nextStatus, statusComment, changeStatus);
        statusActions.setAlignItems(FlexComponent.Alignment.BASELINE);

        form = new CaseForm(regions.districts(), regions.villages(), clock);
        form.addSaveListener(e -> updateApplicant(e.getSource(), e.data()));
        editDetails = new Details(getTranslation("detail.editApplicant"), form);
        editDetails.setId("edit-applicant");

        noteText.setId("note-text");
        noteText.setLabel(getTranslation("detail.note"));
        noteText.setMaxLength(2000);
        noteText.setWidthFull();
        Button addNote = new Button(getTranslation("detail.addNote"), e -> addNote());
        addNote.setId("add-note");
        clerkPanel.setPadding(false);
        clerkPanel.add(new H3(getTranslation("detail.actions")), statusActions, editDetails, noteText, addNote);

        history.setId("history-grid");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(ev -> Formats.dateTime(ev.occurredAt()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(CaseEventView::actor)
                .setHeader(getTranslation("history.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(this::describe)
                .setHeader(getTranslation("history.what"))
                .setFlexGrow(1);
        history.addColumn(ev -> ev.detailHidden() ? getTranslation("history.detail.hidden") : ev.detail())
                .setHeader(getTranslation("history.detail"))
                .setFlexGrow(2);
        history.setAllRowsVisible(true);

        timeline.setId("timeline-grid");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT);
        timeline.addColumn(CaseRow::caseNumber)
                .setHeader(getTranslation("case.number"))
                .setAutoWidth(true);
        timeline.addColumn(r -> Formats.dateTime(r.submittedAt()))
                .setHeader(getTranslation("case.submittedAt"))
                .setAutoWidth(true);
        timeline.addColumn(r -> getTranslation("channel." + r.channel().name()))
                .setHeader(getTranslation("case.channel"));
        timeline.addColumn(r -> r.serviceType() == null
                        ? "–"
                        : getTranslation("service." + r.serviceType().name()))
                .setHeader(getTranslation("case.serviceType"));
        timeline.addComponentColumn(r -> StatusBadge.of(r.status())).setHeader(getTranslation("case.status"));
        timeline.setAllRowsVisible(true);
        timeline.setEmptyStateText(getTranslation("detail.timeline.empty"));
        timeline.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        CaseDetailView.class,
                        new RouteParameters(PARAM, e.getItem().caseNumber())));

        timelineHidden.setId("timeline-hidden");
        timelineHidden.addClassNames(LumoUtility.TextColor.SECONDARY);
        sections.setId("case-sections");
        sections.setWidthFull();
        add(
                header,
                facts,
                conflictBanner,
                clerkPanel,
                sections,
                new H3(getTranslation("detail.history")),
                history,
                timelineTitle,
                timeline,
                timelineHidden);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get(PARAM).orElse("");
        try {
            refresh(number);
        } catch (CaseNotFoundException e) {
            Notifications.error(e.messageKey(), e.args());
            event.forwardTo(CaseListView.class);
        }
    }

    private void refresh(String caseNumber) {
        current = cases.details(caseNumber);
        conflictBanner.setVisible(false);
        title.setText(current.caseNumber());
        statusHolder.removeAll();
        statusHolder.add(StatusBadge.of(current.status()));
        facts.removeAll();
        fact("case.channel", getTranslation("channel." + current.channel().name()));
        List<Channel> alsoVia = queries.channelsOf(current.id());
        if (!alsoVia.isEmpty()) {
            fact(
                    "case.channels",
                    String.join(
                            ", ",
                            alsoVia.stream()
                                    .map(ch -> getTranslation("channel." + ch.name()))
                                    .toList()));
        }
        fact(
                "case.serviceType",
                current.serviceType() == null
                        ? null
                        : getTranslation("service." + current.serviceType().name()));
        fact("case.status", getTranslation("status." + current.status().name()));
        fact("case.nik", current.nik());
        if (current.personalDataVisible()) {
            fact("case.nikDerived", describeNik(current.nik()));
        }
        fact("case.applicantName", current.applicantName());
        fact("case.phone", current.phone());
        fact("case.village", current.villageName());
        fact("case.district", current.districtName());
        fact("case.submittedAt", Formats.dateTime(current.submittedAt()));
        fact("case.updatedAt", Formats.dateTime(current.updatedAt()));
        fact("case.completedAt", Formats.dateTime(current.completedAt()));
        fact("case.externalId", current.externalId());
        if (current.mergedIntoNumber() != null) {
            fact("case.mergedInto", current.mergedIntoNumber());
        }
        if (current.notes() != null) {
            fact("case.notes", current.notes());
        }

        boolean clerk = currentUser.canEditCases();
        clerkPanel.setVisible(clerk);
        boolean open = !current.status().isClosed();
        statusActions.setVisible(clerk && open);
        editDetails.setVisible(clerk && open);
        nextStatus.setItems(current.status().clerkChoices());
        nextStatus.clear();
        statusComment.clear();
        statusComment.setInvalid(false);
        noteText.clear();
        if (clerk) {
            form.setData(current.toApplicantData());
        }
        history.setItems(cases.history(current.id()));
        // The other cases of a person are personal data: a masked role is told the list exists, not shown it.
        boolean full = current.personalDataVisible();
        timelineTitle.setVisible(full);
        timeline.setVisible(full);
        timelineHidden.setVisible(!full);
        timeline.setItems(full ? queries.timelineOf(current.nik(), current.id()) : List.of());
        showSections();
    }

    /** What other features add to the case (the WhatsApp conversation), each deciding whether it has something here. */
    private void showSections() {
        sections.removeAll();
        for (CaseDetailSection section : sectionProviders) {
            section.contentFor(current.id())
                    .ifPresent(content -> sections.add(new H3(getTranslation(section.titleKey())), content));
        }
        sections.setVisible(sections.getComponentCount() > 0);
    }

    private String describeNik(String nik) {
        return Nik.describe(nik, LocalDate.now(clock.withZone(Wita.ZONE)))
                .map(d -> NikTexts.of(this, d))
                .orElse(null);
    }

    private void fact(String labelKey, String value) {
        Span v = new Span(value == null || value.isBlank() ? "–" : value);
        v.setId("fact-" + labelKey.substring(labelKey.indexOf('.') + 1));
        facts.addFormItem(v, getTranslation(labelKey));
    }

    private void changeStatus() {
        CaseStatus target = nextStatus.getValue();
        if (target == null) {
            nextStatus.setInvalid(true);
            nextStatus.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            act(
                    () -> cases.changeStatus(current.id(), current.version(), target, statusComment.getValue()),
                    "detail.statusChanged",
                    getTranslation("status." + target.name()));
        } catch (CaseValidationException e) {
            // The comment is too long, or a rejection has no reason.
            statusComment.setInvalid(true);
            statusComment.setErrorMessage(getTranslation(e.messageKey()));
            Notifications.error(e.messageKey());
        }
    }

    private void updateApplicant(CaseForm source, ApplicantData data) {
        try {
            act(() -> cases.updateApplicant(current.id(), current.version(), data), "detail.applicantSaved");
        } catch (CaseValidationException e) {
            source.showFieldError(e.field(), e.messageKey());
            Notifications.error(e.messageKey());
        }
    }

    private void addNote() {
        if (noteText.getValue().isBlank()) {
            noteText.setInvalid(true);
            noteText.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        act(() -> cases.addNote(current.id(), noteText.getValue()), "detail.noteAdded");
    }

    /** Runs a change; on a conflict keeps what the clerk typed and offers a reload. */
    private void act(Runnable change, String successKey, Object... args) {
        try {
            change.run();
        } catch (CaseConflictException e) {
            conflictBanner.setVisible(true);
            Notifications.error(e.messageKey(), e.args());
            return;
        }
        Notifications.success(successKey, args);
        refresh(current.caseNumber());
    }

    private String describe(CaseEventView ev) {
        String what = getTranslation("event." + ev.type());
        if (ev.toStatus() != null) {
            what += ": "
                    + (ev.fromStatus() == null
                            ? ""
                            : getTranslation("status." + ev.fromStatus().name()) + " → ")
                    + getTranslation("status." + ev.toStatus().name());
        }
        return what;
    }

    @Override
    public String getPageTitle() {
        return (current == null ? "" : current.caseNumber() + " · ") + getTranslation("app.title");
    }
}
