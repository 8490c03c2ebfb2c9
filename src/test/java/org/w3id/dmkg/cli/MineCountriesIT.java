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

/** {@code dmkg mine-countries} end to end: the real recognizers on articles written here. */
class MineCountriesIT {
    @TempDir
    Path dir;

    private Path article(Path in, String name, String url, String body) throws IOException {
        Path f = in.resolve(name);
        Files.writeString(f, "url: " + url + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        article(in, "a.txt", "https://example.org/a", "Chinese President Xi Jinping met French President Emmanuel "
                + "Macron in Beijing on Monday. Xi said the talks were good.");
        article(in, "b.txt", "https://example.org/b", "Xi Jinping, the Chinese president, spoke to reporters. Later "
                + "Chinese President Xi Jinping left for Moscow.");
        article(in, "c.txt", "https://example.org/c", "French President Emmanuel Macron arrived in Berlin, where "
                + "German Chancellor Olaf Scholz welcomed him.");
        return in;
    }

    private static List<String> rows(Path table) throws IOException {
        return Files.readAllLines(table).stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void writesThePeopleEnoughArticlesAgreeOn() throws IOException {
        Path in = corpus();
        Path table = dir.resolve("countries.tsv");
        Cli.run("mine-countries", "--min-articles", "2", "-o", table.toString(), in.toString()).expect(0);
        List<String> rows = rows(table);
        assertTrue(rows.contains("xi jinping\tcountry/CN\t2\t2\tXi Jinping"), rows::toString);
        assertTrue(rows.contains("emmanuel macron\tcountry/FR\t2\t2\tEmmanuel Macron"), rows::toString);
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("olaf scholz\t")), "one article is not enough: " + rows);

        // by default one article is enough, and the table says how many agree
        Cli.run("mine-countries", "-o", table.toString(), in.toString()).expect(0);
        assertTrue(rows(table).contains("olaf scholz\tcountry/DE\t1\t1\tOlaf Scholz"), rows(table)::toString);
    }

    @Test
    void leavesOutTheArticlesAGoldDirectoryAnnotates() throws IOException {
        Path in = corpus();
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), "{\"id\": \"a\", \"url\": \"https://example.org/a\", \"meetings\": []}");
        Path table = dir.resolve("countries.tsv");
        Cli.Result r = Cli.run("mine-countries", "--min-articles", "2", "--exclude-gold", gold.toString(), "-o",
                table.toString(), in.toString()).expect(0);
        assertTrue(r.err().contains("from 2 articles (1 left out as gold)"), r.err());
        assertFalse(rows(table).stream().anyMatch(l -> l.startsWith("xi jinping\t")), rows(table)::toString);
    }

    @Test
    void noArticleIsAOneLineErrorAndNoTable() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path table = dir.resolve("countries.tsv");
        Cli.Result r = Cli.run("mine-countries", "-o", table.toString(), empty.toString())
                .expect(DmkgException.INPUT_UNREADABLE);
        assertEquals(1, r.errorLines().size(), r.err());
        assertFalse(Files.exists(table));
        Cli.run("mine-countries", "--min-share", "1.5", "-o", table.toString(), empty.toString())
                .expect(DmkgException.USAGE);
    }
}
