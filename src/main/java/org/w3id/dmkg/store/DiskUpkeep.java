package org.w3id.dmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Upkeep of a load into a store on disk. A first load through the bulk loader runs under a
 * {@link FirstLoadMarker}. Transactions leave garbage: TDB2 keeps every block a write transaction
 * replaced until the store is compacted, so between batches the directory is measured, and compacted
 * when it has grown to more than {@value #GROWTH_FACTOR} times its size after the last compaction (or
 * when the load started) and by more than {@value #GROWTH_FLOOR_MB} MB. The size that triggers a
 * compaction grows with the live data, so the directory stays within about that factor of the live data
 * plus the floor, and compactions, each a copy of the live data, come further apart as the store
 * grows. A load that wrote
 * {@value #FINAL_BATCHES} batches or more since the last compaction compacts once more at the end.
 * Not thread-safe: one per loader.
 */
final class DiskUpkeep implements LoadUpkeep {
    static final int GROWTH_FACTOR = 4;
    static final long GROWTH_FLOOR_MB = 256;
    static final int FINAL_BATCHES = 10;

    private final Path loc;
    private final Runnable compact;
    private final Consumer<String> notes;
    private final int batchSize;
    private final long floor;
    private FirstLoadMarker marker;
    private long base;
    private long addedSinceCompaction;

    /**
     * @param compact compacts the store
     * @param notes   receives a line before each compaction
     * @param floor   growth in bytes below which the store is not compacted between batches
     */
    DiskUpkeep(Path loc, Runnable compact, Consumer<String> notes, int batchSize, long floor) {
        this.loc = loc;
        this.compact = compact;
        this.notes = notes;
        this.batchSize = batchSize;
        this.floor = floor;
        this.base = size(loc);
    }

    DiskUpkeep(Path loc, Runnable compact, Consumer<String> notes, int batchSize) {
        this(loc, compact, notes, batchSize, GROWTH_FLOOR_MB << 20);
    }

    @Override
    public void bulkStarting() {
        marker = FirstLoadMarker.write(loc);
    }

    @Override
    public void bulkFinished(boolean complete) {
        if (marker != null) {
            if (complete) {
                marker.remove();
            } else {
                marker.close();
            }
            marker = null;
        }
    }

    @Override
    public void batchWritten(int added) {
        addedSinceCompaction += added;
        long now = size(loc);
        if (now > GROWTH_FACTOR * base && now - base > floor) {
            compact(String.format("the store grew from %d MB to %d MB", base >> 20, now >> 20));
        }
    }

    @Override
    public void loadFinished() {
        if (addedSinceCompaction >= (long) FINAL_BATCHES * batchSize) {
            compact(addedSinceCompaction + " articles written since the last compaction");
        }
    }

    private void compact(String why) {
        notes.accept("compacting the store: " + why);
        compact.run();
        base = size(loc);
        addedSinceCompaction = 0;
    }

    /** Bytes in the files under {@code dir}. */
    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(DiskUpkeep::fileSize).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long fileSize(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // deleted while walking, by a compaction
        }
    }
}
