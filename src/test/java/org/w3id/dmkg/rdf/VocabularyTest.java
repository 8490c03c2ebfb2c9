package org.w3id.dmkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every constant of {@link DMKG} is declared by {@code ontology/dmkg.ttl}, and every dmkg term declared there has a constant. */
class VocabularyTest {
    /** Properties allowed without rdfs:domain or rdfs:range; none at present. */
    private static final Set<String> NO_DOMAIN_OR_RANGE = Set.of();

    private static Model ontology;

    @BeforeAll
    static void readOntology() throws Exception {
        ontology = ModelFactory.createDefaultModel();
        try (InputStream in = VocabularyTest.class.getClassLoader()
                .getResourceAsStream("org/w3id/dmkg/ontology/dmkg.ttl")) {
            RDFDataMgr.read(ontology, in, Lang.TURTLE);
        }
    }

    static List<Resource> constants() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : DMKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                terms.add((Resource) f.get(null));
            }
        }
        return terms;
    }

    @Test
    void everyConstantIsDeclaredWithLabelAndComment() throws Exception {
        List<Resource> terms = constants();
        assertTrue(terms.size() > 30, "reflection found the constants");
        for (Resource t : terms) {
            Resource r = ontology.getResource(t.getURI());
            assertTrue(r.hasProperty(RDFS.label), t + " has a label");
            assertTrue(r.hasProperty(RDFS.comment), t + " has a comment");
            if (t instanceof Property) {
                assertTrue(r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty),
                        t + " is an owl:ObjectProperty or owl:DatatypeProperty");
                if (!NO_DOMAIN_OR_RANGE.contains(t.getLocalName())) {
                    assertTrue(r.hasProperty(RDFS.domain), t + " has a domain");
                    assertTrue(r.hasProperty(RDFS.range), t + " has a range");
                }
            } else {
                assertTrue(r.hasProperty(RDF.type, OWL.Class) || r.hasProperty(RDF.type, OWL.NamedIndividual),
                        t + " is an owl:Class or owl:NamedIndividual");
            }
        }
    }

    @Test
    void individualsAreMeetingStatuses() {
        for (Resource t : List.of(DMKG.Occurred, DMKG.Planned)) {
            assertTrue(ontology.contains(t, RDF.type, OWL.NamedIndividual), t.toString());
            assertTrue(ontology.contains(t, RDF.type, DMKG.MeetingStatus), t.toString());
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws Exception {
        Set<String> constants = new TreeSet<>();
        constants().forEach(r -> constants.add(r.getURI()));
        Set<String> declared = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DMKG.NS)) {
                declared.add(s.getURI());
            }
        });
        declared.removeAll(constants);
        assertEquals(Set.of(), declared, "dmkg terms declared in the ontology without a DMKG constant");
    }

    @Test
    void alignments() {
        assertTrue(ontology.contains(DMKG.Meeting, RDFS.subClassOf, ontology.getResource("https://schema.org/Event")));
        assertTrue(ontology.contains(DMKG.Meeting, RDFS.subClassOf,
                ontology.getResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
        assertTrue(ontology.contains(DMKG.host, RDFS.subPropertyOf, SCHEMA.attendee));
        assertTrue(ontology.contains(DMKG.guest, RDFS.subPropertyOf, SCHEMA.attendee));
        assertTrue(ontology.contains(DMKG.speaker, RDFS.subPropertyOf,
                ontology.getResource("http://www.w3.org/ns/prov#wasAttributedTo")));
        RDFNode range = ontology.getResource(DMKG.asOf.getURI()).getPropertyResourceValue(RDFS.range);
        assertEquals("http://www.w3.org/2001/XMLSchema#date", range.asResource().getURI());
        Resource onto = ontology.getResource("https://w3id.org/dmkg/ontology");
        assertTrue(onto.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(onto.hasProperty(OWL.versionInfo));
        assertFalse(onto.listProperties(ontology.createProperty("http://purl.org/dc/terms/license")).toList().isEmpty());
    }
}
