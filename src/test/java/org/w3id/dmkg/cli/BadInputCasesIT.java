package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad inputs of the README's table "Bad input and failures" given to {@code load} on a store that
 * holds the sample: one line naming the input, exit 3, the store unchanged. Inputs in another encoding
 * are read with a one-line warning. (Missing, empty and JPEG inputs: {@link BadInputIT}.)
 */
class BadInputCasesIT {
    static final String STORY = "BEIJING, March 2 (Xinhua) -- Chinese President Xi Jinping met with visiting "
            + "Kazakh President Kassym-Jomart Tokayev in Beijing on Sunday. The two leaders agreed to deepen "
            + "cooperation in trade and energy, and said that the relations between the two countries were at "
            + "their best. Tokayev said Kazakhstan was ready to work with China.";
    static final String FRENCH = "PARIS, 3 mars (AFP) -- Le président français Emmanuel Macron a rencontré lundi "
            + "à l'Élysée le chancelier allemand Olaf Scholz pour discuter de la guerre en Ukraine et de l'avenir de "
            + "l'Union européenne. Les deux dirigeants ont souligné l'importance de la coopération franco-allemande "
            + "et ont appelé à un renforcement de la défense européenne. Selon un communiqué publié à l'issue de la "
            + "rencontre, ils sont convenus de se revoir prochainement à Berlin.";

    @TempDir
    static Path dir;
    static Path loc;
    static DatasetGraph before;

