package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandIT {
    @Test
    void syntheticBenchPrintsEveryFigure() {
        Cli.Result r = Cli.run("bench", "--synthetic", "50", "--repeat", "1", "--warmup", "5", "--query-runs", "2",
                "--pages").expect(0);
        String out = r.out();
        for (String figure : new String[] {"(1) floor", "(2) full extraction", "(3) load, dmkg", "(4) load, Jena",
            "articles/s", "tokens/s", "triples/s", "peak heap", "ratio full/floor", "ratio load/bulk-loader"}) {
            assertTrue(out.contains(figure), () -> figure + " missing from:\n" + out);
        }
        for (String query : new String[] {"meetings-of", "office-holders", "meetings ", "anniversaries", "people"}) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith("(5) query " + query) && l.contains("p50")
                    && l.contains("p95")), () -> query + " timing missing from:\n" + out);
        }
        assertTrue(out.lines().noneMatch(l -> l.contains("wikidata-")), "federated queries are left out");
        assertTrue(out.lines().anyMatch(l -> l.startsWith("(2) in turn, round 3: ") && l.contains("full/floor")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("ratio full/floor") && l.contains("the two in turn (median of 3 rounds")), out);
        for (String page : new String[] {"home: store figures", "search \"an\"", "network, last month", "anniversaries of"}) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith("(6) page " + page) && l.contains(" ms")),
                    () -> page + " timing missing from:\n" + out);
        }
    }

    @Test
    void pagesAreTimedOnAStoreAlone(@TempDir Path dir) {
        Path db = dir.resolve("db");
        Cli.run("load", "data/articles", "--loc", db.toString()).expect(0);
        String out = Cli.run("bench", "--pages", "--loc", db.toString(), "--query-runs", "1", "--person", "Xi")
                .expect(0).out();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("(6) page home: store figures")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("(6) prepared: home and the pages of ")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("(6) page person, most frequent (Xi), prepared")
                && l.contains(" ms")), out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("(1)") || l.startsWith("(5)")), out);
        Cli.run("bench", "--loc", db.toString()).expect(2).oneErrorLine("--loc");
        Cli.run("bench", "--synthetic", "5", "--pages", "--loc", db.toString()).expect(2).oneErrorLine("--loc");
    }

    @Test
    void benchNeedsInputOrSynthetic() {
        Cli.run("bench").expect(2);
        Cli.run("bench", "--synthetic", "5", "--sample", "3").expect(2).oneErrorLine("--sample");
        Cli.run("bench", "data/articles", "--sample", "0").expect(2).oneErrorLine("--sample");
        Cli.run("bench", "--synthetic", "5", "--rounds", "-1").expect(2).oneErrorLine("--rounds");
    }

    @Test
    void aSampleOfFilesIsTimedByLengthBandAndSite() {
        String input = Files.isDirectory(Cli.DEV) ? Cli.DEV.toString() : "data/articles";
        int sample = Files.isDirectory(Cli.DEV) ? 8 : 1;
        String out = Cli.run("bench", input, "--sample", Integer.toString(sample), "--seed", "5", "--warmup", "0",
                "--query-runs", "1", "--person", "Putin").expect(0).out();
        assertTrue(out.startsWith("input: " + sample + " articles drawn at random (seed 5) from the "), out);
        List<String> bands = out.lines().dropWhile(l -> !l.startsWith("(2) by length")).skip(1).limit(6).toList();
        assertEquals(List.of("<2k", "2-5k", "5-10k", "10-20k", ">=20k", "all"),
                bands.stream().map(l -> l.split("\\s+")[0]).toList(), out);
        int inBands = bands.subList(0, 5).stream().mapToInt(l -> Integer.parseInt(l.split("\\s+")[1])).sum();
        assertEquals(sample, inBands, out);
        assertEquals(sample, Integer.parseInt(bands.get(5).split("\\s+")[1]), out);
        List<String> sites = out.lines().dropWhile(l -> !l.startsWith("(2) by site")).skip(1)
                .takeWhile(l -> !l.startsWith("(2) slow") && !l.startsWith("(3)")).toList();
        assertEquals(sample, sites.stream().mapToInt(l -> Integer.parseInt(l.split("\\s+")[1])).sum(), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("(5) query meetings-of") && l.contains("person=Putin")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("(5) query meeting-sample") && l.contains("p50")), out);
    }

    @Test
    void extractWithThreadsWritesWhatOneThreadWrites(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.nq");
        Path three = dir.resolve("three.nq");
        String input = Files.isDirectory(Cli.DEV) ? Cli.DEV.toString() : "data/articles";
        Cli.run("extract", input, "data/articles", "--format", "nq", "--threads", "1", "-o", one.toString()).expect(0);
        Cli.run("extract", input, "data/articles", "--format", "nq", "--threads", "3", "-o", three.toString()).expect(0);
        assertEquals(Files.readString(one), Files.readString(three));
        assertTrue(Files.size(one) > 0);
    }
}
