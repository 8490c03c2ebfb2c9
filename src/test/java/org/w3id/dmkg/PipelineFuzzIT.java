package org.w3id.dmkg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.ShapesValidator;
import org.w3id.dmkg.rdf.ValidationReport;
import org.w3id.dmkg.text.TextArticleParser;

/**
 * Random and mutated articles through the whole pipeline, seeded so that a failure repeats: no
 * exception escapes and every graph meets the shapes. {@code -Ddmkg.fuzz.seed} and {@code -Ddmkg.fuzz.cases}
 * change the run (default seed 20250301, 300 cases).
 */
class PipelineFuzzIT {
    static final long SEED = Long.getLong("dmkg.fuzz.seed", 20250301L);
    static final int CASES = Integer.getInteger("dmkg.fuzz.cases", 300);
    static final String[] ODD = {"\u0000", "\u0007", "\u001B[31m", "\u200B", "\uFEFF", "\u202E", "\uD800", "\uDFFF",
        "\u0301", "\t", "\r", "\u2028", "\uFFFD", "\uD83D\uDE00", "\u4E60\u8FD1\u5E73", "\u0645\u0635\u0631", "…", "--",
        "(Xinhua)", " date ", "url: ", "99999th anniversary of", "Feb. 31", "on Monday", "President", "met with"};

    @Test
    void randomAndMutatedArticlesGiveValidGraphs() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(SEED);
        Dmkg.Session session = Dmkg.shared().session(0);
        for (int i = 0; i < CASES; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            ArticleGraph graph;
            try {
                graph = session.extract(TextArticleParser.parse("fuzz-" + i, text));
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (seed " + SEED + ") threw " + e + " on:\n" + show(text), e);
            }
            ValidationReport report = ShapesValidator.get().validate(graph.model());
            if (!report.conforms()) {
                fail("case " + i + " (seed " + SEED + ") does not meet the shapes: " + report.messages()
                        + "\non:\n" + show(text));
            }
        }
        assertTrue(CASES > 0);
    }

    static String mutate(String text, Random r) {
        String t = text;
        int kinds = 1 + r.nextInt(3);
        for (int k = 0; k < kinds; k++) {
            switch (r.nextInt(8)) {
                case 0 -> t = t.substring(0, r.nextInt(t.length() + 1)); // truncated, maybe mid-word
                case 1 -> {
                    List<String> sentences = new ArrayList<>(Arrays.asList(t.split("(?<=\\.) ")));
                    Collections.shuffle(sentences, r);
                    t = String.join(" ", sentences);
                }
                case 2 -> t = insert(t, r, ODD[r.nextInt(ODD.length)], 1 + r.nextInt(20));
                case 3 -> t = insert(t, r, " " + "Xi".repeat(1 + r.nextInt(5000)) + " ", 1);
                case 4 -> t = t.replaceAll("\\p{Punct}", "");
                case 5 -> t = randomUnicode(r, r.nextInt(2000));
                case 6 -> t = t.toUpperCase();
                default -> t = t + " " + t.substring(0, r.nextInt(t.length() + 1));
            }
        }
        return t;
    }

    private static String insert(String t, Random r, String piece, int times) {
        StringBuilder b = new StringBuilder(t);
        for (int i = 0; i < times; i++) {
            b.insert(r.nextInt(b.length() + 1), piece);
        }
        return b.toString();
    }

    private static String randomUnicode(Random r, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(0x30000);
            if (Character.isValidCodePoint(cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>(List.of(Files.readString(Path.of(
                "data/articles/2025-03-01-xi-meets-shoigu.txt")), "", " ", "President met with President.",
                "BEIJING, Feb. 28 (Xinhua) -- Xi met Putin on Monday and marked the 80th anniversary of it."));
        Path dev = Path.of("../shared/corpus/dev");
        if (Files.isDirectory(dev)) {
            try (var files = Files.list(dev)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList()) {
                    seeds.add(Files.readString(f));
                }
            }
        }
        return seeds;
    }

    private static String show(String text) {
        String escaped = text.codePoints().mapToObj(c -> c < 0x20 || (c >= 0xD800 && c < 0xE000)
                ? String.format("\\u%04X", c) : Character.toString(c)).reduce("", String::concat);
        return escaped.length() <= 3000 ? escaped : escaped.substring(0, 3000) + "…";
    }
}
