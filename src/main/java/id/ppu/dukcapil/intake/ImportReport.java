package id.ppu.dukcapil.intake;

import java.util.List;

/**
 * The outcome of an import: rows read, new cases, requests merged into an open case of the same
 * citizen, rows seen before (same channel and external id; importing a file twice creates no
 * duplicates), rows rejected and every problem found.
 */
public record ImportReport(
        String fileName,
        int rows,
        int created,
        int merged,
        int duplicates,
        int rejected,
        List<ImportProblem> problems,
        long millis) {

    /** New requests: new cases plus requests merged into existing ones. */
    public int imported() {
        return created + merged;
    }
}
