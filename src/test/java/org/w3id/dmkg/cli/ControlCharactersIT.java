package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article holding control characters (a terminal colour escape, BEL, vertical tab, form feed, SOH, backspace,
 * the C1 CSI, DEL): the store keeps them, and no output sends one raw. The table output of {@code query}
 * shows them escaped; Turtle, TriG, N-Triples, N-Quads and JSON-LD ({@code export}, {@code extract},
 * CONSTRUCT answers) and TSV and JSON results write them as escapes that read back as the same text, CSV as
 * the escape's text; {@code export --format rdfxml} writes those XML 1.0 cannot hold as U+FFFD, the others
 * as character references. Diagnostics that name a file escape them too.
 */
class ControlCharactersIT {
    static final String CONTROLS = "\u001b[31mred\u001b[0m \u0007 \u000b \u000c \u0001 \u0008 \u009b \u007f";

    static final String SELECT = "SELECT ?text WHERE { ?s ?p ?text "
            + "FILTER(isLiteral(?text) && CONTAINS(STR(?text), \"\\u0007\")) } LIMIT 1";

    @TempDir
    static Path dir;
    static Path loc;
    static Path article;

    @BeforeAll
    static void load() throws IOException {
        String text = BadInputCasesIT.STORY.replace("Tokayev said", "Tokayev said " + CONTROLS + " that");
        article = Files.writeString(dir.resolve("controls.txt"), text);
        loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), article.toString()).expect(0);
    }

    @Test
    void tableOutputShowsControlCharactersEscaped() {
        String q = "SELECT ?text WHERE { ?s ?p ?text FILTER(isLiteral(?text) && CONTAINS(STR(?text), \"\\u0007\")) }";
        String out = Cli.run("query", "--loc", loc.toString(), "-e", q).expect(0).out();
        assertTrue(out.contains("\\u001b[31mred\\u001b[0m \\u0007 \\u000b \\f \\u0001 \\u0008 \\u009b \\u007f"), out);
        assertFalse(out.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)),
                "a raw control character in:\n" + out);
        assertFalse(out.contains("\uE000"), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.size() >= 5, out);
        assertTrue(lines.stream().allMatch(l -> l.length() == lines.get(0).length()), "columns aligned:\n" + out);
    }

    @Test
    void rdfXmlExportReplacesWhatXmlCannotHold() throws IOException {
        Path rdf = dir.resolve("out.rdf");
        Cli.run("export", "--loc", loc.toString(), "--format", "rdfxml", "-o", rdf.toString()).expect(0);
        assertNoRawControl(Files.readString(rdf));
        Model m = Cli.readModel(rdf);
        String replaced = "\\uFFFD[31mred\\uFFFD[0m \\uFFFD \\uFFFD \\uFFFD \\uFFFD \\uFFFD \\u009b \\u007f";
        assertTrue(Cli.ask(m, "?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + replaced + "\"))"),
                "control characters as U+FFFD, those XML can hold as references");
        Path ttl = dir.resolve("out.ttl");
        Cli.run("export", "--loc", loc.toString(), "--format", "ttl", "-o", ttl.toString()).expect(0);
        Model t = Cli.readModel(ttl);
        assertTrue(Cli.ask(t, "?s ?p ?o FILTER(CONTAINS(STR(?o), \"\\u0007\"))"), "Turtle keeps the text as read");
        assertEquals(t.size(), m.size(), "the same triples");
    }

    @Test
    void rdfXmlOfAConstructAnswerToo() {
        String q = "CONSTRUCT { ?s ?p ?text } WHERE { ?s ?p ?text "
                + "FILTER(isLiteral(?text) && CONTAINS(STR(?text), \"\\u0007\")) }";
        String out = Cli.run("query", "--loc", loc.toString(), "-e", q, "--format", "rdfxml").expect(0).out();
        assertTrue(out.contains("\uFFFD[31mred"), out);
        assertNoRawControl(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld"})
    void rdfExportsEscapeControlCharactersAndReadBackTheText(String format) throws IOException {
        Path file = dir.resolve("export." + format);
        Cli.run("export", "--loc", loc.toString(), "--format", format, "-o", file.toString()).expect(0);
        assertNoRawControl(Files.readString(file));
        assertHoldsTheText(Cli.readDataset(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt"})
    void extractAndConstructAnswersToo(String format) throws IOException {
        String out = Cli.run("extract", article.toString(), "--format", format).expect(0).out();
        assertNoRawControl(out);
        assertHoldsTheText(read(out, format));
        String q = "CONSTRUCT { ?s ?p ?text } WHERE { ?s ?p ?text FILTER(CONTAINS(STR(?text), \"\\u0007\")) }";
        String answer = Cli.run("query", "--loc", loc.toString(), "-e", q, "--format", format).expect(0).out();
        assertNoRawControl(answer);
        assertHoldsTheText(read(answer, format));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsv", "json"})
    void selectResultsEscapeControlCharactersAndReadBackTheText(String format) {
        String out = Cli.run("query", "--loc", loc.toString(), "-e", SELECT, "--format", format).expect(0).out();
        assertNoRawControl(out);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)),
                format.equals("tsv") ? ResultSetLang.RS_TSV : ResultSetLang.RS_JSON);
        assertTrue(rs.hasNext(), out);
        assertTrue(rs.next().getLiteral("text").getLexicalForm().contains(CONTROLS), out);
    }

    @Test
    void csvResultsShowTheEscapes() {
        String out = Cli.run("query", "--loc", loc.toString(), "-e", SELECT, "--format", "csv").expect(0).out();
        assertNoRawControl(out);
        assertTrue(out.contains("\\u001b[31mred\\u001b[0m \\u0007 \\u000b \\u000c \\u0001 \\u0008 \\u009b \\u007f"), out);
    }

    @Test
    void aFileNameWithControlCharactersIsEscapedInMessages() throws IOException {
        Path bad = Files.writeString(dir.resolve("clear\u001b[2Jscreen\u0007.txt"), "");
        Cli.Result r = Cli.run("extract", bad.toString()).expect(3);
        assertNoRawControl(r.err());
        assertTrue(r.err().contains("clear\\u001b[2Jscreen\\u0007.txt: empty file"), r.err());
    }

    /** No control character but tab, line feed and carriage return. */
    static void assertNoRawControl(String out) {
        assertFalse(out.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'),
                () -> "a raw control character in:\n" + Cli.abbreviate(out));
    }

    private static void assertHoldsTheText(Dataset ds) {
        assertTrue(ds.asDatasetGraph().stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().contains(CONTROLS)), "read back, the article's text");
    }

    private static Dataset read(String text, String format) {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(text, RDFLanguages.fileExtToLang(format)).parse(ds);
        return ds;
    }
}
