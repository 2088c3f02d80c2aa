package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's WhatsApp conversation for the clerks: what the resident sent and what the office
 * answered, and the clerk's reply, queued in the outbox. Before the clerk writes, the
 * conversation says what may go out: free text within 24 hours of the resident's last message,
 * otherwise the approved reply template with the text as its parameter.
 */
@Service
public class ConversationService {

    private static final Pattern REQUEST_KEY = Pattern.compile("^[A-Za-z0-9-]{1,64}$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final TriageQueries triage;
    private final OutboxStore store;
    private final OutboundMessages outbox;
    private final CustomerServiceWindow window;
    private final WhatsAppSending settings;
    private final MediaSettings media;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ConversationService(
            TriageQueries triage,
            OutboxStore store,
            OutboundMessages outbox,
            CustomerServiceWindow window,
            WhatsAppSending settings,
            MediaSettings media,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.triage = triage;
        this.store = store;
        this.outbox = outbox;
        this.window = window;
        this.settings = settings;
        this.media = media;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * One answer of the office in the conversation.
     *
     * @param text         the free text, or the template's parameters joined
     * @param templateName the template it went out as, or null
     */
    public record Reply(
            Instant at, String text, String templateName, OutboundStatus status, String errorCode, String createdBy) {}

    /** What the resident sent (oldest first) and what the office answered (oldest first). */
    public record Conversation(List<TriageMessage> messages, List<Reply> replies) {}

    /**
     * What a reply to the case's resident may be now.
     *
     * @param mode           free text or template, by the 24-hour window
     * @param closesAt       until when free text may go out, or null
     * @param templateName   the approved reply template used outside the window, or null if none is configured
     * @param sendingEnabled whether replies go out now or wait in the outbox
     * @param sendingOffKey  why sending is off (an i18n key), or null
     */
    public record ReplyOptions(
            boolean hasPhone,
            CustomerServiceWindow.Mode mode,
            Instant closesAt,
            String templateName,
            boolean sendingEnabled,
            String sendingOffKey) {

        /** Whether a reply can be queued at all: a number to answer, and free text or a template allowed. */
        public boolean canReply() {
            return hasPhone && (mode == CustomerServiceWindow.Mode.FREE_TEXT || templateName != null);
        }
    }

    /** The case's conversation; the reading is recorded in the audit trail (as the triage conversation). */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public Conversation conversationOf(long caseId) {
        List<TriageMessage> messages = triage.messagesOf(caseId);
        List<Reply> replies =
                store.ofCase(caseId).stream().map(ConversationService::reply).toList();
        return new Conversation(messages, replies);
    }

    /**
     * The case's conversation as one thread in time order, each message of the resident with its
     * media's status; for the staff who may see personal data (clerks, administrators). The
     * reading is recorded in the audit trail; the media's bytes are read (and recorded) one at a
     * time through {@link MediaService#content(long)}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN')")
    public ConversationThread threadOf(long caseId) {
        record Timed(ConversationThread.Entry entry, int order) {}
        List<Timed> timed = new ArrayList<>();
        jdbc.sql("""
                select m.received_at, m.sender_name, m.message_type, m.body, m.media_id, m.mime_type, m.file_name, m.detail,
                       m.latitude, m.longitude, d.id as media_row, d.status as media_status,
                       d.mime_type as media_mime_type, d.size_bytes, d.last_error_code
                from inbound_message m left join inbound_media d on d.inbound_message_id = m.id
                where m.case_id = :id order by m.received_at, m.id""")
                .param("id", caseId)
                .query((rs, i) -> new ConversationThread.Inbound(
                        TriageQueries.message(rs),
                        rs.getObject("media_row") == null
                                ? null
                                : new ThreadMedia(
                                        rs.getLong("media_row"),
                                        MediaStatus.valueOf(rs.getString("media_status")),
                                        rs.getString("media_mime_type"),
                                        rs.getObject("size_bytes", Long.class),
                                        rs.getString("last_error_code"))))
                .list()
                .forEach(e -> timed.add(new Timed(e, timed.size())));
        store.ofCase(caseId)
                .forEach(m -> timed.add(new Timed(new ConversationThread.Outbound(reply(m)), timed.size())));
        List<ConversationThread.Entry> entries = timed.stream()
                .sorted(Comparator.comparing((Timed t) -> t.entry().at()).thenComparing(Timed::order))
                .map(Timed::entry)
                .toList();
        String caseNumber = jdbc.sql("select case_number from service_case where id = :id")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .orElse(null);
        audit.caseRead(AuditKind.CONVERSATION_VIEWED, caseId, caseNumber, true);
        return new ConversationThread(
                entries,
                media.maxSize().toBytes(),
                MediaSettings.offReason(settings).map(r -> "outbox.off." + r).orElse(null));
    }

    /** Whether the case has a WhatsApp conversation: a message of the resident or one to the resident. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN')")
    public boolean hasConversation(long caseId) {
        return jdbc.sql("""
                select exists (select 1 from inbound_message where case_id = :id)
                    or exists (select 1 from outbound_message where case_id = :id)""").param("id", caseId).query(Boolean.class).single();
    }

    /** What a reply to the case's resident may be now (see {@link CustomerServiceWindow}). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PETUGAS')")
    public ReplyOptions replyOptions(long caseId) {
        Optional<String> phone = phoneOf(caseId);
        CustomerServiceWindow.State state = window.stateFor(phone.orElse(null));
        return new ReplyOptions(
                phone.isPresent(),
                state.mode(),
                state.closesAt(),
                settings.templateFor(OutboundKind.REPLY)
                        .map(WhatsAppSending.TemplateSetting::name)
                        .orElse(null),
                settings.enabled(),
                settings.offReason().map(r -> "outbox.off." + r).orElse(null));
    }

    /**
     * Queues the clerk's reply to the case's resident: free text inside the 24-hour window,
     * otherwise the approved reply template with the text (on one line) as its parameter. The same
     * {@code requestKey} again (a double click, a resent request) queues nothing more.
     *
     * @param requestKey one per reply the clerk writes (a UUID), letters, digits and dashes
     * @return the outbound message's id
     * @throws OutboxException if the case has no phone number, the text is empty or too long, or
     *                         the window is closed and no reply template is configured
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public long reply(long caseId, String requestKey, String text) {
        if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
            throw new OutboxException("outbox.error.key");
        }
        String phone = phoneOf(caseId).orElseThrow(() -> new OutboxException("outbox.error.noPhone"));
        if (text == null || text.isBlank() || text.strip().length() > OutboundContent.MAX_TEXT) {
            throw new OutboxException("outbox.error.text", OutboundContent.MAX_TEXT);
        }
        String body = text.strip();
        // A template parameter may hold no line breaks or runs of spaces (Meta refuses them).
        String oneLine = WHITESPACE.matcher(body).replaceAll(" ");
        OutboundContent content = window.contentFor(
                OutboundKind.REPLY,
                phone,
                body,
                List.of(
                        oneLine.length() <= OutboundContent.Template.MAX_PARAMETER
                                ? oneLine
                                : oneLine.substring(0, OutboundContent.Template.MAX_PARAMETER)));
        return outbox.enqueue("reply-" + caseId + "-" + requestKey, caseId, phone, OutboundKind.REPLY, content);
    }

    private Optional<String> phoneOf(long caseId) {
        return jdbc
                .sql("select phone from service_case where id = :id")
                .param("id", caseId)
                .query((rs, i) -> rs.getString(1))
                .list()
                .stream()
                .filter(p -> p != null && WhatsAppNumbers.waId(p).isPresent())
                .findFirst();
    }

    private static Reply reply(OutboxStore.Stored m) {
        String text = m.content() instanceof OutboundContent.Text t
                ? t.body()
                : String.join(" · ", ((OutboundContent.Template) m.content()).parameters());
        return new Reply(
                m.createdAt(),
                text,
                m.content() instanceof OutboundContent.Template t ? t.name() : null,
                m.status(),
                m.lastErrorCode(),
                m.createdBy());
    }
}
