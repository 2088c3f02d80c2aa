package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.intake.ConversationService.ReplyOptions;
import id.ppu.dukcapil.intake.CustomerServiceWindow;
import id.ppu.dukcapil.intake.OutboundContent;
import java.util.UUID;

/**
 * The clerk's reply to a resident: says first what may go out (free text until the 24-hour window
 * closes, or the approved reply template, or nothing) and whether sending is on, then takes the
 * text. Raises a {@link SendEvent} with the text and a key of its own, renewed after each reply,
 * so that a double click queues one message.
 */
class ReplyForm extends VerticalLayout {

    private final Paragraph window = new Paragraph();
    private final Paragraph sending = new Paragraph();
    private final TextArea text = new TextArea();
    private final Button send = new Button();
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
        add(window, sending, text, send);
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
    }

    /** The reply was queued: an empty field and a new key for the next one. */
    void sent() {
        text.clear();
        requestKey = UUID.randomUUID().toString();
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
