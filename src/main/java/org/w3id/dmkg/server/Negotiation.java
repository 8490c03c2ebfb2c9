package org.w3id.dmkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3id.dmkg.store.Format;

/**
 * Chooses the format of a named query's answer: an explicit {@code ?format=} wins ({@code xml} is
 * SPARQL results XML for SELECT and ASK, RDF/XML for graphs), then the
 * {@code Accept} header (by quality, the first media type that suits the query's form), then
 * SPARQL results JSON for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE. Stateless.
 */
final class Negotiation {
    private static final Map<String, Format> RESULTS = Map.of(
            "application/sparql-results+json", Format.JSON, "application/json", Format.JSON,
            "application/sparql-results+xml", Format.XML, "application/xml", Format.XML,
            "text/csv", Format.CSV, "text/tab-separated-values", Format.TSV, "text/plain", Format.TABLE);
    private static final Map<String, Format> GRAPHS = Map.of(
            "text/turtle", Format.TTL, "application/ld+json", Format.JSONLD,
            "application/n-triples", Format.NT, "application/rdf+xml", Format.RDFXML);

    private Negotiation() {
    }

    /**
     * The format for an answer. {@code format} and {@code accept} may be null.
     *
     * @throws org.w3id.dmkg.DmkgException {@link org.w3id.dmkg.DmkgException#USAGE} for an unknown {@code format}
     */
    static Format choose(String format, String accept, boolean graphQuery) {
        if (format != null && !format.isBlank()) {
            return Format.forAnswer(format, graphQuery, Format.JSON);
        }
        Map<String, Format> known = graphQuery ? GRAPHS : RESULTS;
        for (String type : mediaTypes(accept)) {
            Format f = known.get(type);
            if (f != null) {
                return f;
            }
        }
        return graphQuery ? Format.TTL : Format.JSON;
    }

    /** The media types of an Accept header, highest quality first, without parameters. */
    static List<String> mediaTypes(String accept) {
        record Ranked(String type, double q, int order) {
        }
        List<Ranked> ranked = new ArrayList<>();
        if (accept != null) {
            String[] parts = accept.split(",");
            for (int i = 0; i < parts.length; i++) {
                String[] fields = parts[i].split(";");
                double q = 1.0;
                for (int j = 1; j < fields.length; j++) {
                    String f = fields[j].strip();
                    if (f.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(f.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (q > 0) {
                    ranked.add(new Ranked(fields[0].strip().toLowerCase(Locale.ROOT), q, i));
                }
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.q()).thenComparingInt(Ranked::order));
        return ranked.stream().map(Ranked::type).toList();
    }

    /** The Content-Type header of an answer in {@code format}. */
    static String contentType(Format format) {
        String type = switch (format) {
            case JSON -> "application/sparql-results+json";
            case XML -> "application/sparql-results+xml";
            case CSV -> "text/csv";
            case TSV -> "text/tab-separated-values";
            case TTL -> "text/turtle";
            case JSONLD -> "application/ld+json";
            case NT -> "application/n-triples";
            case NQ -> "application/n-quads";
            case TRIG -> "application/trig";
            case RDFXML -> "application/rdf+xml";
            case TABLE -> "text/plain";
        };
        return type + "; charset=utf-8";
    }
}
