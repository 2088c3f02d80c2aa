package id.ppu.dukcapil.intake.ui;

import id.ppu.dukcapil.cases.ui.CaseDetailSection;
import id.ppu.dukcapil.intake.ConversationService;
import id.ppu.dukcapil.intake.MediaService;
import id.ppu.dukcapil.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The case's WhatsApp conversation on the case detail, as in the triage queue, for cases that have
 * one and for the staff who may see personal data (clerks, administrators); the head of office and
 * the planners see no section at all, not even that a conversation exists.
 */
@Component
class ConversationSection implements CaseDetailSection {

    private final ConversationService conversations;
    private final MediaService media;
    private final CurrentUser currentUser;

    ConversationSection(ConversationService conversations, MediaService media, CurrentUser currentUser) {
        this.conversations = conversations;
        this.media = media;
        this.currentUser = currentUser;
    }

    @Override
    public String titleKey() {
        return "thread.title";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contentFor(long caseId) {
        if (!currentUser.canSeePersonalData() || !conversations.hasConversation(caseId)) {
            return Optional.empty();
        }
        MessageThread thread = new MessageThread(media);
        thread.setId("case-thread");
        thread.show(conversations.threadOf(caseId));
        return Optional.of(thread);
    }
}
