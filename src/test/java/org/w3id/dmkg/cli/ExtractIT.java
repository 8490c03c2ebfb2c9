package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.dmkg.cli.Cli.ask;
import static org.w3id.dmkg.cli.Cli.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dmkg extract} end to end: the real models and reference data on the sample article. */
class ExtractIT {
    /** A second, small article, so that per-article graphs can be told apart. */
    static final String SECOND = """
            url: https://example.org/news/lavrov-wang
             date 2025-03-03 Lavrov meets Wang Yi in Moscow

            MOSCOW, March 3 (Xinhua) -- Russian Foreign Minister Sergei Lavrov met with Chinese Foreign \
            Minister Wang Yi in Moscow on Monday.

            The two ministers discussed the Ukraine crisis, Lavrov said.
            """;

    @TempDir
    static Path dir;
    static Model sample;

    @BeforeAll
    static void extractSample() {
        Path ttl = dir.resolve("sample.ttl");
        Cli.run("extract", Cli.SAMPLE.toString(), "-o", ttl.toString()).expect(0).noStackTrace();
        sample = Cli.readModel(ttl);
    }

    @Test
    void oneMeetingOfXiAndShoiguWithHostGuestDateAndPlace() {
        assertEquals(1, count(sample, "?m a dmkg:Meeting"), "meetings");
        assertTrue(ask(sample, """
                ?m a dmkg:Meeting ;
                   schema:attendee ?xi, ?shoigu ;
                   dmkg:host ?xi ; dmkg:guest ?shoigu ;
                   schema:startDate "2025-02-28"^^xsd:date ;
                   schema:location ?hall .
                ?xi rdfs:label "Xi Jinping" . ?shoigu rdfs:label "Sergei Shoigu" .
                ?hall rdfs:label "Great Hall of the People" ; schema:containedInPlace ?beijing .
                ?beijing rdfs:label "Beijing" ; schema:containedInPlace ?china .
                ?china rdfs:label "China" .
                """));
        assertEquals(2, count(sample, "?m a dmkg:Meeting ; schema:attendee ?p"), "attendees");
    }

    @Test
    void officeHoldings() {
        assertTrue(ask(sample, holding("Xi Jinping", "President", "China")), "Xi, President of China");
        assertTrue(ask(sample, holding("Sergei Shoigu", "Secretary", "Russia") + """
                ?h org:organization ?o . ?o rdfs:label "Security Council of the Russian Federation" .
                """), "Shoigu, Secretary of the Security Council of Russia");
        assertTrue(ask(sample, holding("Vladimir Putin", "President", "Russia")), "Putin, President of Russia");
    }

    private static String holding(String person, String role, String country) {
        return String.format("""
                ?h a org:Membership ; org:member ?p ; org:role ?r ; dmkg:country ?c .
                ?p rdfs:label "%s" . ?r rdfs:label "%s" . ?c rdfs:label "%s" .
                """, person, role, country);
    }

    @Test
    void fourEightiethAnniversariesOfEventsOf1945() {
        assertEquals(4, count(sample, "?x a dmkg:Anniversary"), "anniversaries");
        assertEquals(4, count(sample, """
                ?x a dmkg:Anniversary ; dmkg:ordinal 80 ; dmkg:year 2025 ; dmkg:commemorates ?e .
                ?e dmkg:year 1945 .
                """), "80th anniversaries in 2025 of events of 1945");
        assertTrue(ask(sample, """
                ?x dmkg:commemorates ?e . ?e rdfs:label "founding of the United Nations" ; dmkg:year 1945 .
                """));
    }

