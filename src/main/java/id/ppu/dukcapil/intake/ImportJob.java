package id.ppu.dukcapil.intake;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An import running in the background: how far it got, and its report once done. The file is
 * read once, as the import goes, so progress is the share of its bytes read.
 */
public final class ImportJob {

    private final String fileName;
    private final long size;
    private final String startedBy;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong read = new AtomicLong();
    private final CompletableFuture<ImportReport> result = new CompletableFuture<>();

    ImportJob(String fileName, long size, String startedBy) {
        this.fileName = fileName;
        this.size = size;
        this.startedBy = startedBy;
    }

    public String fileName() {
        return fileName;
    }

    public String startedBy() {
        return startedBy;
    }

    /** Rows handled so far (imported, found duplicate or rejected). */
    public int done() {
        return done.get();
    }

    /** Share of the file handled, 0 to 1. */
    public double progress() {
        if (result.isDone()) {
            return 1;
        }
        return size == 0 ? 0 : Math.min(1.0, read.get() / (double) size);
    }

    /** Completes with the report, or exceptionally if the file could not be imported at all. */
    public CompletableFuture<ImportReport> result() {
        return result;
    }

    void progressTo(int handled) {
        done.set(handled);
    }

    void bytesRead(long bytes) {
        read.addAndGet(bytes);
    }

    void finish(ImportReport report) {
        done.set(report.rows());
        result.complete(report);
    }

    void fail(Throwable t) {
        result.completeExceptionally(t);
    }
}
