package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.extract.NameContexts;
import org.w3id.dmkg.extract.WordCases;

/**
 * The mined tables dmkg ships are what the README's command writes from the corpora: {@code mine-words} over the
 * wild corpus, gold articles left out, gives {@code word-cases.tsv} and {@code name-contexts.tsv} byte for byte.
 * A change to how words are read (an honorific more) must come with the tables mined again.
 */
class ShippedTablesIT {
    private static final Path WILD = Path.of("../shared/corpus/wild/articles.jsonl");

    @TempDir
    Path dir;

    @Test
    void theDocumentedCommandRebuildsTheShippedTables() throws IOException {
        for (Path p : new Path[] {WILD, Cli.DEV}) {
            if (!Files.exists(p)) {
                System.err.println("ShippedTablesIT skipped: " + p + " not found");
                Assumptions.abort(p + " not found");
            }
        }
        Path cases = dir.resolve("word-cases.tsv");
        Path contexts = dir.resolve("name-contexts.tsv");
        Cli.run("mine-words", "--exclude-gold", Cli.DEV.toString(), WILD.toString(), "-o", cases.toString(),
                "--contexts", contexts.toString()).expect(0).noStackTrace();
        same(WordCases.RESOURCE, cases);
        same(NameContexts.RESOURCE, contexts);
    }

    /** Fails naming the first line where the shipped table and the one just mined differ. */
    private static void same(String resource, Path mined) throws IOException {
        List<String> want = shipped(resource).lines().toList();
        List<String> got = Files.readAllLines(mined, StandardCharsets.UTF_8);
        for (int k = 0; k < Math.min(want.size(), got.size()); k++) {
            assertEquals(want.get(k), got.get(k), resource + ", line " + (k + 1) + ": mine the tables again");
        }
        assertEquals(want.size(), got.size(), resource + ": lines");
    }

    private static String shipped(String resource) throws IOException {
        try (InputStream in = ShippedTablesIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
