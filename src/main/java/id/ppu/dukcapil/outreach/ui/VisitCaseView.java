package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ui.CaseForm;
import id.ppu.dukcapil.outreach.VisitDetails;
import id.ppu.dukcapil.outreach.VisitRow;
import id.ppu.dukcapil.outreach.VisitService;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A clerk registers the citizens served during an outreach (jemput bola) visit, one after the
 * other: first the visit, then the same applicant form as at the office desk. Each case gets the
 * channel OUTREACH and is linked to the chosen visit; after saving, the form is emptied for the
 * next citizen and the visit stays chosen.
 */
// A clerks' screen: its entry sits with their intake screens (walk-in 21, triage 22, import 23), not with outreach
// 40-42.
@Menu(order = 24, icon = "vaadin:users", title = "nav.outreach.visitCases")
@Route("jemput-bola/pendaftaran")
@RolesAllowed(Role.CLERK)
public class VisitCaseView extends VerticalLayout implements HasDynamicTitle {

    private final transient VisitService visits;
    private final ComboBox<VisitRow> visit = new ComboBox<>();
    private final Span villages = Texts.secondary("");
    private final Span caseCount = Texts.secondary("");
    private final CaseForm form;

    public VisitCaseView(VisitService visits, RegionService regions, Clock clock) {
        this.visits = visits;
        setMaxWidth("60em");
        List<VisitRow> open = visits.visitsOpenForCases();

        Paragraph empty = new Paragraph(getTranslation("outreach.visitCase.none", VisitService.CASE_ENTRY_DAYS));
        empty.setId("visit-case-empty");
        empty.setVisible(open.isEmpty());

        visit.setId("visit-case-visit");
        visit.setLabel(getTranslation("outreach.visitCase.visit"));
        visit.setPlaceholder(getTranslation("outreach.visitCase.choose"));
        visit.setItems(open);
        visit.setItemLabelGenerator(v -> Texts.day(this, v.date()) + " · " + v.districtName() + " · "
                + getTranslation(v.status().messageKey()));
        visit.setRequiredIndicatorVisible(true);
        visit.setWidthFull();
        visit.addClassName("touch-form");
        visit.setEnabled(!open.isEmpty());
        visit.addValueChangeListener(e -> show(e.getValue()));
        villages.setId("visit-case-villages");
        caseCount.setId("visit-case-count");

        form = new CaseForm(regions.districts(), regions.villages(), clock);
        form.setSaveText(getTranslation("outreach.visitCase.submit"));
        form.forTouchDesk();
        form.addSaveListener(e -> register(e.data()));

        add(
                new H2(getTranslation("outreach.visitCase.title")),
                new Paragraph(getTranslation("outreach.visitCase.help")),
                empty,
                visit,
                villages,
                caseCount,
                form);

        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        // A clerk working on the road means today's visit; an earlier one must be chosen on purpose.
        open.stream()
                .filter(v -> v.date().equals(today))
                .findFirst()
                .ifPresentOrElse(visit::setValue, () -> show(null));
    }

    private void show(VisitRow chosen) {
        form.setEnabled(chosen != null);
        if (chosen == null) {
            villages.setText("");
            caseCount.setText("");
            return;
        }
        VisitDetails details = visits.details(chosen.id());
        villages.setText(getTranslation(
                "outreach.visitCase.villages",
                details.villages().stream().map(VisitDetails.Village::name).collect(Collectors.joining(", "))));
        caseCount.setText(getTranslation(
                "outreach.visitCase.count",
                details.linkedCases().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum()));
    }

    private void register(ApplicantData data) {
        VisitRow chosen = visit.getValue();
        if (chosen == null) {
            Notifications.error("outreach.visitCase.chooseVisit");
            return;
        }
        boolean saved = Notifications.guard(() -> {
            try {
                Registration r = visits.registerCaseDuringVisit(chosen.id(), data);
                if (r.mergedInto() == null) {
                    Notifications.success("outreach.visitCase.created", r.caseNumber(), Formats.date(chosen.date()));
                } else {
                    // The citizen already had an open request for this service: the visit is recorded on that case.
                    Notifications.success("outreach.visitCase.merged", r.mergedInto());
                }
            } catch (CaseValidationException e) {
                // Marked on its field too; the guard raises the notification.
                form.showFieldError(e.field(), e.messageKey());
                throw e;
            }
        });
        if (saved) {
            form.setData(new ApplicantData());
            show(chosen);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.visitCase.title") + " · " + getTranslation("app.title");
    }
}
