package org.w3id.dmkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * Looks names up in a Wikidata-shaped endpoint: items whose English {@code rdfs:label} or
 * {@code skos:altLabel} is exactly the name, with their types, citizenships and positions held.
 * Names are sent in sorted batches as {@code "..."@en} literals in a VALUES block built with
 * Jena's query model (so any character in a name stays data), and the same names always give
 * the same query text (and hit the cache). Not thread-safe, like its endpoint.
 */
public final class WikidataCandidates {
    /** Instance-of value of humans, {@code wd:Q5}. */
    public static final String HUMAN = "http://www.wikidata.org/entity/Q5";
    private static final String TEMPLATE = Resources.text("candidates.rq");

    private final SparqlEndpoint endpoint;
    private final int batchSize;

    public WikidataCandidates(SparqlEndpoint endpoint, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.endpoint = endpoint;
        this.batchSize = batchSize;
    }

    /** The query asking for {@code names}, as sent. */
    static String query(Collection<String> names) {
        Query query = QueryFactory.create(TEMPLATE);
        Var name = Var.alloc("name");
        query.setValuesDataBlock(List.of(name),
                names.stream().map(n -> BindingFactory.binding(name, NodeFactory.createLiteralLang(n, "en"))).toList());
        return query.serialize();
    }

    /**
     * The candidates of each name: for every name asked, the items it matched, keyed by item IRI.
     * Names without a match map to an empty map.
     */
    public Map<String, Map<String, Candidate>> lookup(Collection<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        Map<String, Map<String, Candidate>> result = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i += batchSize) {
            List<String> batch = sorted.subList(i, Math.min(sorted.size(), i + batchSize));
            Map<String, Map<String, Facts>> facts = new HashMap<>();
            endpoint.select(query(batch)).forEachRemaining(row -> facts
                    .computeIfAbsent(row.getLiteral("name").getLexicalForm(), k -> new TreeMap<>())
                    .computeIfAbsent(row.getResource("item").getURI(), k -> new Facts()).add(row));
            for (String name : batch) {
                Map<String, Candidate> byItem = new TreeMap<>();
                facts.getOrDefault(name, Map.of()).forEach((iri, f) -> byItem.put(iri, f.candidate(iri)));
                result.put(name, byItem);
            }
        }
        return result;
    }

    /** The facts about one item collected from its rows. */
    private static final class Facts {
        boolean label;
        boolean human;
        final Set<String> citizenships = new HashSet<>();
        final Set<HeldPosition> positions = new HashSet<>();

        void add(QuerySolution row) {
            label |= "label".equals(row.getLiteral("match").getLexicalForm());
            human |= row.contains("type") && HUMAN.equals(row.getResource("type").getURI());
            if (row.contains("citizenship") && row.get("citizenship").isURIResource()) {
                citizenships.add(row.getResource("citizenship").getURI());
            }
            if (row.contains("position") && row.get("position").isURIResource()) {
                String iri = row.getResource("position").getURI();
                String label = row.contains("positionLabel") ? row.getLiteral("positionLabel").getLexicalForm() : "";
                LocalDate start = PersonProfiles.date(row.get("start"));
                LocalDate end = PersonProfiles.date(row.get("end"));
                positions.add(new HeldPosition(iri, label, start, end));
            }
        }

        Candidate candidate(String iri) {
            List<HeldPosition> held = new ArrayList<>(positions);
            held.sort(Comparator.comparing(HeldPosition::iri).thenComparing(HeldPosition::label)
                    .thenComparing(HeldPosition::start, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new Candidate(iri, label, human, citizenships, held);
        }
    }
}
