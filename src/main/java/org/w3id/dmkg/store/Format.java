package org.w3id.dmkg.store;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ControlEscapes;

/**
 * Output formats of query results and exports. {@code TABLE}, {@code CSV}, {@code TSV}, {@code JSON}
 * (SPARQL results JSON) and {@code XML} (SPARQL results XML) apply to SELECT and ASK results; the
 * others are RDF syntaxes for CONSTRUCT and DESCRIBE results and for exports ({@code NQ} and
 * {@code TRIG} for datasets only).
 */
public enum Format {
    TABLE(null), CSV(null), TSV(null), JSON(null), XML(null),
    TTL(RDFFormat.TURTLE), NT(RDFFormat.NTRIPLES), NQ(RDFFormat.NQUADS), TRIG(RDFFormat.TRIG),
    JSONLD(RDFFormat.JSONLD), RDFXML(RDFFormat.RDFXML);

    private final RDFFormat rdfFormat;

    Format(RDFFormat rdfFormat) {
        this.rdfFormat = rdfFormat;
    }

    /**
     * The format named {@code name} for an RDF output (case-insensitive, {@code turtle}, {@code json-ld}
     * accepted; {@code xml} is RDF/XML here, see {@link #forAnswer} for query answers).
     */
    public static Format parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        switch (n) {
            case "turtle": return TTL;
            case "ntriples": return NT;
            case "nquads": return NQ;
            case "xml": case "rdf": return RDFXML;
            case "text": return TABLE;
            default:
                for (Format f : values()) {
                    if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
                        return f;
                    }
                }
                throw new DmkgException(DmkgException.USAGE, "format " + name
                        + ": unknown (one of table, csv, tsv, json, xml, ttl, nt, nq, trig, jsonld, rdfxml)");
        }
    }

    /**
     * The format of a query's answer named {@code name}: {@code xml} is SPARQL results XML for SELECT
     * and ASK, RDF/XML for CONSTRUCT and DESCRIBE; no name ({@code null} or blank) is {@code results}
     * for SELECT and ASK and Turtle for CONSTRUCT and DESCRIBE. Whether the format suits the query is
     * checked where it runs ({@link QueryRunner#run}).
     */
    public static Format forAnswer(String name, boolean graphQuery, Format results) {
        if (name == null || name.isBlank()) {
            return graphQuery ? TTL : results;
        }
        Format f = parse(name.strip());
        return f == RDFXML && !graphQuery && name.strip().equalsIgnoreCase("xml") ? XML : f;
    }

    /** Whether this is an RDF syntax rather than a results format. */
    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** Whether this RDF syntax can carry named graphs. */
    public boolean isQuads() {
        return this == NQ || this == TRIG;
    }

    /** The Jena writer format, null for results formats. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /**
     * {@code out} behind a filter that writes control characters as escapes this format reads back
     * ({@link ControlEscapes}): character references in RDF/XML and SPARQL results XML, {@code \}{@code u001b} in the others.
     * Close it (which leaves {@code out} open) when done.
     */
    public OutputStream escaping(OutputStream out) {
        return ControlEscapes.escaping(out, this == RDFXML || this == XML ? ControlEscapes.Style.XML : ControlEscapes.Style.UCHAR);
    }

    /** The Jena language, null for results formats. */
    public Lang lang() {
        return rdfFormat == null ? null : rdfFormat.getLang();
    }
}
