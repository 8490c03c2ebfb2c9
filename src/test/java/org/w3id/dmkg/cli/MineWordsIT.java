package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;

/** {@code dmkg mine-words} end to end on articles written here. */
class MineWordsIT {
    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "url: https://example.org/a\n\nThe senators said so on Monday, and "
                + "Bush said so too. The charities met.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "url: https://example.org/b\n\nIt was so, Bush said. Freedom and "
                + "freedom again.\n", StandardCharsets.UTF_8);
        return in;
    }

    private static List<String> rows(Path table) throws IOException {
        return Files.readAllLines(table).stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void writesTheWordsMostlyWrittenInLowerCase() throws IOException {
        Path table = dir.resolve("words.tsv");
        Cli.Result r = Cli.run("mine-words", "--min-count", "2", "-o", table.toString(), corpus().toString()).expect(0);
        List<String> rows = rows(table);
        assertTrue(rows.contains("so\t3\t3"), rows::toString);
        assertFalse(rows.stream().anyMatch(l -> l.startsWith("bush\t")), "a name is not a common word: " + rows);
        assertFalse(rows.stream().anyMatch(l -> l.startsWith("charities\t")), "seen once: " + rows);
        assertTrue(r.err().contains("from 2 articles (0 left out as gold)"), r.err());
    }

    @Test
    void writesWhereCapitalizedWordsStandWithContexts() throws IOException {
        Path in = Files.createDirectories(dir.resolve("ctx"));
        StringBuilder text = new StringBuilder("url: https://example.org/c\n\n");
        for (int k = 0; k < 6; k++) {
            text.append("They met in Orlando and Mr. Bush said so. Then Bush spoke in Orlando.\n");
        }
        Files.writeString(in.resolve("c.txt"), text, StandardCharsets.UTF_8);
        Path table = dir.resolve("words.tsv");
        Path contexts = dir.resolve("contexts.tsv");
        Cli.Result r = Cli.run("mine-words", "-o", table.toString(), "--contexts", contexts.toString(), in.toString())
                .expect(0);
        List<String> rows = rows(contexts);
        assertTrue(rows.contains("orlando\t12\t12\t0\t0"), rows::toString);
        assertTrue(rows.contains("bush\t12\t0\t6\t0"), rows::toString);
        assertTrue(r.err().contains("capitalized words written to"), r.err());
    }

    @Test
    void leavesOutTheArticlesAGoldDirectoryAnnotates() throws IOException {
        Path in = corpus();
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), "{\"id\": \"a\", \"url\": \"https://example.org/a\", \"meetings\": []}");
        Path table = dir.resolve("words.tsv");
        Cli.Result r = Cli.run("mine-words", "--exclude-gold", gold.toString(), "--min-count", "1", "-o",
                table.toString(), in.toString()).expect(0);
        assertTrue(r.err().contains("from 1 articles (1 left out as gold)"), r.err());
        assertTrue(rows(table).contains("so\t1\t1"), rows(table)::toString);
    }

    @Test
    void noArticleIsAOneLineErrorAndNoTable() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path table = dir.resolve("words.tsv");
        Cli.Result r = Cli.run("mine-words", "-o", table.toString(), empty.toString()).expect(DmkgException.INPUT_UNREADABLE);
        assertEquals(1, r.errorLines().size(), r.err());
        assertFalse(Files.exists(table));
        Cli.run("mine-words", "--min-share", "1.5", "-o", table.toString(), empty.toString()).expect(DmkgException.USAGE);
    }
}
