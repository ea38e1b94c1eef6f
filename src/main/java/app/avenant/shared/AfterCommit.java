package app.avenant.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory work (telling open screens) once the current transaction has committed, or at once
 * outside a transaction. Used instead of {@code @TransactionalEventListener}, which Spring Modulith's
 * event publication registry persists, updates and deletes per listener and per event: a dozen SQL
 * statements per action for work that has nothing to recover if the server stops.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
