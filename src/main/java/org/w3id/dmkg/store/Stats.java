package org.w3id.dmkg.store;

import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Counts of what a store holds, over the union of its named graphs.
 *
 * @param articles       distinct {@code schema:NewsArticle}s
 * @param meetings       distinct {@code dmkg:Meeting}s
 * @param persons        distinct {@code schema:Person}s
 * @param countries      distinct {@code schema:Country}s
 * @param organizations  distinct {@code org:Organization}s (including international ones)
 * @param officeHoldings distinct {@code org:Membership}s
 * @param anniversaries  distinct {@code dmkg:Anniversary}s
 * @param statements     distinct {@code dmkg:Statement}s
 * @param triples        distinct triples of the union graph
 * @param namedGraphs    named graphs (articles and reference data)
 */
public record Stats(long articles, long meetings, long persons, long countries, long organizations,
        long officeHoldings, long anniversaries, long statements, long triples, long namedGraphs) {

    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX dmkg: <https://w3id.org/dmkg/ontology#>
            """;

    /** Counts what {@code store} holds, in one read transaction. */
    public static Stats of(DmkgStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> new Stats(
                instances(ds, "schema:NewsArticle"),
                instances(ds, "dmkg:Meeting"),
                instances(ds, "schema:Person"),
                instances(ds, "schema:Country"),
                instances(ds, "org:Organization org:FormalOrganization dmkg:InternationalOrganization"),
                instances(ds, "org:Membership"),
                instances(ds, "dmkg:Anniversary"),
                instances(ds, "dmkg:Statement"),
                distinctTriples(ds),
                count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }")));
    }

    private static long instances(Dataset ds, String classes) {
        return count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) { VALUES ?c { " + classes + " } ?x a ?c }");
    }

    /**
     * Triples of the union graph, counted on TDB2's SPOG quad index, where the copies of a triple in
     * several graphs are adjacent: in constant memory, where a SPARQL DISTINCT would hold every triple.
     */
    private static long distinctTriples(Dataset ds) {
        TupleIndex spog = null;
        for (TupleIndex i : TDBInternal.getDatasetGraphTDB(ds).getQuadTable().getNodeTupleTable().getTupleTable()
                .getIndexes()) {
            if (i.getName().equalsIgnoreCase("SPOG")) {
                spog = i;
            }
        }
        if (spog == null) {
            return count(ds, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }");
        }
        long n = 0;
        Tuple<NodeId> last = null;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next(); // G S P O
            if (last == null || !q.get(1).equals(last.get(1)) || !q.get(2).equals(last.get(2))
                    || !q.get(3).equals(last.get(3))) {
                n++;
            }
            last = q;
        }
        return n;
    }

    private static long count(Dataset ds, String select) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + select)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
