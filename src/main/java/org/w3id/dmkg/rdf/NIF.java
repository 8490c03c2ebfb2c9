package org.w3id.dmkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NIF 2.0 core terms dmkg uses for evidence spans, {@code http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#},
 * and the one term of the ITS 2.0 RDF vocabulary ({@code http://www.w3.org/2005/11/its/rdf#}) NIF uses to say what a
 * phrase names.
 */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
    public static final Property superString = ResourceFactory.createProperty(NS, "superString");
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");

    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    /** What a phrase names: a person, a place, a meeting. */
    public static final Property taIdentRef = ResourceFactory.createProperty(ITSRDF, "taIdentRef");

    private NIF() {
    }
}
