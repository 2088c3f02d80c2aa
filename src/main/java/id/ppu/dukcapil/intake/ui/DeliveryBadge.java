package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Span;
import id.ppu.dukcapil.intake.OutboundStatus;

/**
 * Where a message to a resident stands, as a coloured Lumo badge in the thread: waiting or being
 * sent (grey), sent (blue), delivered or read (green), failed with its error code (red), not sent
 * because the resident opted out (grey).
 */
@JsModule("@vaadin/vaadin-lumo-styles/badge-global.js")
class DeliveryBadge extends Span {

    DeliveryBadge(OutboundStatus status, String errorCode) {
        addClassName("triage-reply-status");
        setText(getTranslation(status.messageKey()) + (errorCode == null ? "" : " (" + errorCode + ")"));
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add("small");
        String variant = theme(status);
        if (variant != null) {
            getElement().getThemeList().add(variant);
        }
    }

    static String theme(OutboundStatus status) {
        return switch (status) {
            case DELIVERED, READ -> "success";
            case FAILED -> "error";
            case PENDING, SENDING, SKIPPED -> "contrast";
            case SENT -> null;
        };
    }
}
