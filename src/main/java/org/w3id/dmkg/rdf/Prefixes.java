package org.w3id.dmkg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.ORG;

/** The prefixes dmkg writes its RDF with, in extraction output, exports and query results alike. */
public final class Prefixes {
    public static final PrefixMapping ALL = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("itsrdf", NIF.ITSRDF)
            .setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri)
            .setNsPrefix("dmkg", DMKG.NS)
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("id", DMKG.ID)
            .lock();

    private Prefixes() {
    }
}
