package id.ppu.dukcapil.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a bulk action did to one case: done, or refused with the reason (an i18n key and its
 * arguments, as the single action would have said it).
 */
public record BulkOutcome(String caseNumber, String refusalKey, List<Object> refusalArgs) {

    public BulkOutcome {
        refusalArgs = refusalArgs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(refusalArgs));
    }

    static BulkOutcome done(String caseNumber) {
        return new BulkOutcome(caseNumber, null, List.of());
    }

    public boolean done() {
        return refusalKey == null;
    }
}
