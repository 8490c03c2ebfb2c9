package org.w3id.dmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.DMKG;
import org.w3id.dmkg.rdf.SCHEMA;

/**
 * Checks the reference data against the cross-checked public tables in the shared directory
 * ({@code $DMKG_SHARED}, else {@code ../shared} beside the project). The tables are read here only;
 * nothing is generated from them. Skipped, with a message, when they are absent.
 */
class ReferenceAgreementTest {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String GEONAMES = "https://sws.geonames.org/";

    private final ReferenceData data = ReferenceData.load();
    private final Model model = data.model();

    @Test
    void countriesAgreeWithTheSharedTable() throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        table("countries.tsv").forEach(row -> rows.put(row.get("iso2"), row));
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Resource c : model.listSubjectsWithProperty(RDF.type, SCHEMA.Country).toList()) {
            String key = ReferenceData.key(c);
            Map<String, String> row = rows.get(first(c, DMKG.iso3166Alpha2));
            if (row == null) {
                continue;
            }
            compared++;
            same(problems, key, "alpha-3", row.get("iso3"), first(c, DMKG.iso3166Alpha3));
            same(problems, key, "numeric", row.get("iso_numeric"), first(c, DMKG.iso3166Numeric));
            List<String> links = data.sameAs(key);
            String qid = ids(links, WIKIDATA);
            if (!qid.equals(row.get("wikidata_qid")) && !qid.equals(row.get("wikidata_qid_alt"))) {
                problems.add(key + ": Wikidata " + qid + ", table " + row.get("wikidata_qid")
                        + " / " + row.get("wikidata_qid_alt"));
            }
            String geonames = ids(links, GEONAMES).replace("/", "");
            if (!geonames.isEmpty() || !row.get("geonames_id").isEmpty()) {
                same(problems, key, "GeoNames", row.get("geonames_id"), geonames);
            }
            String dbpedia = ids(links, "http://dbpedia.org/resource/");
            String uri = row.get("dbpedia_uri");
            if (!uri.isEmpty() && !dbpedia.isEmpty()) {
                String mine = "http://dbpedia.org/resource/" + dbpedia;
                if (!mine.equals(uri) && !mine.equals(row.get("dbpedia_uri_alt"))) {
                    problems.add(key + ": DBpedia " + mine + ", table " + uri);
                }
            }
        }
        System.err.println("reference agreement: compared " + compared + " countries");
        assertEquals(List.of(), problems);
    }

    @Test
    void organizationsAgreeWithTheSharedTable() throws IOException {
        Map<String, List<Resource>> byName = new HashMap<>();
        for (Resource o : model.listSubjectsWithProperty(RDF.type, ORG.Organization).toList()) {
            for (Property p : List.of(RDFS.label, SKOS.altLabel, DMKG.abbreviation, DMKG.officialName)) {
                o.listProperties(p).forEach(st -> byName.computeIfAbsent(norm(st.getString()),
                        k -> new ArrayList<>()).add(o));
            }
        }
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Map<String, String> row : table("organizations.tsv")) {
            List<Resource> matches = byName.getOrDefault(norm(row.get("abbreviation")),
                    byName.getOrDefault(norm(row.get("name_en")), List.of()));
            for (Resource o : matches.stream().distinct().toList()) {
                compared++;
                String qid = ids(data.sameAs(ReferenceData.key(o)), WIKIDATA);
                if (!qid.isEmpty() && !qid.equals(row.get("wikidata_qid"))) {
                    problems.add(ReferenceData.key(o) + ": Wikidata " + qid + ", table "
                            + row.get("wikidata_qid") + " (" + row.get("name_en") + ")");
                }
            }
        }
        System.err.println("reference agreement: compared " + compared + " organizations");
        assertEquals(List.of(), problems);
    }

    private static void same(List<String> problems, String key, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(key + ": " + what + " " + actual + ", table " + expected);
        }
    }

    private static String norm(String s) {
        return s == null ? "\u0000" : s.trim().toLowerCase(Locale.ROOT);
    }

    /** The local part of the one link under a dataset prefix, or "". */
    private static String ids(List<String> links, String prefix) {
        return links.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .findFirst().orElse("");
    }

    private static String first(Resource r, Property p) {
        return r.hasProperty(p) ? r.getProperty(p).getString() : "";
    }

    private static List<Map<String, String>> table(String name) throws IOException {
        String env = System.getenv("DMKG_SHARED");
        Path shared = env != null && !env.isBlank() ? Path.of(env) : Path.of("").toAbsolutePath().resolve("../shared");
        Path file = shared.resolve("reference").resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            String message = "shared reference table " + file + " not found; set DMKG_SHARED to check the "
                    + "reference data against it (agreement test skipped)";
            System.err.println(message);
            Assumptions.assumeTrue(false, message);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
