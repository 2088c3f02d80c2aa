package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.intake.ConversationService.ReplyOptions;
import id.ppu.dukcapil.intake.CustomerServiceWindow;
import id.ppu.dukcapil.intake.OutboundContent;
import id.ppu.dukcapil.intake.QuickAnswer;
import java.util.List;
import java.util.UUID;

/**
 * The clerk's reply to a resident: says first what may go out (free text until the 24-hour window
 * closes, or the approved reply template, or nothing) and whether sending is on, then takes the
 * text. While free text may go out, the clerk can pick a quick answer (of the case's service, or
 * of another, or a general one) whose text fills the reply, to be edited before sending. Raises a {@link SendEvent} with the text and a key of its own, renewed after each reply,
 * so that a double click queues one message.
 */
class ReplyForm extends VerticalLayout {

    private final Paragraph window = new Paragraph();
    private final Paragraph sending = new Paragraph();
    private final TextArea text = new TextArea();
    private final Button send = new Button();
    private final Select<ServiceType> quickService = new Select<>();
    private final ComboBox<QuickAnswer> quickAnswer = new ComboBox<>();
    private final HorizontalLayout quick = new HorizontalLayout(quickService, quickAnswer);
    private transient List<QuickAnswer> answers = List.of();
    private String requestKey = UUID.randomUUID().toString();

    ReplyForm() {
        setPadding(false);
        window.setId("triage-reply-window");
        sending.setId("triage-reply-sending");
        sending.addClassNames(LumoUtility.TextColor.ERROR);
        text.setId("triage-reply-text");
        text.setLabel(getTranslation("triage.reply.label"));
        text.setMaxLength(OutboundContent.MAX_TEXT);
        text.setWidthFull();
        send.setText(getTranslation("triage.reply.send"));
        send.setId("triage-reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> fireEvent(new SendEvent(this, text.getValue(), requestKey)));
        quickService.setId("triage-quick-service");
        quickService.setLabel(getTranslation("triage.quickAnswer.service"));
        quickService.setItems(ServiceType.values());
        quickService.setEmptySelectionAllowed(true);
        quickService.setEmptySelectionCaption(getTranslation("triage.quickAnswer.allServices"));
        quickService.setItemLabelGenerator(this::serviceLabel);
        quickService.addValueChangeListener(e -> offerAnswers());
        quickAnswer.setId("triage-quick-answer");
        quickAnswer.setLabel(getTranslation("triage.quickAnswer.label"));
        quickAnswer.setPlaceholder(getTranslation("triage.quickAnswer.placeholder"));
        quickAnswer.setItemLabelGenerator(this::answerLabel);
        quickAnswer.setClearButtonVisible(true);
        quickAnswer.setWidthFull();
        quickAnswer.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.setValue(e.getValue().body());
            }
        });
        quick.setWidthFull();
        quick.setAlignItems(FlexComponent.Alignment.BASELINE);
        quick.setFlexGrow(1, quickAnswer);
        add(window, sending, quick, text, send);
    }

    /**
     * The quick answers the clerk may pick, offered for {@code service} (the case's, if known; null:
     * every service) together with the general ones.
     */
    void setQuickAnswers(List<QuickAnswer> usable, ServiceType service) {
        answers = List.copyOf(usable);
        if (service == quickService.getValue()) {
            offerAnswers();
        } else {
            quickService.setValue(service);
        }
    }

    /** Shows what a reply may be now and lets the clerk write one only if one can go out. */
    void setOptions(ReplyOptions o) {
        if (!o.hasPhone()) {
            window.setText(getTranslation("triage.reply.noPhone"));
        } else if (o.mode() == CustomerServiceWindow.Mode.FREE_TEXT) {
            window.setText(getTranslation("triage.reply.freeText", Formats.dateTime(o.closesAt())));
        } else if (o.templateName() != null) {
            window.setText(getTranslation("triage.reply.template", o.templateName()));
        } else {
            window.setText(getTranslation("triage.reply.noTemplate"));
        }
        sending.setText(
                o.sendingEnabled() ? "" : getTranslation("triage.reply.sendingOff", getTranslation(o.sendingOffKey())));
        sending.setVisible(!o.sendingEnabled());
        text.setEnabled(o.canReply());
        send.setEnabled(o.canReply());
        // A quick answer is a free text: a template carries the reply on one line as its parameter.
        quick.setVisible(o.canReply() && o.mode() == CustomerServiceWindow.Mode.FREE_TEXT);
    }

    /** The reply was queued: an empty field and a new key for the next one. */
    void sent() {
        text.clear();
        quickAnswer.clear();
        requestKey = UUID.randomUUID().toString();
    }

    private void offerAnswers() {
        ServiceType service = quickService.getValue();
        List<QuickAnswer> offered = answers.stream()
                .filter(a -> service == null || a.serviceType() == null || a.serviceType() == service)
                .toList();
        quickAnswer.clear();
        quickAnswer.setItems(offered);
        quickAnswer.setHelperText(
                getTranslation(offered.isEmpty() ? "triage.quickAnswer.none" : "triage.quickAnswer.help"));
    }

    private String answerLabel(QuickAnswer a) {
        if (a.serviceType() == null) {
            return a.title() + " · " + getTranslation("quickAnswers.general");
        }
        return quickService.getValue() == null ? serviceLabel(a.serviceType()) + " · " + a.title() : a.title();
    }

    private String serviceLabel(ServiceType s) {
        return s == null ? getTranslation("triage.quickAnswer.allServices") : getTranslation("service." + s.name());
    }

    Registration addSendListener(ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }

    /** The clerk asked to send {@code text}; {@code requestKey} is the same for repeated clicks on one reply. */
    static final class SendEvent extends ComponentEvent<ReplyForm> {
        private final String text;
        private final String requestKey;

        SendEvent(ReplyForm source, String text, String requestKey) {
            super(source, false);
            this.text = text;
            this.requestKey = requestKey;
        }

        String text() {
            return text;
        }

        String requestKey() {
            return requestKey;
        }
    }
}
