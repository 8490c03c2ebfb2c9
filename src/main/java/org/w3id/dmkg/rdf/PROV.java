package org.w3id.dmkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms dmkg uses, {@code http://www.w3.org/ns/prov#}. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private PROV() {
    }
}
