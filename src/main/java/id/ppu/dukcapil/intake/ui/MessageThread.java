package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.intake.ConversationService;
import id.ppu.dukcapil.intake.ConversationThread;
import id.ppu.dukcapil.intake.MediaContent;
import id.ppu.dukcapil.intake.MediaService;
import id.ppu.dukcapil.intake.ThreadMedia;
import id.ppu.dukcapil.intake.TriageMessage;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * A case's WhatsApp conversation as a thread, for the triage queue and the case detail: the
 * resident's messages on one side (texts, captions, a preview of a stored photo and a download of
 * any stored media, or why the media is not there), the office's answers on the other with their
 * delivery status. Media bytes go to the browser only through a download handler bound to this
 * component in the signed-in session (never a URL naming the case or the resident), and each
 * request for them is a read {@link MediaService} checks and audits.
 */
class MessageThread extends Div {

    private final transient MediaService media;

    MessageThread(MediaService media) {
        this.media = media;
        addClassName("message-thread");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
    }

    /** Shows {@code thread} in place of what was shown. */
    void show(ConversationThread thread) {
        removeAll();
        for (ConversationThread.Entry e : thread.entries()) {
            if (e instanceof ConversationThread.Inbound in) {
                add(inbound(in, thread));
            } else if (e instanceof ConversationThread.Outbound out) {
                add(outbound(out.reply()));
            }
        }
    }

    private Div inbound(ConversationThread.Inbound in, ConversationThread thread) {
        TriageMessage m = in.message();
        Div bubble = new Div();
        bubble.addClassName("triage-message");
        bubble.addClassNames(
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.Padding.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Whitespace.PRE_WRAP,
                LumoUtility.Margin.Right.XLARGE);
        bubble.add(
                meta(Formats.dateTime(m.receivedAt()) + (m.senderName() == null ? "" : " · " + m.senderName())),
                new Span(MessageLabel.of(m, this::getTranslation)));
        if (in.media() != null) {
            bubble.add(media(in.media(), m, thread));
        } else if (m.mediaId() != null) {
            // Media of a message stored before media were kept: the clerk can still quote its id.
            bubble.add(mediaNote(getTranslation("triage.mediaId", m.mediaId())));
        }
        return bubble;
    }

    private Div media(ThreadMedia item, TriageMessage m, ConversationThread thread) {
        Div box = new Div();
        box.addClassName("triage-media");
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        switch (item.status()) {
            case STORED -> {
                if (item.previewable()) {
                    Image preview = new Image(handler(item.id()).inline(), MessageLabel.of(m, this::getTranslation));
                    preview.addClassName("thread-image");
                    preview.addClassNames(LumoUtility.MaxWidth.FULL, LumoUtility.BorderRadius.SMALL);
                    preview.setMaxHeight("16em");
                    box.add(preview);
                }
                Anchor download = new Anchor(
                        handler(item.id()),
                        AttachmentType.DOWNLOAD,
                        getTranslation("thread.media.download", size(item.sizeBytes())));
                download.addClassName("thread-download");
                box.add(download);
            }
            case PENDING, FETCHING ->
                box.add(mediaNote(
                        thread.mediaOffKey() == null
                                ? getTranslation("thread.media.pending")
                                : getTranslation("thread.media.off", getTranslation(thread.mediaOffKey()))));
            case TOO_LARGE ->
                box.add(mediaNote(
                        item.sizeBytes() == null
                                ? getTranslation("thread.media.tooLargeUnknown", size(thread.mediaSizeLimit()))
                                : getTranslation(
                                        "thread.media.tooLarge",
                                        size(item.sizeBytes()),
                                        size(thread.mediaSizeLimit()))));
            case FAILED ->
                box.add(mediaNote(
                        getTranslation("thread.media.failed", item.errorCode() == null ? "-" : item.errorCode())));
        }
        return box;
    }

    /** The stored bytes, read (and audited) when the browser asks for them, not when the thread is shown. */
    private InputStreamDownloadHandler handler(long mediaId) {
        return DownloadHandler.fromInputStream(event -> {
            Optional<MediaContent> content = media.content(mediaId);
            if (content.isEmpty()) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
            MediaContent c = content.get();
            // A resident chooses what a document claims to be: the browser must not guess another type.
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return new DownloadResponse(
                    new ByteArrayInputStream(c.bytes()), c.fileName(), c.mimeType(), c.bytes().length);
        });
    }

    private Div outbound(ConversationService.Reply r) {
        Div bubble = new Div();
        bubble.addClassName("triage-reply");
        bubble.addClassNames(
                LumoUtility.Background.PRIMARY_10,
                LumoUtility.Padding.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Whitespace.PRE_WRAP,
                LumoUtility.Margin.Left.XLARGE);
        Span when = meta(Formats.dateTime(r.at()) + " · " + r.createdBy() + " · ");
        when.add(new DeliveryBadge(r.status(), r.errorCode()));
        if (r.templateName() != null) {
            when.add(" · " + getTranslation("outbox.content.template", r.templateName()));
        }
        bubble.add(when, new Span(r.text()));
        return bubble;
    }

    private static Span meta(String text) {
        Span s = new Span(text);
        s.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
        return s;
    }

    private static Span mediaNote(String text) {
        Span s = new Span(text);
        s.addClassName("thread-media-status");
        s.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
        return s;
    }

    /** "820 KB", "4,8 MB" in the user's language. */
    private String size(Long bytes) {
        if (bytes == null) {
            return "-";
        }
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return f.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return f.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
