package id.ppu.dukcapil.intake;

import java.util.Locale;
import java.util.Set;

/**
 * The media of one inbound message as the thread shows it: where it stands, never its bytes (those
 * come one at a time from {@link MediaService#content(long)}, each read audited).
 *
 * @param id        the media's row, by which its bytes are read
 * @param mimeType  Meta's MIME type of it, or the message's
 * @param sizeBytes the stored size, the size Meta declared for TOO_LARGE, or null
 * @param errorCode the last failure's code (FAILED, TOO_LARGE, or a PENDING retry), or null
 */
public record ThreadMedia(long id, MediaStatus status, String mimeType, Long sizeBytes, String errorCode) {

    /** Image types a browser shows without running anything (no SVG). */
    static final Set<String> PREVIEW_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    /** Whether the stored bytes can be shown as an image in the thread. */
    public boolean previewable() {
        return status == MediaStatus.STORED && PREVIEW_TYPES.contains(baseType(mimeType));
    }

    /** The MIME type without parameters, in lower case ("image/jpeg" of "image/jpeg; q=1"); empty if unknown. */
    static String baseType(String mimeType) {
        if (mimeType == null) {
            return "";
        }
        int semicolon = mimeType.indexOf(';');
        return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
