package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.MessageKey;

/** Where an outreach visit stands: planned, done (with counts), or cancelled. */
public enum VisitStatus implements MessageKey {
    PLANNED,
    DONE,
    CANCELLED;

    @Override
    public String messageKey() {
        return "outreach.visitStatus." + name();
    }
}
