package org.w3id.dmkg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.w3id.dmkg.rdf.DMKG;

/**
 * Reconciles the persons of a dataset against a Wikidata-shaped endpoint: reads their profiles,
 * looks their names up (each label and its accent-free form), scores the candidates and decides.
 * Changes nothing: the caller stores {@link LinkResult#links()} in {@link #GRAPH}. Not
 * thread-safe, like its candidate source.
 */
public final class Reconciler {
    /** The named graph holding the links, replaced as a whole by each run. */
    public static final String GRAPH = DMKG.ID + "graph/links";

    private final WikidataCandidates source;
    private final Scorer scorer;

    public Reconciler(WikidataCandidates source, Scorer scorer) {
        this.source = source;
        this.scorer = scorer;
    }

    /**
     * Decides for every person of {@code dataset}, whose default graph must be the union of its
     * named graphs (as in the dmkg store).
     *
     * @throws org.w3id.dmkg.DmkgException {@code REMOTE_FAILED} when the endpoint fails; nothing is
     *                                     decided then
     */
    public LinkResult reconcile(Dataset dataset) {
        List<PersonProfile> people = PersonProfiles.read(dataset);
        TreeSet<String> names = new TreeSet<>();
        people.forEach(p -> names.addAll(queryNames(p)));
        Map<String, Map<String, Candidate>> found = source.lookup(names);
        List<Decision> decisions = new ArrayList<>(people.size());
        for (PersonProfile p : people) {
            decisions.add(scorer.decide(p, candidates(p, found)));
        }
        return new LinkResult(decisions);
    }

    /** The names asked for a person: each label as written and without accents. */
    static TreeSet<String> queryNames(PersonProfile p) {
        TreeSet<String> names = new TreeSet<>();
        for (String label : p.labels()) {
            names.add(label.strip());
            names.add(NameKeys.stripAccents(label.strip()));
        }
        return names;
    }

    /** The person's candidates over all its names, each entity once with its best name match. */
    private static Collection<Candidate> candidates(PersonProfile p, Map<String, Map<String, Candidate>> found) {
        Map<String, Candidate> merged = new TreeMap<>();
        for (String name : queryNames(p)) {
            found.getOrDefault(name, Map.of()).forEach((iri, c) -> merged.merge(iri, c, Candidate::withBestMatch));
        }
        return merged.values();
    }
}
