package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.store.DmkgStore;
import picocli.CommandLine;

/** {@code dmkg graph} over a store holding the fixture; output to files, diagnostics captured. */
class GraphCommandTest {
    @TempDir
    static Path dir;
    static Path loc;

    @BeforeAll
    static void load() {
        loc = dir.resolve("db");
        try (DmkgStore s = DmkgStore.open(loc)) {
            s.load(Fixture.articles());
            s.loadReference(Fixture.reference(), Fixture.REFERENCE);
        }
    }

    record Run(int code, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void dotAndGraphml() throws IOException {
        Path dot = dir.resolve("all.dot");
        assertEquals(0, run("graph", "--loc", loc.toString(), "-o", dot.toString()).code());
        String text = read(dot);
        assertTrue(text.contains("label=\"Xi Jinping\\nPresident, China\""), text);
        assertTrue(text.contains("label=\"Sergei Shoigu\\nSecretary, Russia\""), text);
        assertEquals(2, text.lines().filter(l -> l.contains(" -- ")).count(), text);
        Path graphml = dir.resolve("all.graphml");
        assertEquals(0, run("graph", "--loc", loc.toString(), "--format", "graphml", "-o", graphml.toString()).code());
        assertTrue(read(graphml).contains("<data key=\"label\">Vladimir Putin</data>"));
    }

    @Test
    void personAndDates() throws IOException {
        Path dot = dir.resolve("shoigu.dot");
        assertEquals(0, run("graph", "--loc", loc.toString(), "--person", "shoigu", "-o", dot.toString()).code());
        assertTrue(!read(dot).contains("Putin"), read(dot));
        Path early = dir.resolve("early.dot");
        assertEquals(0, run("graph", "--loc", loc.toString(), "--to", "2025-02-27", "-o", early.toString()).code());
        assertTrue(!read(early).contains("Shoigu") && read(early).contains("Putin"), read(early));
        Run nobody = run("graph", "--loc", loc.toString(), "--person", "nobody", "-o", dir.resolve("x.dot").toString());
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("no one whose name contains \"nobody\""), nobody.err());
        assertEquals(2, run("graph", "--loc", loc.toString(), "--from", "2025-03-01", "--to", "2025-02-01").code());
        assertEquals(2, run("graph", "--loc", loc.toString(), "--from", "March").code());
        assertEquals(2, run("graph", "--loc", loc.toString(), "--format", "gif").code());
    }

    @Test
    void graphvizAbsent() {
        Path out = dir.resolve("none.svg");
        Run r = run("graph", "--loc", loc.toString(), "--format", "svg", "--dot-command", "no-such-dot-program",
                "-o", out.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("apt-get install graphviz") && r.err().contains("brew install graphviz"), r.err());
        assertTrue(!Files.exists(out));
    }

    @Test
    void svgWhenGraphvizIsInstalled() throws Exception {
        boolean present;
        try {
            present = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "Graphviz 'dot' is not on the PATH; svg rendering not tested");
        Path svg = dir.resolve("all.svg");
        assertEquals(0, run("graph", "--loc", loc.toString(), "--format", "svg", "-o", svg.toString()).code());
        String text = read(svg);
        assertTrue(text.contains("<svg") && text.contains("Xi Jinping"), text);
    }
}
