package org.w3id.dmkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 core terms dmkg uses for evidence spans, {@code http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#}. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");

    private NIF() {
    }
}
