package org.w3id.dmkg.store;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ControlEscapes;

/**
 * Output formats of query results and exports. {@code TABLE}, {@code CSV}, {@code TSV} and
 * {@code JSON} (SPARQL results JSON) apply to SELECT and ASK results; the others are RDF syntaxes
 * for CONSTRUCT and DESCRIBE results and for exports ({@code NQ} and {@code TRIG} for datasets only).
 */
public enum Format {
    TABLE(null), CSV(null), TSV(null), JSON(null),
    TTL(RDFFormat.TURTLE), NT(RDFFormat.NTRIPLES), NQ(RDFFormat.NQUADS), TRIG(RDFFormat.TRIG),
    JSONLD(RDFFormat.JSONLD), RDFXML(RDFFormat.RDFXML);

    private final RDFFormat rdfFormat;

    Format(RDFFormat rdfFormat) {
        this.rdfFormat = rdfFormat;
    }

    /** The format named {@code name} (case-insensitive, {@code turtle}, {@code json-ld} and {@code xml} accepted). */
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
                        + ": unknown (one of table, csv, tsv, json, ttl, nt, nq, trig, jsonld, rdfxml)");
        }
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
     * ({@link ControlEscapes}): character references in RDF/XML, {@code \}{@code u001b} in the others.
     * Close it (which leaves {@code out} open) when done.
     */
    public OutputStream escaping(OutputStream out) {
        return ControlEscapes.escaping(out, this == RDFXML ? ControlEscapes.Style.XML : ControlEscapes.Style.UCHAR);
    }

    /** The Jena language, null for results formats. */
    public Lang lang() {
        return rdfFormat == null ? null : rdfFormat.getLang();
    }
}
