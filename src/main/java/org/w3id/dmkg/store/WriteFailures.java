package org.w3id.dmkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.w3id.dmkg.DmkgException;

/**
 * Turns a failure to write a store on disk into one line naming the store, the reason and what the
 * failure left. A full file system shows in three ways: an {@link IOException} "No space left on device"
 * from the files TDB2 writes with plain I/O (node data, the journal); an {@link InternalError} "a fault
 * occurred in a recent unsafe memory access operation" from its indexes, which are memory-mapped files
 * whose pages the file system could not back; or a {@link BulkLoadFailure}, when one of the bulk loader's
 * threads failed without saying why. The last two are put down to a full file system when it has less
 * than {@value #LOW_SPACE_MB} MB left. Stateless.
 */
final class WriteFailures {
    /** What a failed load into a store without articles, through the bulk loader, leaves. */
    static final String BULK = "the first load is incomplete, run dmkg load again";
    /** What a failed write transaction of a batch of articles leaves. */
    static final String BATCH = "the batch being written was rolled back, the batches before it are kept";
    /** What a failed write of the reference data, or of the first-load marker, leaves. */
    static final String NOTHING = "nothing was written";
    /** What a failed compaction leaves. */
    static final String COMPACTION = "the compaction was abandoned, the store holds what it held before it";

    static final long LOW_SPACE_MB = 16;
    private static final String NO_SPACE = "no space left on device";
    private static final String NO_QUOTA = "disk quota exceeded";
    /** The reasons that mean the file system has no room for the write. */
    static final Set<String> OUT_OF_SPACE = Set.of(NO_SPACE, NO_QUOTA);

    private WriteFailures() {
    }

    /**
     * The error to report for {@code failure}, raised while writing the store at {@code loc} ({@code null}
     * in memory): a {@link DmkgException} as it is; for a failure to write, a new one with
     * {@link DmkgException#STORE_UNAVAILABLE}; else {@code failure} itself, a bug to report as such.
     *
     * @param outcome what the failure left, for the message (say {@link #BATCH})
     */
    static RuntimeException of(Path loc, Throwable failure, String outcome) {
        if (failure instanceof DmkgException d) {
            return d;
        }
        String reason = loc == null ? null : reason(loc, failure);
        if (reason != null) {
            return new DmkgException(DmkgException.STORE_UNAVAILABLE, "store " + loc + ": " + reason + "; " + outcome,
                    failure);
        }
        if (failure instanceof RuntimeException r) {
            return r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(failure);
    }

    /**
     * A new exception for a failure thrown before, for a caller that writes again: the same instance
     * thrown twice would be added to itself as suppressed, which Java refuses.
     */
    static RuntimeException again(RuntimeException failure) {
        return failure instanceof DmkgException d ? new DmkgException(d.exitCode(), d.getMessage(), d)
                : new IllegalStateException("an earlier write failed: " + failure.getMessage(), failure);
    }

    /** Why writing failed, or null when {@code failure} is no failure to write. */
    static String reason(Path loc, Throwable failure) {
        String space = spaceReason(failure);
        if (space != null) {
            return space;
        }
        Throwable io = null;
        boolean unknown = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                io = io == null ? t : io;
            } else if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")
                    || t instanceof BulkLoadFailure) {
                unknown = true;
            }
        }
        if (unknown && lowSpace(loc)) {
            return NO_SPACE;
        }
        if (failure instanceof BulkLoadFailure) {
            return "the bulk loader failed (" + failure.getMessage() + ")";
        }
        if (unknown) {
            return "a memory-mapped file of the store could not be written (the file system failed, or the file "
                    + "was truncated)";
        }
        return io == null ? null : "cannot write (" + StoreLocations.firstLine(String.valueOf(io.getMessage())) + ")";
    }

    /** "no space left on device" or "disk quota exceeded" when an I/O error behind {@code failure} says so. */
    static String spaceReason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (t instanceof IOException && msg.contains("No space left on device")) {
                return NO_SPACE;
            }
            if (t instanceof IOException && msg.contains("Disk quota exceeded")) {
                return NO_QUOTA;
            }
        }
        return null;
    }

    private static boolean lowSpace(Path loc) {
        try {
            return Files.getFileStore(loc).getUsableSpace() < LOW_SPACE_MB << 20;
        } catch (IOException e) {
            return false;
        }
    }
}
