package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.text.ArticleSource;

/**
 * One-gigabyte inputs, read by {@code dmkg} in a child JVM limited to 256 MB of heap: an article over
 * {@link ArticleSource#MAX_ARTICLE_BYTES} is skipped with one line, never read whole, and the store is left
 * as it was. The files are written in the test's temporary directory (about 2 s each) and removed after it.
 */
class HugeInputIT {
    private static final long GIGABYTE = 1L << 30;
    /** How long a run over a gigabyte may take: streaming it is a few seconds, holding it would fail. */
    private static final long MAX_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aOneGigabyteLineOfTextIsSkipped() throws Exception {
        Path huge = endless(dir.resolve("endless.txt"), "", "");
        Path loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString()).expect(0);
        var before = Cli.storeCopy(loc).asDatasetGraph();
        for (String command : List.of("extract", "load")) {
            ChildDmkg.Result r = ChildDmkg.run(dir.resolve(command), MAX_SECONDS, command.equals("load")
                    ? new String[] {"load", "--loc", loc.toString(), huge.toString()}
                    : new String[] {"extract", huge.toString(), "-o", dir.resolve("out.ttl").toString()});
            assertEquals(3, r.exit(), r.toString());
            assertEquals(List.of("dmkg: " + huge + ": larger than 5 MB, skipped"), r.errorLines(), r.toString());
            assertTrue(r.millis() < MAX_SECONDS * 1000, r.toString());
        }
        assertTrue(IsoMatcher.isomorphic(before, Cli.storeCopy(loc).asDatasetGraph()), "the store changed");
    }

    @Test
    void aOneGigabyteJsonLineIsSkippedAndTheNextLineLoaded() throws Exception {
        String next = "\n{\"url\": \"https://news.example.org/next\", \"date\": \"2025-03-02\", \"text\": \""
                + "BEIJING, March 2 (Xinhua) -- Chinese President Xi Jinping met with visiting Kazakh President "
                + "Kassym-Jomart Tokayev in Beijing on Sunday.\"}\n";
        Path huge = endless(dir.resolve("huge.jsonl"), "{\"text\": \"", "\"}" + next);
        Path loc = dir.resolve("db");
        ChildDmkg.Result r = ChildDmkg.run(dir.resolve("load"), MAX_SECONDS, "load", "--loc", loc.toString(),
                huge.toString());
        assertEquals(3, r.exit(), r.toString());
        assertEquals(List.of("dmkg: " + huge + ":1: line longer than " + ArticleSource.MAX_ARTICLE_BYTES
                + " bytes, skipped"), r.errorLines(), r.toString());
        assertTrue(r.out().contains("articles: 1 read, 1 added"), r.out());
        assertEquals(1, Cli.count(Cli.storeUnion(loc), "?a a schema:NewsArticle"));
    }

    /** Writes {@code head}, a gigabyte of words without a line break, then {@code tail}. */
    static Path endless(Path file, String head, String tail) throws IOException {
        ByteBuffer words = ByteBuffer.allocateDirect(16 << 20);
        byte[] word = "diplomacy ".getBytes(StandardCharsets.US_ASCII);
        while (words.remaining() >= word.length) {
            words.put(word);
        }
        words.flip();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.UTF_8)));
            for (long written = 0; written < GIGABYTE; written += words.limit()) {
                words.rewind();
                while (words.hasRemaining()) {
                    ch.write(words);
                }
            }
            ch.write(ByteBuffer.wrap(tail.getBytes(StandardCharsets.UTF_8)));
        }
        return file;
    }
}
