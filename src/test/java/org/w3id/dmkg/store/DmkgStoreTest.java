package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.Fixture;

class DmkgStoreTest {
    @TempDir
    Path tmp;

    static long quads(DmkgStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().count());
    }

    @Test
    void compactionKeepsTheDataAndDropsTheOldGeneration() throws Exception {
        Path loc = tmp.resolve("compact");
        long quads;
        try (DmkgStore store = DmkgStore.open(loc)) {
            for (int i = 0; i < 20; i++) {
                store.load(Fixture.articles(), 1); // many small write transactions
                store.load(List.of(new ArticleGraph(Fixture.A1, Fixture.article2())), 1);
            }
            quads = quads(store);
            store.compact();
            assertEquals(quads, quads(store));
        }
        assertFalse(Files.exists(loc.resolve("Data-0001")), "the old generation is deleted");
        assertTrue(Files.isDirectory(loc.resolve("Data-0002")));
        try (DmkgStore store = DmkgStore.open(loc)) {
            assertEquals(quads, quads(store));
        }
    }

    @Test
    void loadingTwiceIsIdempotent() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            LoadResult first = store.load(Fixture.articles());
            assertEquals(2, first.articles());
            assertEquals(2, first.added());
            assertEquals(0, first.unchanged());
            long size = Fixture.storedQuads();
            assertEquals(size, first.triplesAdded());
            assertEquals(size, quads(store));

            LoadResult second = store.load(Fixture.articles());
            assertEquals(new LoadResult(2, 0, 2, 0), second);
            assertEquals(size, quads(store));
        }
    }

    @Test
    void reloadingIsIdempotentForLiteralsTdb2StoresInCanonicalForm() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            Model m = Fixture.article1();
            m.getResource(Fixture.A1).addLiteral(org.w3id.dmkg.rdf.DMKG.confidence,
                    m.createTypedLiteral(new java.math.BigDecimal("0.70")));
            store.load(List.of(new ArticleGraph(Fixture.A1, m)));
            assertEquals(new LoadResult(1, 0, 1, 0), store.load(List.of(new ArticleGraph(Fixture.A1, m))));
            assertEquals(Fixture.own(m).size() + Fixture.entities(m).size(), quads(store));
        }
    }

    @Test
    void reloadingAChangedArticleReplacesItsGraph() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            store.load(Fixture.articles(), 1);
            Model changed = Fixture.article2();
            changed.removeAll(changed.getResource(Fixture.VISIT), null, null);
            LoadResult r = store.load(List.of(new ArticleGraph(Fixture.A2, changed)));
            assertEquals(new LoadResult(1, 1, 0, 0), r);
            // the entity descriptions stay: others may name the entities too
            assertEquals(Fixture.own(Fixture.article1()).size() + Fixture.own(changed).size()
                    + Fixture.entities(Fixture.article1(), Fixture.article2()).size(), quads(store));
        }
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            store.load(Fixture.articles());
            store.loadReference(Fixture.reference(), Fixture.REFERENCE);
            long sources = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(
                        "SELECT (COUNT(*) AS ?n) { <" + Fixture.MEETING + "> <http://www.w3.org/ns/prov#wasDerivedFrom> ?a }")
                        .build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, sources, "the meeting is derived from both articles in the default graph");
            Stats s = Stats.of(store);
            assertEquals(new Stats(2, 3, 3, 2, 1, 3, 1, 1, s.triples(), 4), s);
            long union = Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionModel().size());
            assertEquals(union, s.triples());
        }
    }

    @Test
    void loadReferenceReplacesTheGraph() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            store.loadReference(Fixture.reference(), Fixture.REFERENCE);
            store.loadReference(Fixture.reference(), Fixture.REFERENCE);
            assertEquals(Fixture.reference().size(), quads(store));
        }
    }

    @Test
    void persistentStoreKeepsDataAcrossOpenings() {
        Path loc = tmp.resolve("db");
        try (DmkgStore store = DmkgStore.open(loc)) {
            store.load(Fixture.articles());
        }
        try (DmkgStore store = DmkgStore.open(loc)) {
            assertEquals(2, Stats.of(store).articles());
            assertEquals(2, store.load(Fixture.articles()).unchanged());
        }
    }

    @Test
    void openOnAFileFails() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-store.txt"), "hello");
        DmkgException e = assertThrows(DmkgException.class, () -> DmkgStore.open(file));
        assertEquals(DmkgException.STORE_UNAVAILABLE, e.exitCode());
        assertOneLine(e.getMessage());
        assertTrue(e.getMessage().startsWith("store " + file + ": "), e.getMessage());
    }

    @Test
    void openOnAForeignDirectoryFails() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("photos"));
        Files.writeString(dir.resolve("holiday.jpg"), "jpeg");
        DmkgException e = assertThrows(DmkgException.class, () -> DmkgStore.open(dir));
        assertEquals(DmkgException.STORE_UNAVAILABLE, e.exitCode());
        assertTrue(e.getMessage().contains("not a TDB2 database"), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void openOnAReadOnlyDirectoryFails() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        assertTrue(dir.toFile().setWritable(false));
        try {
            if (Files.isWritable(dir)) {
                return; // running as root: permissions are not enforced
            }
            DmkgException e = assertThrows(DmkgException.class, () -> DmkgStore.open(dir));
            assertEquals(DmkgException.STORE_UNAVAILABLE, e.exitCode());
            assertOneLine(e.getMessage());
        } finally {
            dir.toFile().setWritable(true);
        }
    }

    static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }
}
