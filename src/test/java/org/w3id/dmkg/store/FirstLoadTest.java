package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.Fixture;

/** A first load on disk runs under the marker; a store the marker is left in is refused, or reset to load. */
class FirstLoadTest {
    @TempDir
    Path tmp;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aBulkFirstLoadHoldsTheMarkerUntilItsDataIsWritten() {
        Path loc = tmp.resolve("db");
        try (DmkgStore store = DmkgStore.openForLoad(loc, warnings::add)) {
            store.loadReference(Fixture.reference(), Fixture.REFERENCE);
            try (ArticleLoader loader = store.loader(100, true, note -> { })) {
                loader.add(Fixture.articles().get(0));
                assertTrue(FirstLoadMarker.present(loc), "marker written before the bulk loader starts");
                DmkgException running = assertThrows(DmkgException.class, () -> DmkgStore.open(loc));
                assertTrue(running.getMessage().endsWith("locked by another process (a first load is running)"),
                        running.getMessage());
                loader.add(Fixture.articles().get(1));
            }
            assertFalse(FirstLoadMarker.present(loc), "marker removed once the load is written");
            assertEquals(2, Stats.of(store).articles());
            try (ArticleLoader again = store.loader(100, true, note -> { })) {
                Fixture.articles().forEach(again::add);
                assertFalse(FirstLoadMarker.present(loc), "a store with articles is loaded in transactions");
                again.close();
                assertEquals(new LoadResult(2, 0, 2, 0), again.result());
            }
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aStoreLeftWithTheMarkerIsRefusedAndALoadStartsItAgain() throws Exception {
        Path loc = tmp.resolve("db");
        try (DmkgStore store = DmkgStore.open(loc)) {
            store.loadReference(Fixture.reference(), Fixture.REFERENCE);
            store.load(Fixture.articles());
        }
        Files.writeString(loc.resolve(FirstLoadMarker.NAME), "left by a killed load\n");
        DmkgException e = assertThrows(DmkgException.class, () -> DmkgStore.open(loc));
        assertEquals(DmkgException.STORE_UNAVAILABLE, e.exitCode());
        assertEquals("store " + loc + ": an interrupted first load left it incomplete; run dmkg load again",
                e.getMessage());
        try (DmkgStore store = DmkgStore.openForLoad(loc, warnings::add)) {
            assertEquals(List.of("store " + loc + ": an interrupted first load is being redone"), warnings);
            assertEquals(0, DmkgStoreTest.quads(store), "emptied");
            store.load(Fixture.articles());
        }
        assertFalse(FirstLoadMarker.present(loc));
        try (DmkgStore store = DmkgStore.open(loc)) {
            assertEquals(2, Stats.of(store).articles());
        }
    }

    @Test
    void aResetThatWasItselfInterruptedLeavesADirectoryALoadStillRecognizes() throws Exception {
        Path loc = Files.createDirectory(tmp.resolve("db"));
        Files.writeString(loc.resolve(FirstLoadMarker.NAME), "");
        assertThrows(DmkgException.class, () -> DmkgStore.open(loc));
        try (DmkgStore store = DmkgStore.openForLoad(loc, warnings::add)) {
            assertEquals(1, warnings.size());
            assertEquals(0, DmkgStoreTest.quads(store));
        }
    }
}
