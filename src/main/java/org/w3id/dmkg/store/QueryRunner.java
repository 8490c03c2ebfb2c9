package org.w3id.dmkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.XmlChars;

/**
 * Runs SPARQL queries over a {@link DmkgStore}, each inside one read transaction, over the union
 * of the named graphs. Parameters are bound as RDF literals by Jena's query substitution, never by
 * editing the query text: a value is always data, whatever characters it holds. Values of the
 * parameters {@code from}, {@code to} and {@code date} must be dates, {@code YYYY-MM-DD}, and are bound
 * as {@code xsd:date} (another value is {@link DmkgException#USAGE}), all others as {@code xsd:string}. A runner made with a timeout cancels a query
 * that runs longer ({@link org.apache.jena.query.QueryCancelledException}). Thread-safe.
 */
public final class QueryRunner {
    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> DATE_PARAMS = Set.of("from", "to", "date");

    private final DmkgStore store;
    private final Duration timeout;
    private final Context context;

    /** A runner without a time limit. */
    public QueryRunner(DmkgStore store) {
        this(store, null);
    }

    /** A runner whose queries are cancelled after {@code timeout} (null: no limit). */
    public QueryRunner(DmkgStore store, Duration timeout) {
        this(store, timeout, new Context());
    }

    /**
     * A runner whose queries are cancelled after {@code timeout} (null: no limit) and run with the
     * settings of {@code context} (the server's, which decides what SERVICE may call).
     */
    public QueryRunner(DmkgStore store, Duration timeout, Context context) {
        this.store = store;
        this.timeout = timeout;
        this.context = context;
    }

    /**
     * Runs {@code query} and writes its result to {@code out}: SELECT and ASK results as
     * {@code TABLE}, {@code CSV}, {@code TSV}, {@code JSON} or {@code XML}; CONSTRUCT and DESCRIBE graphs
     * in an RDF triple syntax. Control characters in values are written as escapes ({@link Format#escaping}:
     * {@code \}{@code u001b} in CSV, TSV, JSON and Turtle, a character reference in XML), the table
     * shows them escaped too. The table is for people: each IRI under its name in the store when it
     * has one, each literal as its text (a plain date); CSV, TSV, JSON and XML keep IRIs and datatypes.
     * {@code out} is not closed.
     *
     * @throws DmkgException {@link DmkgException#USAGE} when {@code format} does not suit the query's form
     */
    public void run(Query query, Map<String, String> params, Format format, OutputStream out) {
        run(query, params, format, out, RowCap.NONE);
    }

    /**
     * {@link #run(Query, Map, Format, OutputStream)} with a SELECT answer cut at {@code cap}'s rows.
     *
     * @return whether the answer was cut: the query has more rows than {@code out} was given
     */
    public boolean run(Query query, Map<String, String> params, Format format, OutputStream out, RowCap cap) {
        boolean graphQuery = query.isConstructType() || query.isDescribeType();
        if (graphQuery != format.isRdf() || format.isQuads()) {
            throw new DmkgException(DmkgException.USAGE, "format " + format.name().toLowerCase(Locale.ROOT)
                    + " does not apply to a " + query.queryType().name() + " query (it takes "
                    + (graphQuery ? "ttl, nt, jsonld, rdfxml" : "table, csv, tsv, json, xml") + ")");
        }
        boolean[] cut = {false};
        Query capped = cap.apply(query.cloneQuery());
        try (OutputStream escaped = format.escaping(out)) {
            execute(capped, params, qe -> {
                if (graphQuery) {
                    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(escaped, format == Format.RDFXML ? XmlChars.forXml(m) : m, format.rdfFormat());
                } else if (query.isAskType()) {
                    AnswerWriter.ask(qe.execAsk(), format, escaped);
                } else {
                    RowSet rows = cap.limit(RowSet.adapt(qe.execSelect()), () -> cut[0] = true);
                    AnswerWriter.select(ResultSet.adapt(rows), query, format, this::label, escaped);
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cut[0];
    }

    /** Runs a SELECT query and returns its rows: variable to IRI or literal lexical form (unbound omitted). */
    public List<Map<String, String>> select(Query query, Map<String, String> params) {
        if (!query.isSelectType()) {
            throw new DmkgException(DmkgException.USAGE, "not a SELECT query");
        }
        return execute(query, params, qe -> {
            List<Map<String, String>> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : rs.getResultVars()) {
                    RDFNode n = s.get(v);
                    if (n != null) {
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private <T> T execute(Query query, Map<String, String> params, Function<QueryExecution, T> action) {
        QueryExecutionDatasetBuilder b = QueryExecution.dataset(store.dataset()).query(query);
        // entry by entry: a context given whole would become the execution's own, written into by each run
        context.keys().forEach(k -> b.set(k, context.get(k)));
        b.set(TDB2.symUnionDefaultGraph, true);
        if (timeout != null) {
            b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        params.forEach((name, value) -> b.substitution(name, literal(name, value)));
        long start = System.nanoTime();
        try {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = b.build()) {
                    return action.apply(qe);
                }
            });
        } catch (RuntimeException e) {
            // a query cancelled inside a hash join may stop with another exception: past the timeout, it timed out
            if (timeout != null && !(e instanceof QueryCancelledException) && !(e instanceof DmkgException)
                    && System.nanoTime() - start >= timeout.toNanos()) {
                throw new QueryCancelledException();
            }
            throw e;
        }
    }

    /** The literal a parameter value is bound to. */
    static RDFNode literal(String name, String value) {
        if (name == null || !PARAM_NAME.matcher(name).matches()) {
            throw new DmkgException(DmkgException.USAGE, "parameter " + name + ": not a variable name");
        }
        if (value == null) {
            throw new DmkgException(DmkgException.USAGE, "parameter " + name + ": no value");
        }
        if (DATE_PARAMS.contains(name)) {
            // a value that is no date would compare as an error, which the queries read as "no limit"
            try {
                if (!DATE.matcher(value).matches()) {
                    throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
                }
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new DmkgException(DmkgException.USAGE, "parameter " + name + ": " + value
                        + " is not a date (YYYY-MM-DD)");
            }
            return ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDdate);
        }
        return ResourceFactory.createStringLiteral(value);
    }

    /**
     * The name of {@code iri} in the store, as the named queries give it: its {@code skos:prefLabel},
     * else the greatest of its {@code rdfs:label}s in code-point order; null when it has none. Inside a
     * read transaction.
     */
    private String label(Node iri) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        String preferred = greatest(dsg, iri, SKOS.prefLabel.asNode());
        return preferred != null ? preferred : greatest(dsg, iri, RDFS.Nodes.label);
    }

    private static String greatest(DatasetGraph dsg, Node s, Node p) {
        String best = null;
        for (Quad q : Iter.toList(dsg.find(Quad.unionGraph, s, p, Node.ANY))) {
            if (q.getObject().isLiteral()) {
                String l = q.getObject().getLiteralLexicalForm();
                if (best == null || l.compareTo(best) > 0) {
                    best = l;
                }
            }
        }
        return best;
    }
}
