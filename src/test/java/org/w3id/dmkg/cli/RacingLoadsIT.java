package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two first loads racing for a new store directory, in separate processes: the one that loses says why in
 * one line, "store LOC: locked by another process", whatever moment it loses at (TDB2 once answered
 * "-1" when it lost between the winner's lock and the winner's writing its process id into the lock file).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RacingLoadsIT {
    static final int ROUNDS = 2;

    @TempDir
    Path dir;

    @Test
    void losingTheLockBeforeTheWinnerWroteItsProcessIdSaysLocked() throws Exception {
        Path loc = dir.resolve("db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockFileHolder.class.getName(), loc.resolve("tdb.lock").toString())
                .redirectErrorStream(true).start();
        try {
            String ready = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("ready", ready);
            Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString())
                    .expect(4).oneErrorLine("dmkg: store " + loc + ": locked by another process");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void twoFirstLoadsStartedTogetherEndWithTheStoreLoadedOnceAndTheLoserSayingWhy() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Path loc = dir.resolve("db" + round);
            ChildDmkg a = ChildDmkg.start(dir.resolve("a" + round), "load", "--loc", loc.toString(), Cli.SAMPLE.toString());
            ChildDmkg b = ChildDmkg.start(dir.resolve("b" + round), "load", "--loc", loc.toString(), Cli.SAMPLE.toString());
            int succeeded = 0;
            for (ChildDmkg.Result r : List.of(a.await(120), b.await(120))) {
                System.out.println("RacingLoadsIT: round " + round + ": exit " + r.exit() + " " + r.errorLines());
                assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.toString());
                if (r.exit() == 0) {
                    succeeded++;
                    continue;
                }
                assertEquals(4, r.exit(), r.toString());
                assertEquals(List.of("dmkg: store " + loc + ": locked by another process"),
                        r.errorLines().stream().map(l -> l.replaceFirst(" \\(.*\\)$", ""))
                                .toList(), r.toString());
            }
            assertTrue(succeeded >= 1, "one of them loaded the store");
            String stats = Cli.run("stats", "--loc", loc.toString()).expect(0).out();
            assertTrue(stats.contains("articles") && stats.lines().anyMatch(l -> l.matches("articles\\s+1")), stats);
        }
    }
}
