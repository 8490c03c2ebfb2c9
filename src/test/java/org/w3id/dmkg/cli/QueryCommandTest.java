package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.store.DmkgStore;

/**
 * {@code dmkg query} over a store holding the fixture: parameters checked as the endpoint checks them,
 * the formats of each query form, and an answer cut by {@code --max-rows} announced.
 */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static String loc;

    @BeforeAll
    static void load() {
        Path db = dir.resolve("db");
        try (DmkgStore s = DmkgStore.open(db)) {
            s.load(Fixture.articles());
            s.loadReference(Fixture.reference(), Fixture.REFERENCE);
        }
        loc = db.toString();
    }

    @Test
    void anUnknownParameterIsUsage() {
        Cli.run("query", "meetings-of", "-p", "person=Xi", "-p", "persn=Xi", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query meetings-of: unknown parameter persn (it takes person)");
        Cli.run("query", "people", "-p", "person=Xi", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query people: unknown parameter person (it takes none)");
    }

    @Test
    void aMissingParameterIsUsage() {
        Cli.run("query", "meetings-of", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query meetings-of: missing parameter person");
    }

    @Test
    void aParameterGivenTwiceIsUsage() {
        Cli.run("query", "meetings-of", "-p", "person=Xi", "-p", "person=Putin", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query meetings-of: parameter person given more than once");
        Cli.run("query", "meetings-of", "-p", "person", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("parameter person: expected KEY=VALUE");
    }

    @Test
    void aMalformedDateIsUsage() {
        for (String bad : new String[] {"2025/02/25", "yesterday", "2025-02-30", ""}) {
            Cli.run("query", "meetings", "-p", "from=" + bad, "--loc", loc)
                    .expect(DmkgException.USAGE).oneErrorLine("parameter from: " + bad + " is not a date (YYYY-MM-DD)");
        }
    }

    @Test
    void declaredParametersRun() {
        Cli.Result r = Cli.run("query", "meetings", "-p", "from=2025-02-25", "-p", "to=2025-03-31",
                "--format", "csv", "--loc", loc).expect(0);
        assertTrue(r.out().contains(Fixture.MEETING), r.out());
        assertTrue(Cli.run("query", "meetings-of", "-p", "person=shoigu", "--format", "csv", "--loc", loc)
                .expect(0).out().contains("Sergei Shoigu"));
        Cli.run("query", "-e", "SELECT ?x { BIND(?anything AS ?x) }", "-p", "anything=1", "--loc", loc).expect(0);
    }

    static final String PERSONS = "SELECT ?p ?name WHERE { ?p a <https://schema.org/Person> ; "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name";
    static final String CONSTRUCT = "CONSTRUCT { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name } WHERE { "
            + "?p a <https://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }";

    @Test
    void graphAnswersAreTurtleByDefault() {
        String out = Cli.run("query", "-e", CONSTRUCT, "--loc", loc).expect(0).out();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(out, Lang.TURTLE).parse(m);
        assertEquals(3, m.size(), out);
        Model xml = ModelFactory.createDefaultModel();
        RDFParser.fromString(Cli.run("query", "-e", CONSTRUCT, "--format", "xml", "--loc", loc).expect(0).out(),
                Lang.RDFXML).parse(xml);
        assertTrue(xml.isIsomorphicWith(m));
        String describe = "DESCRIBE <" + Fixture.MEETING + ">";
        Model described = ModelFactory.createDefaultModel();
        RDFParser.fromString(Cli.run("query", "-e", describe, "--loc", loc).expect(0).out(), Lang.TURTLE).parse(described);
        assertTrue(described.size() > 3, () -> described.toString());
    }

    @Test
    void aResultsFormatForAGraphQueryIsUsage() {
        for (String f : List.of("csv", "tsv", "table", "json")) {
            Cli.run("query", "-e", CONSTRUCT, "--format", f, "--loc", loc).expect(DmkgException.USAGE)
                    .oneErrorLine("format " + f + " does not apply to a CONSTRUCT query (it takes ttl, nt, jsonld, rdfxml)");
        }
        Cli.run("query", "-e", PERSONS, "--format", "ttl", "--loc", loc).expect(DmkgException.USAGE)
                .oneErrorLine("format ttl does not apply to a SELECT query (it takes table, csv, tsv, json, xml)");
        Cli.run("query", "-e", PERSONS, "--format", "yaml", "--loc", loc).expect(DmkgException.USAGE)
                .oneErrorLine("format yaml: unknown");
    }

    @Test
    void selectAndAskAsSparqlResultsXml() {
        String out = Cli.run("query", "-e", PERSONS, "--format", "xml", "--loc", loc).expect(0).out();
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertEquals(List.of("p", "name"), rs.getResultVars());
        List<String> names = new ArrayList<>();
        rs.forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        assertEquals(List.of("Sergei Shoigu", "Vladimir Putin", "Xi Jinping"), names);
        String ask = Cli.run("query", "-e", "ASK { ?p a <https://schema.org/Person> }", "--format", "xml", "--loc", loc)
                .expect(0).out();
        // a control character, which XML 1.0 cannot hold, does not break the document
        String control = Cli.run("query", "-e", "SELECT ?x { BIND(\"a\\u001Bb\\u009Bc\" AS ?x) }", "--format", "xml",
                "--loc", loc).expect(0).out();
        assertEquals("a\uFFFDb\u009Bc", ResultSetMgr.read(new ByteArrayInputStream(control.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_XML).next().getLiteral("x").getString(), control);
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(
                ask.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML), ask);
    }

    @Test
    void anAnswerCutByMaxRowsIsAnnounced() {
        Cli.Result cut = Cli.run("query", "-e", PERSONS, "--format", "csv", "--max-rows", "2", "--loc", loc).expect(0);
        assertEquals(1 + 2, cut.out().lines().count(), cut.out());
        assertEquals(List.of("dmkg: warning: query -e: only the first 2 rows are shown; the answer has more (--max-rows 2)"),
                cut.errorLines());
        Cli.Result cutNamed = Cli.run("query", "people", "--max-rows", "1", "--loc", loc).expect(0);
        assertEquals(1, cutNamed.errorLines().size(), cutNamed.err());
        assertTrue(cutNamed.errorLines().get(0).startsWith("dmkg: warning: query people: only the first 1 rows"));
        // exactly as many rows as the cap, or a LIMIT within it: the whole answer, nothing to announce
        Cli.Result whole = Cli.run("query", "-e", PERSONS, "--format", "csv", "--max-rows", "3", "--loc", loc).expect(0);
        assertEquals(1 + 3, whole.out().lines().count(), whole.out());
        assertEquals(List.of(), whole.errorLines());
        Cli.Result limited = Cli.run("query", "-e", PERSONS + " LIMIT 2", "--max-rows", "2", "--loc", loc).expect(0);
        assertEquals(List.of(), limited.errorLines());
        Cli.run("query", "-e", PERSONS, "--max-rows", "0", "--loc", loc).expect(DmkgException.USAGE)
                .oneErrorLine("--max-rows must be positive: 0");
    }
}
