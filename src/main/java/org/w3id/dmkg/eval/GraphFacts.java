package org.w3id.dmkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The facts a graph states, read once with the SPARQL queries next to this class (the scorer's
 * queries, public vocabulary only) and grouped by article. Immutable after construction; thread-safe.
 */
public final class GraphFacts {
    private static final String[] QUERIES = {"articles", "meetings", "offices", "anniversaries", "mentions"};

    private final Map<String, Set<String>> articlesByUrl = new HashMap<>();
    private final Map<String, List<Map<String, String>>> rows = new HashMap<>();

    /** Reads the union of a dataset's default and named graphs. */
    public static GraphFacts of(Dataset dataset) {
        return new GraphFacts(ModelFactory.createUnion(dataset.getDefaultModel(), dataset.getUnionModel()));
    }

    /** Reads a model. */
    public GraphFacts(Model model) {
        for (String q : QUERIES) {
            rows.put(q, select(model, DataFiles.text(q + ".rq")));
        }
        for (Map<String, String> r : rows.get("articles")) {
            articlesByUrl.computeIfAbsent(r.get("url").strip(), k -> new LinkedHashSet<>()).add(r.get("a"));
        }
    }

    /** The article resources whose {@code schema:url} is {@code url} (trimmed); empty when none. */
    public Set<String> articles(String url) {
        return articlesByUrl.getOrDefault(url.strip(), Set.of());
    }

    /** Everything the graph says about the given article resources, as one article. */
    public PredictedArticle facts(Set<String> articles, Aliases aliases) {
        Map<String, Map<String, Set<String>>> people = new LinkedHashMap<>();
        Map<String, PredictedArticle.Meeting> meetings = new LinkedHashMap<>();
        for (Map<String, String> r : of("meetings", articles)) {
            var m = meetings.computeIfAbsent(r.get("m"), k -> new PredictedArticle.Meeting(k, new ArrayList<>(),
                    new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            var byPerson = people.computeIfAbsent(r.get("m"), k -> new LinkedHashMap<>());
            if (r.containsKey("p")) {
                Set<String> labels = byPerson.computeIfAbsent(r.get("p"), k -> {
                    Set<String> s = new LinkedHashSet<>();
                    m.attendees().add(s);
                    return s;
                });
                add(labels, r.get("pl"), Function.identity());
            }
            add(m.dates(), r.get("date"), d -> d.substring(0, Math.min(10, d.length())));
            add(m.places(), r.get("place"), Matching::norm);
            add(m.confidences(), r.get("conf"), Function.identity());
        }
        Map<String, PredictedArticle.Office> offices = new LinkedHashMap<>();
        for (Map<String, String> r : of("offices", articles)) {
            var h = offices.computeIfAbsent(r.get("h"), k -> new PredictedArticle.Office(k, new LinkedHashSet<>(),
                    new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            h.persons().add(r.get("person"));
            h.roles().add(r.get("role"));
            add(h.countries(), r.get("country"), aliases::country);
            add(h.organizations(), r.get("org"), aliases::organization);
        }
        Map<String, PredictedArticle.Anniversary> anniversaries = new LinkedHashMap<>();
        for (Map<String, String> r : of("anniversaries", articles)) {
            var x = anniversaries.computeIfAbsent(r.get("x"), k -> new PredictedArticle.Anniversary(k,
                    new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            x.ordinals().add(r.get("n"));
            add(x.years(), r.get("year"), y -> y.substring(0, Math.min(4, y.length())));
            add(x.events(), r.get("event"), Function.identity());
        }
        Map<String, Map<String, Set<String>>> mentions = new HashMap<>();
        for (Map<String, String> r : of("mentions", articles)) {
            mentions.computeIfAbsent(r.get("kind"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("e"), k -> new LinkedHashSet<>()).add(r.get("label"));
        }
        return new PredictedArticle(List.copyOf(meetings.values()), List.copyOf(offices.values()),
                List.copyOf(anniversaries.values()), List.copyOf(labels(mentions, "person", Function.identity())),
                distinct(labels(mentions, "country", aliases::country)),
                distinct(labels(mentions, "organization", aliases::organization)));
    }

    private List<Map<String, String>> of(String query, Set<String> articles) {
        return rows.get(query).stream().filter(r -> articles.contains(r.get("a"))).toList();
    }

    private static void add(Set<String> set, String value, Function<String, String> f) {
        if (value != null) {
            set.add(f.apply(value));
        }
    }

    private static List<Set<String>> labels(Map<String, Map<String, Set<String>>> mentions, String kind,
            Function<String, String> f) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> labels : mentions.getOrDefault(kind, Map.of()).values()) {
            Set<String> mapped = new LinkedHashSet<>();
            labels.forEach(l -> mapped.add(f.apply(l)));
            out.add(mapped);
        }
        return out;
    }

    private static List<Set<String>> distinct(List<Set<String>> sets) {
        return List.copyOf(new LinkedHashSet<>(sets));
    }

    /** Each solution as variable name to lexical form, IRI or blank-node label. */
    private static List<Map<String, String>> select(Model model, String query) {
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, value(s.get(v))));
                out.add(row);
            }
        }
        return out;
    }

    private static String value(RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : "_:" + n.asResource().getId().getLabelString();
    }
}
