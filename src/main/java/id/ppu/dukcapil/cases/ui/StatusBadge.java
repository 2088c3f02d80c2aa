package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.html.Span;
import id.ppu.dukcapil.cases.CaseStatus;

/** A status as a coloured Lumo badge. */
final class StatusBadge {

    private StatusBadge() {}

    static Span of(CaseStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("status." + status.name()));
        String variant = switch (status) {
            case COMPLETED, READY -> "success";
            case REJECTED, NEEDS_CORRECTION -> "error";
            case MERGED, TRIAGE, WAITING_IN_PERSON -> "contrast";
            default -> null;
        };
        badge.getElement().getThemeList().add("badge");
        if (variant != null) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }
}
