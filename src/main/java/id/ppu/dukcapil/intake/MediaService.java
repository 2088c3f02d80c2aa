package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' WhatsApp media for the staff who may see personal data: one media at a time, each
 * read recorded in the audit trail with who, when and which message.
 */
@Service
public class MediaService {

    /** File name endings of the types WhatsApp carries; others download as ".bin". */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"),
            Map.entry("image/webp", "webp"),
            Map.entry("application/pdf", "pdf"),
            Map.entry("audio/ogg", "ogg"),
            Map.entry("audio/mpeg", "mp3"),
            Map.entry("audio/mp4", "m4a"),
            Map.entry("audio/aac", "aac"),
            Map.entry("audio/amr", "amr"),
            Map.entry("video/mp4", "mp4"),
            Map.entry("video/3gpp", "3gp"),
            Map.entry("text/plain", "txt"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"));

    private final MediaStore store;
    private final AuditTrail audit;

    MediaService(MediaStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * The stored bytes of one media (see {@link ThreadMedia#id()}); the read is recorded in the
     * audit trail with the case and the WhatsApp message id. Empty if the media is not stored.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN')")
    public Optional<MediaContent> content(long mediaId) {
        Optional<MediaStore.Content> content = store.content(mediaId);
        content.ifPresent(c -> audit.caseItemRead(AuditKind.MEDIA_VIEWED, c.caseId(), c.caseNumber(), c.messageId()));
        return content.map(c -> new MediaContent(
                c.bytes(),
                c.mimeType() == null ? "application/octet-stream" : ThreadMedia.baseType(c.mimeType()),
                "media-" + c.id() + "." + EXTENSIONS.getOrDefault(ThreadMedia.baseType(c.mimeType()), "bin")));
    }
}
