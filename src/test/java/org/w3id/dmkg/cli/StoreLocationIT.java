package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --loc} naming something that cannot be the store: exit 4, one line, and the store (when there
 * is one) opens and holds the same afterwards. (A regular file as {@code --loc}: {@link BadInputIT}.)
 */
class StoreLocationIT {
    @TempDir
    Path dir;

    @Test
    void aStoreLockedByARunningServerIsUnavailableAndUntouched() throws Exception {
        Path loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString()).expect(0);
        var before = Cli.storeCopy(loc).asDatasetGraph();
        String stats = Cli.run("stats", "--loc", loc.toString()).expect(0).out();
        ChildDmkg server = ChildDmkg.start(dir.resolve("serve"), "serve", "--port", "0", "--loc", loc.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!server.err().contains("dmkg: serving") && server.process().isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(server.err().contains("dmkg: serving"), "the server started:\n" + server.err());
            Path other = Files.writeString(dir.resolve("other.txt"), BadInputCasesIT.STORY);
            Cli.run("load", "--loc", loc.toString(), other.toString())
                    .expect(4).oneErrorLine("store " + loc + ": locked by another process");
            Cli.run("stats", "--loc", loc.toString()).expect(4).oneErrorLine("locked by another process");
            Cli.run("query", "--loc", loc.toString(), "meetings").expect(4).oneErrorLine("locked");
        } finally {
            server.process().destroy(); // SIGTERM: the server's shutdown hook releases the store
            if (!server.process().waitFor(30, TimeUnit.SECONDS)) {
                server.kill();
            }
        }
        assertEquals(stats, Cli.run("stats", "--loc", loc.toString()).expect(0).out());
        assertTrue(IsoMatcher.isomorphic(before, Cli.storeCopy(loc).asDatasetGraph()), "the store changed");
    }

    @Test
    void loadIntoADirectoryThatIsNotAStoreWritesNothing() throws IOException {
        Path notStore = Files.createDirectory(dir.resolve("papers"));
        Files.writeString(notStore.resolve("notes.txt"), "my notes\n");
        Cli.run("load", "--loc", notStore.toString(), Cli.SAMPLE.toString())
                .expect(4).oneErrorLine("store " + notStore + ": not a TDB2 database");
        try (var files = Files.list(notStore)) {
            assertEquals(1, files.count(), "nothing written into it");
        }
    }

    @Test
    void aReadOnlyStoreIsUnavailableForLoading() throws IOException {
        Path loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString()).expect(0);
        var before = Cli.storeCopy(loc).asDatasetGraph();
        Files.setPosixFilePermissions(loc, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(loc), "running as root: a read-only directory is writable");
            Path other = Files.writeString(dir.resolve("other.txt"), BadInputCasesIT.STORY);
            Cli.run("load", "--loc", loc.toString(), other.toString())
                    .expect(4).oneErrorLine("store " + loc + ": directory is not writable");
        } finally {
            Files.setPosixFilePermissions(loc, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertTrue(IsoMatcher.isomorphic(before, Cli.storeCopy(loc).asDatasetGraph()), "the store changed");
    }

    @Test
    void aStoreWhoseParentCannotBeCreatedIsUnavailable() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path loc = file.resolve("db");
        Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString())
                .expect(4).oneErrorLine("store " + loc + ": cannot be created");
        assertEquals("x", Files.readString(file));
    }
}
