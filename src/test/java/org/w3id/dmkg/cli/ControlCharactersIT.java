package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article holding control characters (a terminal colour escape, BEL, vertical tab, form feed, SOH, backspace,
 * the C1 CSI):
 * the table output of {@code query} shows them escaped, never raw; {@code export --format rdfxml}
 * writes them as U+FFFD, since XML 1.0 cannot hold them; the store and Turtle keep them.
 */
class ControlCharactersIT {
    static final String CONTROLS = "\u001b[31mred\u001b[0m \u0007 \u000b \u000c \u0001 \u0008 \u009b";

    @TempDir
    static Path dir;
    static Path loc;

    @BeforeAll
    static void load() throws IOException {
        String text = BadInputCasesIT.STORY.replace("Tokayev said", "Tokayev said " + CONTROLS + " that");
        Path article = Files.writeString(dir.resolve("controls.txt"), text);
        loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), article.toString()).expect(0);
    }

    @Test
    void tableOutputShowsControlCharactersEscaped() {
        String q = "SELECT ?text WHERE { ?s ?p ?text FILTER(isLiteral(?text) && CONTAINS(STR(?text), \"\\u0007\")) }";
        String out = Cli.run("query", "--loc", loc.toString(), "-e", q).expect(0).out();
        assertTrue(out.contains("\\u001b[31mred\\u001b[0m \\u0007 \\u000b \\f \\u0001 \\u0008 \\u009b"), out);
        assertFalse(out.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)),
                "a raw control character in:\n" + out);
        assertFalse(out.contains("\uE000"), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.size() >= 5, out);
        assertTrue(lines.stream().allMatch(l -> l.length() == lines.get(0).length()), "columns aligned:\n" + out);
    }

    @Test
    void rdfXmlExportReplacesWhatXmlCannotHold() {
        Path rdf = dir.resolve("out.rdf");
        Cli.run("export", "--loc", loc.toString(), "--format", "rdfxml", "-o", rdf.toString()).expect(0);
        Model m = Cli.readModel(rdf);
        String replaced = "\\uFFFD[31mred\\uFFFD[0m \\uFFFD \\uFFFD \\uFFFD \\uFFFD \\uFFFD";
        assertTrue(Cli.ask(m, "?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + replaced + "\"))"), "control characters as U+FFFD");
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
        assertFalse(out.contains("\u0007"), out);
    }
}
