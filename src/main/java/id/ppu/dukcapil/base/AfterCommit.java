package id.ppu.dukcapil.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed (at once when there is none), so
 * that what it reports (a metric, say) never counts work that was rolled back.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Runs {@code action} after the commit of the caller's transaction, or now outside one; never after a rollback. */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
