package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandIT {
    @Test
    void syntheticBenchPrintsEveryFigure() {
        Cli.Result r = Cli.run("bench", "--synthetic", "50", "--repeat", "1", "--warmup", "5", "--query-runs", "2")
                .expect(0);
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
    }

    @Test
    void benchNeedsInputOrSynthetic() {
        Cli.run("bench").expect(2);
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
