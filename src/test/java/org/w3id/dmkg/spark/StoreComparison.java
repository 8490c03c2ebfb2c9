package org.w3id.dmkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.w3id.dmkg.store.DmkgStore;

/** Compares two stores graph by graph: the same named graphs, each isomorphic, and the same union. */
final class StoreComparison {
    private StoreComparison() {
    }

    /**
     * Asserts that the stores at {@code expected} and {@code actual} hold the same named graphs, each
     * isomorphic to its counterpart, and unions of the same size.
     *
     * @param articles how many article graphs both must hold (the reference graph aside)
     */
    static void assertSameGraphs(Path expected, Path actual, int articles) {
        try (DmkgStore e = DmkgStore.open(expected); DmkgStore a = DmkgStore.open(actual)) {
            Dataset de = e.dataset();
            Dataset da = a.dataset();
            Txn.executeRead(de, () -> Txn.executeRead(da, () -> {
                Set<String> names = names(de);
                assertEquals(names, names(da), "named graphs");
                assertEquals(articles, names.stream().filter(n -> n.contains("/id/article/")).count());
                for (String name : names) {
                    Model me = inMemory(de.getNamedModel(name));
                    Model ma = inMemory(da.getNamedModel(name));
                    assertEquals(me.size(), ma.size(), name);
                    assertTrue(me.isIsomorphicWith(ma), () -> name + " differs:\n" + difference(me, ma));
                }
                assertEquals(de.getUnionModel().size(), da.getUnionModel().size(), "union");
                assertTrue(de.getUnionModel().size() > 0);
            }));
        }
    }

    /** The size of each article graph of the store at {@code store}, by graph name. */
    static Map<String, Long> articleGraphSizes(Path store) {
        try (DmkgStore s = DmkgStore.open(store)) {
            Dataset d = s.dataset();
            return Txn.calculateRead(d, () -> {
                Map<String, Long> sizes = new TreeMap<>();
                for (String name : names(d)) {
                    if (name.contains("/id/article/")) {
                        sizes.put(name, d.getNamedModel(name).size());
                    }
                }
                return sizes;
            });
        }
    }

    /**
     * A copy in memory, compared term by term. TDB2 keeps small decimals inline by value with their
     * scale, so a direct load's 0.90 (BigDecimal scale 2) and a shard's parsed "0.9" are different
     * TDB2 nodes that both read back as the term "0.9"; comparing inside TDB2 would report a difference
     * no reader of the store can see.
     */
    private static Model inMemory(Model stored) {
        return ModelFactory.createDefaultModel().add(stored);
    }

    /** The triples of each graph that the other lacks, sorted, in N-Triples. */
    private static String difference(Model expected, Model actual) {
        return "--- only expected:\n" + only(expected, actual) + "--- only actual:\n" + only(actual, expected);
    }

    private static String only(Model a, Model b) {
        Set<String> lines = new TreeSet<>();
        a.getGraph().find().forEachRemaining(t -> {
            if (!b.getGraph().contains(t)) {
                lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                        + NodeFmtLib.strNT(t.getObject()) + "\n");
            }
        });
        return String.join("", lines);
    }

    private static Set<String> names(Dataset d) {
        Set<String> names = new TreeSet<>();
        d.listNames().forEachRemaining(names::add);
        return names;
    }
}
