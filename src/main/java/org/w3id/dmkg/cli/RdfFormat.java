package org.w3id.dmkg.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serializations the commands write. */
enum RdfFormat {
    ttl(RDFFormat.TURTLE_PRETTY, false), nt(RDFFormat.NTRIPLES, false), nq(RDFFormat.NQUADS, true),
    trig(RDFFormat.TRIG_PRETTY, true), jsonld(RDFFormat.JSONLD11, true), rdfxml(RDFFormat.RDFXML_PLAIN, false);

    final RDFFormat format;
    /** Whether the format keeps named graphs (one per article). */
    final boolean quads;

    RdfFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    Lang lang() {
        return format.getLang();
    }
}
