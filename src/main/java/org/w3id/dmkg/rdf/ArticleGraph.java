package org.w3id.dmkg.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * The RDF produced from one article: the article's IRI, which also names its graph, and the
 * statements of that graph.
 */
public record ArticleGraph(String articleIri, Model model) {
}