    @Test
    void theArticleWithHeadlineDateAndPublisher() {
        assertEquals(1, count(sample, "?a a schema:NewsArticle"), "articles");
        assertTrue(ask(sample, """
                ?a a schema:NewsArticle ;
                   schema:headline "Xi meets Russian Federation Security Council secretary" ;
                   schema:datePublished "2025-03-01"^^xsd:date ;
                   schema:publisher ?x . ?x rdfs:label "Xinhua" .
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {"China", "Russia", "Japan", "Ukraine", "Soviet Union", "United Nations", "BRICS",
            "Shanghai Cooperation Organization", "Security Council of the Russian Federation",
            "Xi Jinping", "Sergei Shoigu", "Vladimir Putin"})
    void mentions(String label) {
        assertTrue(ask(sample, "?a a schema:NewsArticle ; schema:mentions ?e . ?e rdfs:label \"" + label + "\" ."),
                "the article mentions " + label);
    }

    @Test
    void theAgencyOfTheDatelineIsTheSourceNotAMention() {
        assertTrue(ask(sample, "?a schema:sourceOrganization ?o . ?o rdfs:label \"Xinhua\" ."), "Xinhua is the source");
        assertFalse(ask(sample, "?a schema:mentions ?o . ?o rdfs:label \"Xinhua\" ."), "Xinhua is no mention");
    }

    @Test
    void countriesLinkedToWikidata() {
        assertTrue(ask(sample, "?c a schema:Country ; rdfs:label \"China\" ; owl:sameAs wd:Q148 ."));
        assertTrue(ask(sample, "?c a schema:Country ; rdfs:label \"Russia\" ; owl:sameAs wd:Q159 ."));
    }

    @Test
    void everyFactCarriesConfidenceAndProvenance() {
        assertFalse(ask(sample, """
                VALUES ?type { dmkg:Meeting org:Membership dmkg:Anniversary dmkg:Statement }
                ?f a ?type .
                FILTER NOT EXISTS { ?f dmkg:confidence ?c ; prov:wasDerivedFrom ?a . ?a a schema:NewsArticle }
                """), "a fact without confidence or provenance");
    }

    @Test
    void extractingTwiceGivesIsomorphicGraphs() {
        Path again = dir.resolve("again.ttl");
        Cli.run("extract", Cli.SAMPLE.toString(), "-o", again.toString()).expect(0);
        Model second = Cli.readModel(again);
        assertTrue(sample.isIsomorphicWith(second), "two runs differ");
        assertEquals(sample.size(), second.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "jsonld"})
    void datasetFormatsKeepOneNamedGraphPerArticle(String format) throws IOException {
        Path second = writeSecond();
        Path out = dir.resolve("two." + format);
        Cli.run("extract", Cli.SAMPLE.toString(), second.toString(), "--format", format, "-o", out.toString())
                .expect(0);
        Dataset ds = Cli.readDataset(out);
        assertTrue(ds.getDefaultModel().isEmpty(), "default graph is empty");
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        assertTrue(names.remove(ArticleGraph.ENTITIES), "the entity graph: " + names);
        assertEquals(2, names.size(), "one graph per article: " + names);
        for (String g : names) {
            Model m = ds.getNamedModel(g);
            assertEquals(1, count(m, "?a a schema:NewsArticle"), g);
            assertTrue(ask(m, "<" + g + "> a schema:NewsArticle"), g + " is named after its article");
            assertFalse(ask(m, "?p a schema:Person"), g + ": people are described in the entity graph");
        }
        assertTrue(ask(ds.getNamedModel(ArticleGraph.ENTITIES), "?p a schema:Person ; rdfs:label ?name"));
    }

    @Test
    void jsonldParsesBackIsomorphicToTrig() throws IOException {
        Path second = writeSecond();
        Path trig = dir.resolve("iso.trig");
        Path jsonld = dir.resolve("iso.jsonld");
        Cli.run("extract", Cli.SAMPLE.toString(), second.toString(), "--format", "trig", "-o", trig.toString())
                .expect(0);
        Cli.run("extract", Cli.SAMPLE.toString(), second.toString(), "--format", "jsonld", "-o", jsonld.toString())
                .expect(0);
        Dataset fromTrig = Cli.readDataset(trig);
        Dataset fromJsonld = Cli.readDataset(jsonld);
        assertEquals(names(fromTrig), names(fromJsonld));
        assertTrue(IsoMatcher.isomorphic(fromTrig.asDatasetGraph(), fromJsonld.asDatasetGraph()),
                "JSON-LD and TriG datasets differ");
    }

    @Test
    void turtleIsTheUnionOfTheArticleGraphs() throws IOException {
        Path second = writeSecond();
        Path trig = dir.resolve("union.trig");
        Path ttl = dir.resolve("union.ttl");
        Cli.run("extract", Cli.SAMPLE.toString(), second.toString(), "--format", "trig", "-o", trig.toString())
                .expect(0);
        Cli.run("extract", Cli.SAMPLE.toString(), second.toString(), "-o", ttl.toString()).expect(0);
        Model union = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        Dataset ds = Cli.readDataset(trig);
        ds.listNames().forEachRemaining(g -> union.add(ds.getNamedModel(g)));
        assertTrue(union.isIsomorphicWith(Cli.readModel(ttl)));
        assertEquals(2, count(union, "?m a dmkg:Meeting"), "meetings of both articles");
    }

    @Test
    void minConfidenceDropsMeetings() {
        Path all = dir.resolve("all.ttl");
        Cli.run("extract", Cli.SAMPLE.toString(), "-o", all.toString()).expect(0);
        // the threshold: just above the most confident meeting the sample article gives, whatever the models
        double top = 0;
        for (var st : Cli.readModel(all).listStatements(null, org.w3id.dmkg.rdf.DMKG.confidence,
                (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            top = Math.max(top, st.getDouble());
        }
        assertTrue(top > 0 && top < 1, "the sample's facts carry confidences below 1: " + top);
        String threshold = String.valueOf((top + 1) / 2);
        Path out = dir.resolve("confident.ttl");
        Cli.run("extract", Cli.SAMPLE.toString(), "--min-confidence", threshold, "-o", out.toString()).expect(0);
        Model m = Cli.readModel(out);
        assertEquals(0, count(m, "?m a dmkg:Meeting"), "meetings below " + threshold + " dropped");
        assertEquals(1, count(m, "?a a schema:NewsArticle"), "the article stays");
        assertFalse(ask(m, "?f dmkg:confidence ?c FILTER (?c < " + threshold + ")"), "a fact below the threshold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "-0.1", "NaN"})
    void minConfidenceOutOfRangeIsAUsageError(String value) {
        Path out = dir.resolve("never.ttl");
        Cli.run("extract", Cli.SAMPLE.toString(), "--min-confidence", value, "-o", out.toString())
                .expect(2).oneErrorLine("--min-confidence");
        assertFalse(Files.exists(out), "no output on a usage error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "jsonld", "nt", "rdf"})
    void withoutFormatTheOutputFileNamesIt(String extension) throws IOException {
        Path out = dir.resolve("named." + extension);
        Cli.run("extract", Cli.SAMPLE.toString(), "-o", out.toString()).expect(0);
        Lang lang = org.apache.jena.riot.RDFLanguages.filenameToLang(out.toString());
        Dataset ds = org.apache.jena.query.DatasetFactory.create();
        org.apache.jena.riot.RDFParser.source(out).lang(lang).parse(ds); // fails when the file is another syntax
        Model union = ds.getUnionModel().union(ds.getDefaultModel());
        assertTrue(union.isIsomorphicWith(sample), extension + " holds the graph");
        if (extension.equals("nq") || extension.equals("trig") || extension.equals("jsonld")) {
            assertTrue(names(ds).contains(ArticleGraph.ENTITIES), extension + " keeps the named graphs");
        }
        Path other = dir.resolve("named.txt");
        Cli.run("extract", Cli.SAMPLE.toString(), "-o", other.toString()).expect(0);
        org.apache.jena.riot.RDFParser.source(other).lang(Lang.TURTLE).parse(org.apache.jena.query.DatasetFactory.create());
    }

    @Test
    void resultsFormatIsAUsageError() {
        Cli.run("extract", Cli.SAMPLE.toString(), "--format", "csv").expect(2).oneErrorLine("csv");
    }

    @Test
    void withoutOutputTheGraphGoesToStdoutAndTheSummaryToStderr() {
        Cli.Result r = Cli.run("extract", Cli.SAMPLE.toString(), "--format", "nt").expect(0);
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(r.out()), null, "N-TRIPLES");
        assertTrue(m.isIsomorphicWith(sample), "stdout is the graph");
        assertTrue(r.err().contains("extracted 1 articles"), r.err());
    }

    private static TreeSet<String> names(Dataset ds) {
        TreeSet<String> names = new TreeSet<>();
        ds.listNames().forEachRemaining(names::add);
        return names;
    }

    static Path writeSecond() throws IOException {
        Path p = dir.resolve("lavrov-wang.txt");
        if (!Files.exists(p)) {
            Files.writeString(p, SECOND, StandardCharsets.UTF_8);
        }
        return p;
    }
}
