package org.w3id.dmkg.store;

/**
 * A run of TDB2's bulk loader failed ({@link BulkRun}); the cause, when there is one, is what killed a
 * thread of the loader. {@link WriteFailures} turns it into the error a user sees.
 */
final class BulkLoadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BulkLoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
