package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the case detail that a feature above {@code cases} contributes (cases knows none of
 * them: intake depends on cases, never the other way round), such as intake's WhatsApp
 * conversation. Implemented by a Spring bean; the case detail shows, in bean order, the section of
 * every bean that has one for the case and the signed-in user, below the clerk's actions.
 */
public interface CaseDetailSection {

    /** The section's heading, an i18n key. */
    String titleKey();

    /**
     * The section's content for the case, created anew for each showing, or empty when the case
     * has nothing for it or the signed-in user may not see it (the section decides, and its
     * services check again).
     */
    Optional<Component> contentFor(long caseId);
}
