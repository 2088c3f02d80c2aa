package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.intake.QuickAnswer;
import id.ppu.dukcapil.intake.QuickAnswerDraft;
import id.ppu.dukcapil.intake.QuickAnswerException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The administrator's form of one quick answer, new or existing: service (or general), title,
 * order, whether it is active and whether it is the service's requirements, and the text with a
 * counter of its characters against WhatsApp's limit. Checks the draft with the service's own rules
 * before it raises a {@link SaveEvent}; raises {@link DeleteEvent} and {@link CancelEvent}; the view
 * does the rest.
 */
class QuickAnswerForm extends VerticalLayout {

    private final H3 heading = new H3();
    private final Select<ServiceType> service = new Select<>();
    private final TextField title = new TextField();
    private final IntegerField sortOrder = new IntegerField();
    private final Checkbox active = new Checkbox();
    private final Checkbox requirements = new Checkbox();
    private final TextArea body = new TextArea();
    private final Button delete = new Button();
    private final Binder<QuickAnswerDraft> binder = new Binder<>();
    private QuickAnswer editing;

    QuickAnswerForm() {
        setPadding(false);
        heading.setId("quick-answer-form-title");
        service.setId("quick-answer-service");
        service.setLabel(getTranslation("quickAnswers.form.service"));
        service.setItems(ServiceType.values());
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("quickAnswers.form.general"));
        service.setItemLabelGenerator(
                s -> s == null ? getTranslation("quickAnswers.form.general") : getTranslation("service." + s.name()));
        title.setId("quick-answer-title");
        title.setLabel(getTranslation("quickAnswers.form.title"));
        title.setMaxLength(QuickAnswerDraft.MAX_TITLE);
        title.setWidthFull();
        sortOrder.setId("quick-answer-order");
        sortOrder.setLabel(getTranslation("quickAnswers.form.sortOrder"));
        sortOrder.setHelperText(getTranslation("quickAnswers.form.sortOrderHelp"));
        sortOrder.setMin(QuickAnswerDraft.MIN_SORT_ORDER);
        sortOrder.setMax(QuickAnswerDraft.MAX_SORT_ORDER);
        sortOrder.setStepButtonsVisible(true);
        active.setId("quick-answer-active");
        active.setLabel(getTranslation("quickAnswers.form.active"));
        requirements.setId("quick-answer-requirements");
        requirements.setLabel(getTranslation("quickAnswers.form.requirements"));
        body.setId("quick-answer-body");
        body.setLabel(getTranslation("quickAnswers.form.body"));
        // No maxLength: a longer text pasted in is not cut silently; the counter and the rule's message say how long it
        // is.
        body.setWidthFull();
        body.setMinRows(8);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.addValueChangeListener(e -> count());

        // A general answer cannot be requirements: said at the service, the field to change (a checkbox shows no
        // error).
        Binder.Binding<QuickAnswerDraft, ServiceType> serviceBinding = binder.forField(service)
                .withValidator(rule(s -> QuickAnswerDraft.requirementsProblem(s, requirements.getValue())))
                .bind(QuickAnswerDraft::getServiceType, QuickAnswerDraft::setServiceType);
        binder.forField(title)
                .withValidator(rule(QuickAnswerDraft::titleProblem))
                .bind(QuickAnswerDraft::getTitle, QuickAnswerDraft::setTitle);
        binder.forField(sortOrder)
                .withValidator(rule(QuickAnswerDraft::sortOrderProblem))
                .bind(QuickAnswerDraft::getSortOrder, QuickAnswerDraft::setSortOrder);
        binder.forField(active).bind(QuickAnswerDraft::isActive, QuickAnswerDraft::setActive);
        binder.forField(requirements).bind(QuickAnswerDraft::isRequirements, QuickAnswerDraft::setRequirements);
        requirements.addValueChangeListener(e -> serviceBinding.validate());
        binder.forField(body)
                .withValidator(rule(QuickAnswerDraft::bodyProblem))
                .bind(QuickAnswerDraft::getBody, QuickAnswerDraft::setBody);

        Button save = new Button(getTranslation("quickAnswers.form.save"), e -> save());
        save.setId("quick-answer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("quickAnswers.form.delete"));
        delete.setId("quick-answer-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this, editing)));
        Button cancel = new Button(getTranslation("quickAnswers.form.cancel"), e -> fireEvent(new CancelEvent(this)));
        cancel.setId("quick-answer-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout fields = new HorizontalLayout(service, sortOrder);
        add(heading, fields, title, active, requirements, body, new HorizontalLayout(save, delete, cancel));
    }

    /** Opens an existing answer. */
    void edit(QuickAnswer answer) {
        editing = answer;
        heading.setText(getTranslation("quickAnswers.form.edit"));
        binder.readBean(QuickAnswerDraft.of(answer));
        delete.setVisible(true);
        count();
    }

    /** Opens a new answer, for {@code preset} (null: general). */
    void create(ServiceType preset) {
        editing = null;
        heading.setText(getTranslation("quickAnswers.form.new"));
        QuickAnswerDraft draft = new QuickAnswerDraft();
        draft.setServiceType(preset);
        binder.readBean(draft);
        delete.setVisible(false);
        count();
    }

    /** Shows a problem the service found next to its field. */
    void showProblem(QuickAnswerException e, String message) {
        HasValidation field = switch (e.field() == null ? "" : e.field()) {
            case "title" -> title;
            case "body" -> body;
            case "sortOrder" -> sortOrder;
            case "requirements" -> service;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void save() {
        QuickAnswerDraft draft = new QuickAnswerDraft();
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, editing, draft));
        }
    }

    private void count() {
        String v = body.getValue();
        body.setHelperText(getTranslation(
                "quickAnswers.form.counter", v == null ? 0 : v.strip().length(), QuickAnswerDraft.MAX_BODY));
    }

    private <T> Validator<T> rule(Function<T, Optional<QuickAnswerException>> check) {
        return (value, context) -> check.apply(value)
                .map(p -> ValidationResult.error(getTranslation(p.messageKey(), p.args())))
                .orElseGet(ValidationResult::ok);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** Save {@code draft}: a new answer if {@code answer} is null, otherwise that answer as it was read. */
    static final class SaveEvent extends ComponentEvent<QuickAnswerForm> {
        private final transient QuickAnswer answer;
        private final transient QuickAnswerDraft draft;

        SaveEvent(QuickAnswerForm source, QuickAnswer answer, QuickAnswerDraft draft) {
            super(source, false);
            this.answer = answer;
            this.draft = draft;
        }

        QuickAnswer answer() {
            return answer;
        }

        QuickAnswerDraft draft() {
            return draft;
        }
    }

    /** Delete the answer as it was read. */
    static final class DeleteEvent extends ComponentEvent<QuickAnswerForm> {
        private final transient QuickAnswer answer;

        DeleteEvent(QuickAnswerForm source, QuickAnswer answer) {
            super(source, false);
            this.answer = answer;
        }

        QuickAnswer answer() {
            return answer;
        }
    }

    static final class CancelEvent extends ComponentEvent<QuickAnswerForm> {
        CancelEvent(QuickAnswerForm source) {
            super(source, false);
        }
    }
}
