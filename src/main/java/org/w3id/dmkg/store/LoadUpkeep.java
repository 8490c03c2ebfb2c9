package org.w3id.dmkg.store;

/**
 * What an {@link ArticleLoader} has done around its writes by the store it writes to: nothing for a
 * store in memory; for one on disk, {@link DiskUpkeep}.
 */
interface LoadUpkeep {
    /** Does nothing. */
    LoadUpkeep NONE = new LoadUpkeep() {
    };

    /** Called once, before the bulk loader writes anything: from here a crash leaves a store to redo. */
    default void bulkStarting() {
    }

    /**
     * Called once after the last bulk-loader run: {@code complete} when every run finished and committed
     * its data, false when one failed, which leaves the store to be loaded again.
     */
    default void bulkFinished(boolean complete) {
    }

    /** Called after each write transaction of a batch, {@code added} of its articles new or changed. */
    default void batchWritten(int added) {
    }

    /** Called once, when everything was written. */
    default void loadFinished() {
    }
}
