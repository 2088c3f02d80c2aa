package id.ppu.dukcapil.intake;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** An import running in the background: how far it got, and its report once done. */
public final class ImportJob {

    private final String fileName;
    private final int rows;
    private final String startedBy;
    private final AtomicInteger done = new AtomicInteger();
    private final CompletableFuture<ImportReport> result = new CompletableFuture<>();

    ImportJob(String fileName, int rows, String startedBy) {
        this.fileName = fileName;
        this.rows = rows;
        this.startedBy = startedBy;
    }

    public String fileName() {
        return fileName;
    }

    public String startedBy() {
        return startedBy;
    }

    /** Data rows in the file. */
    public int rows() {
        return rows;
    }

    /** Rows handled so far (imported, found duplicate or rejected). */
    public int done() {
        return done.get();
    }

    /** Share of rows handled, 0 to 1. */
    public double progress() {
        return rows == 0 ? 1 : Math.min(1.0, done.get() / (double) rows);
    }

    /** Completes with the report, or exceptionally if the file could not be imported at all. */
    public CompletableFuture<ImportReport> result() {
        return result;
    }

    void progressTo(int handled) {
        done.set(handled);
    }

    void finish(ImportReport report) {
        done.set(rows);
        result.complete(report);
    }

    void fail(Throwable t) {
        result.completeExceptionally(t);
    }
}
