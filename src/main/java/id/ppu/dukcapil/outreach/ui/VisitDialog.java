package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.outreach.OutreachException;
import id.ppu.dukcapil.outreach.VisitDetails;
import id.ppu.dukcapil.outreach.VisitService;
import id.ppu.dukcapil.outreach.VisitStatus;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.region.VillageInfo;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One visit: what was planned and recorded, the cases registered during it, and for planners
 * the actions its status allows: edit villages and capacity, move, cancel, record as done.
 * A failed action keeps the dialog and the planner's input.
 */
class VisitDialog extends Dialog {

    private final transient VisitService visits;
    private final transient Runnable onChange;
    private final VisitDetails visit;

    VisitDialog(
            VisitService visits,
            RegionService regions,
            boolean canPlan,
            long visitId,
            LocalDate today,
            Runnable onChange) {
        this.visits = visits;
        this.onChange = onChange;
        this.visit = visits.details(visitId);
        setId("visit-dialog");
        setHeaderTitle(
                getTranslation("outreach.visit.dialogTitle", Texts.day(this, visit.date()), visit.districtName()));
        setWidth("44em");

        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(summary());
        if (canPlan && visit.canEdit()) {
            if (visit.canRecord(today)) {
                body.add(recordSection());
            }
            body.add(editSection(regions));
            if (visit.canMove()) {
                body.add(moveSection());
            }
            if (visit.canCancel()) {
                body.add(cancelSection());
            }
        }
        add(body);
        Button close = new Button(getTranslation("outreach.action.close"), e -> close());
        close.setId("visit-close");
        getFooter().add(close);
    }

    private VerticalLayout summary() {
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        Span status = Texts.badge(this, visit.status());
        status.setId("visit-status");
        facts.addFormItem(status, getTranslation("outreach.visit.status"));
        facts.addFormItem(
                new Span(visit.expectedTurnout() + " / " + visit.capacity()),
                getTranslation("outreach.visit.expected"));
        facts.addFormItem(
                new Span(visit.villages().stream()
                        .map(v -> getTranslation("outreach.plan.stop", v.name(), v.expectedTurnout()))
                        .collect(Collectors.joining(", "))),
                getTranslation("outreach.visit.villages"));
        if (visit.status() == VisitStatus.DONE) {
            int served =
                    visit.served().values().stream().mapToInt(Integer::intValue).sum();
            facts.addFormItem(
                    new Span(served + " (" + describe(visit.served()) + ")"), getTranslation("outreach.visit.served"));
            facts.addFormItem(new Span(String.valueOf(visit.taughtOnline())), getTranslation("outreach.visit.taught"));
        }
        if (!visit.linkedCases().isEmpty()) {
            facts.addFormItem(new Span(describe(visit.linkedCases())), getTranslation("outreach.visit.linkedCases"));
        }
        if (visit.note() != null) {
            facts.addFormItem(new Span(visit.note()), getTranslation("outreach.visit.note"));
        }
        facts.addFormItem(
                new Span(visit.updatedBy() + ", " + Formats.dateTime(visit.updatedAt())),
                getTranslation("outreach.visit.updated"));
        VerticalLayout box = new VerticalLayout(facts);
        box.setPadding(false);
        return box;
    }

