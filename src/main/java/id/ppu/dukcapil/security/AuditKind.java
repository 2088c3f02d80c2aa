package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.MessageKey;

/** What an audit entry records. Labels live in the i18n bundle as {@code audit.kind.<NAME>}. */
public enum AuditKind implements MessageKey {
    /** A case's personal data was opened (case detail). */
    CASE_VIEWED,
    /** A citizen's other cases were listed (timeline on the case detail). */
    CITIZEN_TIMELINE_VIEWED,
    /** A WhatsApp conversation of a triage case was read. */
    TRIAGE_CONVERSATION_VIEWED,
    /** An export containing personal data was downloaded. */
    PERSONAL_DATA_EXPORTED,
    ACCOUNT_CREATED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    ROLES_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_UNLOCKED,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    SERVICE_MODE_CHANGED,
    OUTREACH_SETTINGS_CHANGED,
    HOLIDAY_ADDED,
    HOLIDAY_REMOVED,
    /** An administrator changed a service standard (working days and source). */
    SERVICE_STANDARD_CHANGED,
    /** A clerk took a case, released it, or handed it to a colleague. */
    CASE_TAKEN,
    CASE_RELEASED,
    CASE_HANDED_OVER,
    /** Outbound WhatsApp messages were listed or one was opened ("Pesan Keluar"). */
    OUTBOUND_MESSAGES_VIEWED,
    /** An administrator put a failed outbound message back in the queue. */
    OUTBOUND_MESSAGE_RETRIED,
    /** An administrator changed a village's population, or imported a semester's population. */
    POPULATION_CHANGED,
    POPULATION_IMPORTED,
    /** An administrator imported coverage figures or changed an indicator's target. */
    COVERAGE_IMPORTED,
    COVERAGE_TARGET_CHANGED,
    /** An administrator changed the text of a status notification, or put it back to its default. */
    NOTIFICATION_TEXT_CHANGED,
    NOTIFICATION_TEXT_RESET,
    /** A case's WhatsApp conversation was read as a thread (triage queue or case detail). */
    CONVERSATION_VIEWED,
    /** A resident's WhatsApp media (a photo, a document) was opened; the subject names the message. */
    MEDIA_VIEWED,
    /** An administrator added, changed (or deactivated) or deleted a WhatsApp quick answer. */
    QUICK_ANSWER_CREATED,
    QUICK_ANSWER_CHANGED,
    QUICK_ANSWER_DELETED;

    @Override
    public String messageKey() {
        return "audit.kind." + name();
    }
}
