package org.w3id.dmkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.rdf.DMKG;

/**
 * The reference data shipped with dmkg: countries, international and national organizations,
 * cities and venues, read once from the Turtle files under {@code org/w3id/dmkg/reference/} on
 * the classpath. The recognizers' gazetteer and the {@code owl:sameAs} links both come from here,
 * so each fact lives in one place.
 *
 * <p>Instances are immutable after loading and safe to share between threads; the model returned
 * by {@link #model()} must not be modified.
 */
public final class ReferenceData {
    /** Name of the named graph the reference data is loaded into. */
    public static final String GRAPH = DMKG.ID + "graph/reference";
    /** Classpath folder of the reference files. */
    public static final String RESOURCE_DIR = "org/w3id/dmkg/reference/";
    /** The reference files, in load order. */
    public static final List<String> FILES = List.of("countries.ttl", "organizations.ttl", "places.ttl", "regions.ttl");

    private static volatile ReferenceData instance;

    private final Model model;
    private final List<GazetteerEntry> entries;
    private final Map<String, List<String>> sameAs;

    private ReferenceData(Model model) {
        this.model = model;
        this.entries = List.copyOf(GazetteerEntries.of(model));
        this.sameAs = sameAsByKey(model);
    }

    /**
     * The reference data, parsed on first call and shared afterwards.
     *
     * @throws DmkgException with {@link DmkgException#INVALID_DATA} when a file is missing or malformed
     */
    public static ReferenceData load() {
        ReferenceData result = instance;
        if (result == null) {
            synchronized (ReferenceData.class) {
                result = instance;
                if (result == null) {
                    result = new ReferenceData(read());
                    instance = result;
                }
            }
        }
        return result;
    }

    private static Model read() {
        Model model = ModelFactory.createDefaultModel();
        ClassLoader loader = ReferenceData.class.getClassLoader();
        for (String file : FILES) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + file)) {
                if (in == null) {
                    throw new DmkgException(DmkgException.INVALID_DATA,
                            "reference data: " + file + ": not found on the classpath");
                }
                RDFParser.create().source(in).lang(Lang.TURTLE).base(DMKG.ID).parse(model);
            } catch (IOException | RiotException e) {
                throw new DmkgException(DmkgException.INVALID_DATA,
                        "reference data: " + file + ": " + e.getMessage(), e);
            }
        }
        return model;
    }

    /** The whole reference graph; read-only by contract. */
    public Model model() {
        return model;
    }

    /** Every country, organization, city and venue as a gazetteer entry, sorted by key. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * The {@code owl:sameAs} IRIs of a resource, sorted.
     *
     * @param key the resource's key, e.g. {@code country/CN}
     * @return the IRIs, empty when the key is unknown or has none
     */
    public List<String> sameAs(String key) {
        return sameAs.getOrDefault(key, List.of());
    }

    /** The key of a dmkg resource: its IRI without {@link DMKG#ID}, or null for other nodes. */
    static String key(RDFNode node) {
        if (node == null || !node.isURIResource()) {
            return null;
        }
        String iri = node.asResource().getURI();
        return iri.startsWith(DMKG.ID) ? iri.substring(DMKG.ID.length()) : null;
    }

    private static Map<String, List<String>> sameAsByKey(Model model) {
        Map<String, List<String>> result = new TreeMap<>();
        model.listStatements(null, OWL.sameAs, (RDFNode) null).forEach(st -> {
            String key = key(st.getSubject());
            if (key != null && st.getObject().isURIResource()) {
                result.computeIfAbsent(key, k -> new ArrayList<>()).add(st.getResource().getURI());
            }
        });
        result.replaceAll((k, v) -> v.stream().sorted(Comparator.naturalOrder()).toList());
        return Map.copyOf(result);
    }
}
