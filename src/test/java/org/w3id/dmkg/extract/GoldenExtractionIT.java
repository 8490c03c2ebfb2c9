package org.w3id.dmkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.Prefixes;
import org.w3id.dmkg.rdf.ShapesValidator;
import org.w3id.dmkg.text.TextArticleParser;

/**
 * Golden cases: each folder under {@code src/test/resources/golden/} holds an article and the graph
 * dmkg must make of it; graphs are compared by isomorphism and printed sorted when they differ.
 * Run with {@code -Ddmkg.golden.update=true} to rewrite the expected graphs after a deliberate change
 * (and review the diff).
 */
class GoldenExtractionIT {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void graphMatchesExpected(Path dir) throws IOException {
        String text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
        ArticleGraph graph = Dmkg.shared().session(0).extract(TextArticleParser.parse(dir.getFileName().toString(), text));
        Model actual = graph.model();
        assertTrue(ShapesValidator.get().validate(actual).conforms(), "the graph must conform to the shapes");
        Path expectedFile = dir.resolve("expected.ttl");
        if (Boolean.getBoolean("dmkg.golden.update")) {
            actual.setNsPrefixes(Prefixes.ALL);
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            }
            return;
        }
        Model expected = ModelFactory.createDefaultModel();
        RDFDataMgr.read(expected, expectedFile.toString(), Lang.TURTLE);
        if (!expected.isIsomorphicWith(actual)) {
            fail("graph differs from " + expectedFile + "\n--- expected\n" + sorted(expected) + "\n--- actual\n"
                    + sorted(actual));
        }
    }

    private static String sorted(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.NTRIPLES);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        return String.join("\n", lines);
    }
}
