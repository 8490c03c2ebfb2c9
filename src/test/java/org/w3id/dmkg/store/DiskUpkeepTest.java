package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a load compacts: on a directory whose "compaction" shrinks a file back, with a floor of 1 KB. */
class DiskUpkeepTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();
    private int compactions;

    private DiskUpkeep upkeep(int batchSize) throws IOException {
        grow(1000);
        return new DiskUpkeep(dir, () -> {
            compactions++;
            grow(1000);
        }, notes::add, batchSize, 1024);
    }

    private void grow(int bytes) {
        try {
            Files.write(dir.resolve("data"), new byte[bytes]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void compactsOnlyWhenTheDirectoryGrewBeyondFourTimesAndTheFloor() throws IOException {
        DiskUpkeep u = upkeep(100);
        grow(3900);
        u.batchWritten(100);
        assertEquals(0, compactions, "under four times");
        grow(4100);
        u.batchWritten(100);
        assertEquals(1, compactions);
        assertTrue(notes.get(0).startsWith("compacting the store: the store grew"), notes.get(0));
        grow(4100); // four times the size after the compaction again
        u.batchWritten(100);
        assertEquals(2, compactions);
    }

    @Test
    void theFloorKeepsASmallStoreFromCompacting() throws IOException {
        grow(100);
        DiskUpkeep u = new DiskUpkeep(dir, () -> compactions++, notes::add, 100, 1024);
        grow(900); // nine times, but only 800 bytes more
        u.batchWritten(100);
        assertEquals(0, compactions);
    }

    @Test
    void aLoadOfTenBatchesCompactsAtTheEnd() throws IOException {
        DiskUpkeep u = upkeep(10);
        for (int i = 0; i < 9; i++) {
            u.batchWritten(10);
        }
        u.loadFinished();
        assertEquals(0, compactions, "nine batches");
        u.batchWritten(10);
        u.loadFinished();
        assertEquals(1, compactions);
        assertTrue(notes.get(0).contains("100 articles written since the last compaction"), notes.get(0));
    }

    @Test
    void theMarkerStaysWhenTheBulkLoadFailed() throws IOException {
        DiskUpkeep u = upkeep(10);
        u.bulkStarting();
        assertTrue(FirstLoadMarker.present(dir));
        assertTrue(FirstLoadMarker.inUse(dir), "the loading process holds it");
        u.bulkFinished(false);
        assertTrue(FirstLoadMarker.present(dir));
        assertFalse(FirstLoadMarker.inUse(dir));
        u.bulkStarting();
        u.bulkFinished(true);
        assertFalse(FirstLoadMarker.present(dir));
    }
}
