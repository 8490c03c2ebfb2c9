package org.w3id.dmkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.rdf.DMKG;
import org.w3id.dmkg.rdf.SCHEMA;

/** Turns the reference graph into the gazetteer entries the recognizers use. Stateless. */
final class GazetteerEntries {
    private GazetteerEntries() {
    }

    /** One entry per country, organization, city and venue of the model, sorted by key. */
    static List<GazetteerEntry> of(Model model) {
        List<GazetteerEntry> result = new ArrayList<>();
        model.listSubjectsWithProperty(RDFS.label).forEach(subject -> {
            EntryKind kind = kind(subject);
            String key = ReferenceData.key(subject);
            if (kind != null && key != null) {
                result.add(entry(kind, key, subject));
            }
        });
        result.sort(Comparator.comparing(GazetteerEntry::key));
        return result;
    }

    /** The kind of a resource from its types; countries and cities win over the wider classes. */
    static EntryKind kind(Resource r) {
        if (r.hasProperty(RDF.type, SCHEMA.Country)) {
            return EntryKind.COUNTRY;
        }
        if (r.hasProperty(RDF.type, ORG.Organization)) {
            return EntryKind.ORGANIZATION;
        }
        if (r.hasProperty(RDF.type, SCHEMA.City)) {
            return EntryKind.CITY;
        }
        if (r.hasProperty(RDF.type, SCHEMA.AdministrativeArea) || r.hasProperty(RDF.type, DMKG.WorldRegion)) {
            return EntryKind.REGION;
        }
        if (r.hasProperty(RDF.type, SCHEMA.Place)) {
            return EntryKind.VENUE;
        }
        return null;
    }

    private static GazetteerEntry entry(EntryKind kind, String key, Resource r) {
        String label = r.getProperty(RDFS.label).getString();
        Set<String> names = new LinkedHashSet<>();
        names.add(label);
        names.addAll(strings(r, DMKG.officialName));
        names.addAll(strings(r, SKOS.altLabel));
        names.addAll(strings(r, DMKG.abbreviation));
        List<String> adjectives = strings(r, DMKG.demonym);
        Resource container = object(r, SCHEMA.containedInPlace);
        String country = kind == EntryKind.COUNTRY ? null : ReferenceData.key(country(r));
        return new GazetteerEntry(kind, key, label, List.copyOf(names), adjectives,
                ReferenceData.key(container), country, r.hasProperty(RDF.type, SCHEMA.NewsMediaOrganization));
    }

    /** The country of an organization or place: stated with dmkg:country or reached by containment. */
    private static Resource country(Resource r) {
        Set<Resource> seen = new HashSet<>();
        Resource current = r;
        while (current != null && seen.add(current)) {
            Resource stated = object(current, DMKG.country);
            if (stated != null) {
                return stated;
            }
            if (current != r && current.hasProperty(RDF.type, SCHEMA.Country)) {
                return current;
            }
            current = object(current, SCHEMA.containedInPlace);
        }
        return null;
    }

    private static Resource object(Resource r, Property p) {
        Statement st = r.getProperty(p);
        RDFNode o = st == null ? null : st.getObject();
        return o != null && o.isResource() ? o.asResource() : null;
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> values = new ArrayList<>();
        r.listProperties(p).forEach(st -> {
            if (st.getObject().isLiteral()) {
                values.add(st.getString());
            }
        });
        values.sort(Comparator.naturalOrder());
        return values;
    }
}