    @BeforeAll
    static void loadTheSample() {
        loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString()).expect(0);
        before = Cli.storeCopy(loc).asDatasetGraph();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "blank.txt    | no text (whitespace only)",
        "bundle.zip   | binary file, not an article",
        "photo.jpg    | binary file, not an article",
        "french.txt   | not English (0% common English words), skipped",
        "scripts.html | no article text",
        "header.txt   | no article text",
        "missing.txt  | no such file or directory"})
    void aBadInputLeavesTheStoreAsItWas(String name, String message) throws IOException {
        Path input = dir.resolve(name);
        switch (name) {
            case "blank.txt" -> Files.writeString(input, " \n\t\r\n   \n");
            case "bundle.zip" -> Files.write(input, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, 'a', 'b'});
            case "photo.jpg" -> Files.write(input, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            case "french.txt" -> Files.writeString(input, FRENCH);
            case "scripts.html" -> Files.writeString(input, "<html><head><script>" + "var a = 'the';".repeat(20_000)
                    + "</script></head><body><script>" + "f();".repeat(5_000) + "</script><p> </p></body></html>");
            case "header.txt" -> Files.writeString(input, "url: https://news.example.org/nothing\n\n");
            default -> { } // missing
        }
        Cli.run("load", "--loc", loc.toString(), input.toString()).expect(3).oneErrorLine(input + ": " + message);
        assertTrue(IsoMatcher.isomorphic(before, Cli.storeCopy(loc).asDatasetGraph()), "the store changed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "windows-1252 | 'not UTF-8; read as Windows-1252'",
        "UTF-16       | ''",
        "UTF-16LE     | no byte-order mark; read as UTF-16LE",
        "UTF-16BE     | no byte-order mark; read as UTF-16BE",
        "bad-utf-8    | 'not UTF-8; read as Windows-1252'"})
    void otherEncodingsAreReadWithAWarning(String encoding, String warning) throws IOException {
        String text = STORY.replace("Sunday", "Sunday at the café");
        byte[] bytes = encoding.equals("bad-utf-8")
                ? (text + "\u00A0").getBytes(StandardCharsets.UTF_8) : text.getBytes(Charset.forName(encoding));
        if (encoding.equals("bad-utf-8")) {
            bytes[bytes.length - 2] = (byte) 0xFF; // an invalid UTF-8 sequence at the end
        }
        Path input = Files.write(dir.resolve(encoding + ".txt"), bytes);
        Path out = dir.resolve(encoding + ".ttl");
        Cli.Result r = Cli.run("extract", input.toString(), "-o", out.toString()).expect(0).noStackTrace();
        if (warning.isEmpty()) {
            assertEquals(0, r.errorLines().size(), r.err());
        } else {
            r.oneErrorLine("warning: " + input + ": " + warning);
        }
        assertEquals(1, Cli.count(Cli.readModel(out), "?m a dmkg:Meeting ; schema:attendee/rdfs:label "
                + "\"Kassym-Jomart Tokayev\""), encoding);
    }

    @Test
    void manyMalformedJsonLinesAreSummarizedAfterAFew() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"text\": \"unterminated ").append(i).append('\n');
        }
        lines.append("{\"url\": \"https://news.example.org/1\", \"text\": \"").append(STORY).append("\"}\n");
        Path jsonl = Files.writeString(dir.resolve("many-bad.jsonl"), lines);
        Path out = dir.resolve("many-bad.nt");
        Cli.Result r = Cli.run("extract", "--format", "nt", "-o", out.toString(), jsonl.toString()).expect(3);
        r.noStackTrace();
        var errors = r.errorLines();
        assertEquals(ProblemLines.SHOWN + 1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("dmkg: " + jsonl + ":1: malformed JSON"), errors.get(0));
        assertTrue(errors.get(ProblemLines.SHOWN - 1).startsWith("dmkg: " + jsonl + ":5: malformed JSON"), r.err());
        assertEquals("dmkg: 1995 more lines like this (malformed JSON) not shown", errors.get(ProblemLines.SHOWN));
        assertTrue(r.err().contains("2000 inputs skipped"), r.err());
        assertTrue(Cli.count(Cli.readModel(out), "?a a schema:NewsArticle") == 1, "the good line was read");
    }

    @Test
    void aMalformedJsonLineIsReportedByNumberAndTheOthersLoaded() throws IOException {
        String good = "{\"url\": \"https://news.example.org/%d\", \"text\": \"%s\"}\n";
        Path jsonl = Files.writeString(dir.resolve("three.jsonl"), String.format(good, 1, STORY)
                + "{\"text\": \"unterminated\n" + String.format(good, 3, STORY.replace("Sunday", "Monday")));
        Path other = dir.resolve("other-db");
        Cli.Result r = Cli.run("load", "--loc", other.toString(), jsonl.toString())
                .expect(3).oneErrorLine(jsonl + ":2: malformed JSON");
        assertTrue(r.out().contains("articles: 2 read, 2 added"), r.out());
        assertEquals(2, Cli.count(Cli.storeUnion(other), "?a a schema:NewsArticle"));
    }

    @Test
    void aPageMostlyOfScriptsGivesItsStoryAndNoScript() throws IOException {
        Path html = Files.writeString(dir.resolve("page.html"), "<html><head><script>"
                + "var story = 'Xi Jinping met Vladimir Putin';".repeat(10_000) + "</script></head><body><script>"
                + "track();".repeat(5_000) + "</script><article><p>" + STORY + "</p></article></body></html>");
        Path out = dir.resolve("page.ttl");
        Cli.run("extract", html.toString(), "-o", out.toString()).expect(0).noStackTrace();
        var model = Cli.readModel(out);
        assertEquals(1, Cli.count(model, "?m a dmkg:Meeting"));
        assertFalse(Cli.ask(model, "?x rdfs:label \"Vladimir Putin\""), "nothing from the scripts");
    }

    @Test
    void aSymbolicLinkLoopIsReadOnce() throws IOException {
        Path d = Files.createDirectories(dir.resolve("looped"));
        Files.writeString(d.resolve("story.txt"), STORY);
        Files.createSymbolicLink(d.resolve("again"), d);
        Cli.Result r = Cli.run("extract", d.toString(), "-o", dir.resolve("looped.ttl").toString()).expect(0);
        r.oneErrorLine("warning: " + d.resolve("again") + ": directory already read (symbolic link loop?)");
        assertTrue(r.err().contains("extracted 1 articles"), r.err());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersRead() throws IOException {
        Path d = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(d.resolve("a.txt"), STORY);
        Path secret = Files.writeString(d.resolve("b.txt"), STORY.replace("Sunday", "Monday"));
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        Cli.Result r = Cli.run("extract", d.toString(), "-o", dir.resolve("locked.ttl").toString());
        Assumptions.assumeFalse(Files.isReadable(secret), "running as root: a chmod 000 file is still readable");
        r.expect(3).oneErrorLine(secret + ": cannot read: permission denied");
        assertTrue(r.err().contains("extracted 1 articles"), r.err());
    }
}
