package org.w3id.dmkg.rdf;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dmkg.extract.ArticleFacts;
import org.w3id.dmkg.extract.EntityFact;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;

/**
 * Writes persons, countries, organizations and places with their type, label, containment chain and
 * {@code owl:sameAs} links from the reference data. Thread-safe.
 */
final class EntityWriter {
    private final Gazetteer gazetteer;
    private final Function<String, List<String>> sameAs;

    EntityWriter(Gazetteer gazetteer, Function<String, List<String>> sameAs) {
        this.gazetteer = gazetteer;
        this.sameAs = sameAs;
    }

    Resource person(Model m, String name) {
        return m.createResource(Iris.person(name)).addProperty(RDF.type, SCHEMA.Person).addProperty(RDFS.label, name);
    }

    /**
     * An entity the article names, with its preferred name as {@code skos:prefLabel} and {@code rdfs:label},
     * and also labelled as the article writes it when that is another of its names ("Nay Pyi Taw", "ANI");
     * countries keep their one short name. An organization the reference data does not know has no preferred
     * name, only the names articles write ({@code rdfs:label}): two articles spelling it two ways ("Acme Inc",
     * "Acme Inc.") would otherwise give it two preferred names.
     */
    Resource entity(Model m, EntityFact e) {
        Resource r = write(m, e.kind(), e.key(), e.label());
        if (e.written() != null && e.kind() != EntryKind.COUNTRY) {
            r.addProperty(RDFS.label, e.written());
        }
        return r;
    }

    /** A reference entity by key, with the places that contain it; null when the key is unknown. */
    Resource byKey(Model m, String key) {
        GazetteerEntry e = gazetteer.entry(key).orElse(null);
        return e == null ? null : write(m, e.kind(), e.key(), e.label());
    }

    Resource publisher(Model m, ArticleFacts facts) {
        for (EntityFact e : java.util.stream.Stream.concat(facts.sources().stream(), facts.entities().stream()).toList()) {
            String agency = facts.source().publisher();
            if (e.kind() == EntryKind.ORGANIZATION && agency != null && gazetteer.entry(e.key())
                    .map(g -> g.names().stream().anyMatch(n -> n.equalsIgnoreCase(agency.strip()))).orElse(false)) {
                return m.createResource(Iris.entity(e.key()));
            }
        }
        return null;
    }

    private Resource write(Model m, EntryKind kind, String key, String label) {
        GazetteerEntry e = gazetteer.entry(key).orElse(null);
        Resource r = m.createResource(Iris.entity(key)).addProperty(RDFS.label, label);
        if (e != null) {
            r.addProperty(SKOS.prefLabel, label);
        }
        switch (kind) {
            case COUNTRY -> r.addProperty(RDF.type, SCHEMA.Country);
            case ORGANIZATION -> r.addProperty(RDF.type, org.apache.jena.vocabulary.ORG.Organization);
            case CITY -> r.addProperty(RDF.type, SCHEMA.City);
            case VENUE -> r.addProperty(RDF.type, SCHEMA.Place);
            // a part of a country, or of the world ("South America") when it lies in none
            case REGION -> r.addProperty(RDF.type, e != null && e.containedIn() == null ? DMKG.WorldRegion
                    : SCHEMA.AdministrativeArea);
        }
        for (String iri : sameAs.apply(key)) {
            r.addProperty(OWL.sameAs, m.createResource(iri));
        }
        if (e != null && e.containedIn() != null && (kind == EntryKind.CITY || kind == EntryKind.VENUE || kind == EntryKind.REGION)) {
            Resource parent = byKey(m, e.containedIn());
            if (parent != null) {
                r.addProperty(SCHEMA.containedInPlace, parent);
            }
        }
        return r;
    }
}
