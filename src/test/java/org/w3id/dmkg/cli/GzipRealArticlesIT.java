package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real articles read gzipped give the same graphs as read plain: a slice of the wild corpus as {@code .jsonl.gz}
 * and development articles each as {@code .txt.gz}, when the shared corpora are present.
 */
class GzipRealArticlesIT {
    private static final Path WILD = Path.of("../shared/corpus/wild/articles.jsonl");
    private static final int WILD_LINES = 300;
    private static final int DEV_ARTICLES = 25;

    @TempDir
    Path dir;

    @Test
    void aSliceOfTheWildCorpusGzippedGivesTheSameQuads() throws IOException {
        present(WILD);
        Path plain = dir.resolve("wild.jsonl");
        try (BufferedReader in = Files.newBufferedReader(WILD, StandardCharsets.UTF_8);
             Stream<String> lines = in.lines()) {
            Files.write(plain, lines.limit(WILD_LINES).toList(), StandardCharsets.UTF_8);
        }
        Path gz = gzip(plain, dir.resolve("wild.jsonl.gz"));
        List<String> fromPlain = quads(plain, "plain.nq");
        List<String> fromGz = quads(gz, "gz.nq");
        assertTrue(fromPlain.stream().anyMatch(q -> q.contains("/meeting/")), "the slice holds meetings");
        assertEquals(fromPlain, fromGz);
    }

    @Test
    void developmentArticlesGzippedOneByOneGiveTheSameQuads() throws IOException {
        present(Cli.DEV);
        Path plainDir = Files.createDirectory(dir.resolve("plain"));
        Path gzDir = Files.createDirectory(dir.resolve("gz"));
        try (Stream<Path> files = Files.list(Cli.DEV)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(DEV_ARTICLES).toList()) {
                Files.copy(f, plainDir.resolve(f.getFileName()));
                gzip(f, gzDir.resolve(f.getFileName() + ".gz"));
            }
        }
        List<String> fromPlain = quads(plainDir, "dev-plain.nq");
        assertTrue(fromPlain.stream().anyMatch(q -> q.contains("/meeting/")), "the articles hold meetings");
        assertEquals(fromPlain, quads(gzDir, "dev-gz.nq"));
    }

    private static void present(Path p) {
        if (!Files.exists(p)) {
            System.err.println("GzipRealArticlesIT skipped: " + p + " not found");
            Assumptions.abort(p + " not found");
        }
    }

    private static Path gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
        return to;
    }

    /** The N-Quads {@code extract} writes for an input, sorted. */
    private List<String> quads(Path input, String name) throws IOException {
        Path out = dir.resolve(name);
        Cli.run("extract", input.toString(), "--format", "nq", "-o", out.toString()).expect(0).noStackTrace();
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().sorted().toList();
    }
}
