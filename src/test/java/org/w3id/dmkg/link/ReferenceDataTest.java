package org.w3id.dmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.rdf.DMKG;
import org.w3id.dmkg.rdf.SCHEMA;

/** Internal consistency of the reference data and the gazetteer view the loader builds from it. */
class ReferenceDataTest {
    private static final Pattern WIKIDATA = Pattern.compile("^http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*$");
    private static final Pattern DBPEDIA = Pattern.compile("^http://dbpedia\\.org/resource/\\S+$");
    private static final Pattern GEONAMES = Pattern.compile("^https://sws\\.geonames\\.org/[1-9][0-9]*/$");

    private final ReferenceData data = ReferenceData.load();
    private final Model model = data.model();

    @Test
    void loadsOnce() {
        assertSame(data, ReferenceData.load());
        assertEquals("https://w3id.org/dmkg/id/graph/reference", ReferenceData.GRAPH);
    }

    @Test
    void countriesCarryUniqueCodes() {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Resource c : subjects(SCHEMA.Country)) {
            String key = ReferenceData.key(c);
            for (Property p : List.of(DMKG.iso3166Alpha2, DMKG.iso3166Alpha3, DMKG.iso3166Numeric)) {
                List<String> values = strings(c, p);
                boolean optional = p.equals(DMKG.iso3166Numeric) && key.equals("country/XK");
                if (values.size() != 1 && !(optional && values.isEmpty())) {
                    problems.add(key + ": " + values.size() + " values of " + p.getLocalName());
                }
                for (String v : values) {
                    String other = seen.put(p.getLocalName() + "=" + v, key);
                    if (other != null) {
                        problems.add(key + " and " + other + " share " + p.getLocalName() + " " + v);
                    }
                }
            }
            List<String> alpha2 = strings(c, DMKG.iso3166Alpha2);
            if (!key.equals("country/" + (alpha2.isEmpty() ? "" : alpha2.get(0)))) {
                problems.add(key + ": IRI does not match alpha-2 " + alpha2);
            }
            strings(c, DMKG.iso3166Numeric).stream().filter(n -> !n.matches("[0-9]{3}"))
                    .forEach(n -> problems.add(key + ": numeric code not 3 digits: " + n));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyResourceHasOneLabelUniquePerKind() {
        List<String> problems = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (Resource r : model.listSubjects().toList()) {
            String key = ReferenceData.key(r);
            if (key == null) {
                problems.add("subject outside the dmkg namespace: " + r);
                continue;
            }
            List<String> values = strings(r, RDFS.label);
            if (values.size() != 1) {
                problems.add(key + ": " + values.size() + " labels");
                continue;
            }
            EntryKind kind = GazetteerEntries.kind(r);
            if (kind == null) {
                problems.add(key + ": no known type");
            }
            String other = labels.put(kind + "|" + values.get(0), key);
            if (other != null) {
                problems.add(key + " and " + other + " share the label " + values.get(0));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void sameAsLinksAreWellFormed() {
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        model.listSubjectsWithProperty(OWL.sameAs).forEach(r -> {
            String key = ReferenceData.key(r);
            int wikidata = 0;
            int dbpedia = 0;
            int geonames = 0;
            for (RDFNode o : model.listObjectsOfProperty(r, OWL.sameAs).toList()) {
                String iri = o.isURIResource() ? o.asResource().getURI() : String.valueOf(o);
                if (WIKIDATA.matcher(iri).matches()) {
                    wikidata++;
                } else if (DBPEDIA.matcher(iri).matches()) {
                    dbpedia++;
                } else if (GEONAMES.matcher(iri).matches()) {
                    geonames++;
                } else {
                    problems.add(key + ": not a Wikidata, DBpedia or GeoNames IRI: " + iri);
                }
                String other = owners.put(iri, key);
                if (other != null) {
                    problems.add(key + " and " + other + " both claim " + iri);
                }
            }
            if (wikidata > 1 || dbpedia > 1 || geonames > 1) {
                problems.add(key + ": more than one id of a dataset");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void linkTargetsAreDeclared() {
        List<String> problems = new ArrayList<>();
        Map<Property, Resource> expected = Map.of(SCHEMA.containedInPlace, SCHEMA.Place,
                DMKG.capital, SCHEMA.City, DMKG.country, SCHEMA.Country, ORG.subOrganizationOf, ORG.Organization);
        expected.forEach((p, type) -> model.listStatements(null, p, (RDFNode) null).forEach(st -> {
            RDFNode o = st.getObject();
            boolean declared = o.isURIResource() && o.asResource().hasProperty(RDFS.label)
                    && (o.asResource().hasProperty(RDF.type, type)
                            || type.equals(SCHEMA.Place) && o.asResource().hasProperty(RDF.type));
            if (!declared) {
                problems.add(ReferenceData.key(st.getSubject()) + " " + p.getLocalName() + " " + o + " undeclared");
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void coversTheWorld() {
        long current = subjects(SCHEMA.Country).stream().filter(c -> !c.hasProperty(DMKG.historical)).count();
        long international = subjects(DMKG.InternationalOrganization).size();
        assertTrue(current >= 190, "current countries: " + current);
        assertTrue(international >= 60, "international organizations: " + international);
    }

    @Test
    void noNameBelongsToTwoCountries() {
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Resource c : subjects(SCHEMA.Country)) {
            Set<String> names = new TreeSet<>();
            for (Property p : List.of(RDFS.label, DMKG.officialName, SKOS.altLabel, DMKG.abbreviation)) {
                strings(c, p).forEach(n -> names.add(n.toLowerCase(java.util.Locale.ROOT)));
            }
            for (String n : names) {
                String other = owners.put(n, ReferenceData.key(c));
                if (other != null) {
                    problems.add("\"" + n + "\" names " + other + " and " + ReferenceData.key(c));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void entriesCarryNamesAdjectivesAndContainment() {
        Map<String, GazetteerEntry> byKey = new HashMap<>();
        data.entries().forEach(e -> byKey.put(e.key(), e));
        GazetteerEntry china = byKey.get("country/CN");
        assertNotNull(china);
        assertEquals(EntryKind.COUNTRY, china.kind());
        assertEquals("China", china.names().get(0));
        assertTrue(china.adjectives().contains("Chinese"));
        assertTrue(china.names().contains("PRC"));
        assertTrue(china.names().contains("People's Republic of China"));

        GazetteerEntry hall = byKey.get("place/great-hall-of-the-people");
        assertEquals(EntryKind.VENUE, hall.kind());
        assertEquals("place/beijing", hall.containedIn());
        assertEquals("country/CN", hall.country());
        GazetteerEntry beijing = byKey.get("place/beijing");
        assertEquals(EntryKind.CITY, beijing.kind());
        assertEquals("country/CN", beijing.containedIn());

        GazetteerEntry sco = byKey.get("org/shanghai-cooperation-organization");
        assertEquals(EntryKind.ORGANIZATION, sco.kind());
        assertTrue(sco.names().contains("SCO"));
        assertEquals("country/CN", byKey.get("org/xinhua").country());

        List<String> keys = data.entries().stream().map(GazetteerEntry::key).toList();
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    @Test
    void sameAsIsSorted() {
        List<String> china = data.sameAs("country/CN");
        assertTrue(china.contains("http://www.wikidata.org/entity/Q148"), china.toString());
        assertEquals(china.stream().sorted().toList(), china);
        assertEquals(List.of(), data.sameAs("country/ZZ"));
    }

    private List<Resource> subjects(Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList();
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> values = new ArrayList<>();
        r.listProperties(p).forEach(st -> values.add(st.getObject().isLiteral()
                ? st.getString() : st.getObject().toString()));
        return values;
    }
}