    private Details recordSection() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        Map<ServiceType, IntegerField> fields = new EnumMap<>(ServiceType.class);
        // Done visits show what was recorded; otherwise the cases registered during the visit are a starting point.
        Map<ServiceType, Integer> start = visit.status() == VisitStatus.DONE ? visit.served() : visit.linkedCases();
        for (ServiceType s : ServiceType.values()) {
            IntegerField f = new IntegerField(getTranslation("service." + s.name()));
            f.setId("served-" + s.name());
            f.setMin(0);
            f.setMax(1000);
            f.setStepButtonsVisible(true);
            f.setValue(start.getOrDefault(s, 0));
            fields.put(s, f);
            form.add(f);
        }
        IntegerField taught = new IntegerField(getTranslation("outreach.visit.taught"));
        taught.setId("taught");
        taught.setMin(0);
        taught.setHelperText(getTranslation("outreach.visit.taught.help"));
        taught.setValue(visit.taughtOnline() == null ? 0 : visit.taughtOnline());
        TextArea note = new TextArea(getTranslation("outreach.visit.note"));
        note.setId("done-note");
        note.setMaxLength(1000);
        form.add(taught, note);
        Button record = new Button(
                getTranslation(
                        visit.status() == VisitStatus.DONE ? "outreach.visit.correct" : "outreach.visit.recordDone"),
                e -> act(() -> {
                    Map<ServiceType, Integer> served = new EnumMap<>(ServiceType.class);
                    fields.forEach((s, f) -> served.put(s, f.getValue() == null ? 0 : f.getValue()));
                    if (fields.values().stream().anyMatch(IntegerField::isInvalid) || taught.getValue() == null) {
                        throw new OutreachException("outreach.error.countsInvalid");
                    }
                    visits.recordDone(visit.id(), visit.version(), served, taught.getValue(), note.getValue());
                    Notifications.success("outreach.visit.doneRecorded", Formats.date(visit.date()));
                }));
        record.setId("record-done");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Details d = new Details(getTranslation("outreach.visit.recordTitle"), new VerticalLayout(form, record));
        d.setOpened(visit.status() == VisitStatus.PLANNED);
        return d;
    }

    private Details editSection(RegionService regions) {
        List<VillageInfo> options = regions.villagesOf(visit.districtCode());
        MultiSelectComboBox<VillageInfo> villages =
                new MultiSelectComboBox<>(getTranslation("outreach.visit.villages"));
        villages.setId("edit-villages");
        villages.setItems(options);
        villages.setItemLabelGenerator(VillageInfo::name);
        Set<String> covered =
                visit.villages().stream().map(VisitDetails.Village::code).collect(Collectors.toSet());
        villages.setValue(
                options.stream().filter(v -> covered.contains(v.code())).collect(Collectors.toSet()));
        villages.setWidthFull();
        IntegerField capacity = new IntegerField(getTranslation("outreach.plan.capacity"));
        capacity.setId("edit-capacity");
        capacity.setMin(1);
        capacity.setMax(1000);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(visit.capacity());
        TextArea note = new TextArea(getTranslation("outreach.visit.note"));
        note.setId("edit-note");
        note.setMaxLength(1000);
        note.setValue(visit.note() == null ? "" : visit.note());
        note.setWidthFull();
        Button save = new Button(
                getTranslation("outreach.visit.saveEdit"),
                e -> act(() -> {
                    visits.editVisit(
                            visit.id(),
                            visit.version(),
                            villages.getValue().stream()
                                    .map(VillageInfo::code)
                                    .sorted()
                                    .toList(),
                            capacity.getValue() == null ? 0 : capacity.getValue(),
                            note.getValue());
                    Notifications.success("outreach.visit.edited");
                }));
        save.setId("edit-save");
        return new Details(
                getTranslation("outreach.visit.editTitle"), new VerticalLayout(villages, capacity, note, save));
    }

    private Details moveSection() {
        DatePicker date = DatePickers.create(getTranslation("outreach.visit.newDate"));
        date.setId("move-date");
        date.setValue(visit.date());
        Button move = new Button(
                getTranslation("outreach.visit.move"),
                e -> act(() -> {
                    if (date.getValue() == null) {
                        throw new OutreachException("outreach.error.dateRequired");
                    }
                    visits.moveVisit(visit.id(), visit.version(), date.getValue());
                    Notifications.success("outreach.visit.moved", Formats.date(date.getValue()));
                }));
        move.setId("move-save");
        return new Details(getTranslation("outreach.visit.moveTitle"), new VerticalLayout(date, move));
    }

    private Details cancelSection() {
        TextField reason = new TextField(getTranslation("outreach.visit.cancelReason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button cancel = new Button(
                getTranslation("outreach.visit.cancel"),
                e -> act(() -> {
                    visits.cancelVisit(visit.id(), visit.version(), reason.getValue());
                    Notifications.success("outreach.visit.cancelled");
                }));
        cancel.setId("cancel-visit");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Details(
                getTranslation("outreach.visit.cancelTitle"),
                new VerticalLayout(new Paragraph(getTranslation("outreach.visit.cancelHelp")), reason, cancel));
    }

    /** Runs a change; on success closes and refreshes the caller, on failure shows why and keeps the input. */
    private void act(Runnable action) {
        if (Notifications.guard(action)) {
            close();
            onChange.run();
        }
    }

    private String describe(Map<ServiceType, Integer> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> getTranslation("service." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
