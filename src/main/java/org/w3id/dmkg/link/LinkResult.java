package org.w3id.dmkg.link;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.dmkg.link.Decision.Outcome;
import org.w3id.dmkg.rdf.DMKG;

/** The decisions of one linking run, one per person, sorted by person IRI. */
public record LinkResult(List<Decision> decisions) {
    public LinkResult {
        decisions = List.copyOf(decisions);
    }

    public int considered() {
        return decisions.size();
    }

    public long count(Outcome outcome) {
        return decisions.stream().filter(d -> d.outcome() == outcome).count();
    }

    public List<Decision> of(Outcome outcome) {
        return decisions.stream().filter(d -> d.outcome() == outcome).toList();
    }

    /**
     * The links as a graph: for each linked person, {@code owl:sameAs} the entity and
     * {@code dmkg:linkConfidence} (xsd:decimal). One link per person, so the confidence on the
     * person is the confidence of that link.
     */
    public Model links() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("owl", OWL.NS).setNsPrefix("dmkg", DMKG.NS).setNsPrefix("wd", "http://www.wikidata.org/entity/");
        for (Decision d : of(Outcome.LINKED)) {
            m.createResource(d.person().iri())
                    .addProperty(OWL.sameAs, m.createResource(d.link().iri()))
                    .addLiteral(DMKG.linkConfidence, m.createTypedLiteral(d.confidence()));
        }
        return m;
    }
}
