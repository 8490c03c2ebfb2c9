package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A read-only command given a {@code --loc} that does not exist: exit 4 and one line saying so, and no
 * directory created (it used to create an empty store and print zeros). {@code load} still creates one.
 */
class MissingStoreIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"stats", "query", "export", "graph", "serve"})
    void aReadOnlyCommandRefusesAMissingStoreAndCreatesNothing(String command) {
        Path loc = dir.resolve("no-such-db");
        List<String> args = new ArrayList<>(List.of(command, "--loc", loc.toString()));
        switch (command) {
            case "query" -> args.add("meetings");
            case "export", "graph" -> args.addAll(List.of("-o", dir.resolve("out").toString()));
            case "serve" -> args.addAll(List.of("--port", "0"));
            default -> { }
        }
        Cli.run(args.toArray(String[]::new)).expect(4)
                .oneErrorLine("store " + loc + ": no such store (the directory does not exist");
        assertFalse(Files.exists(loc), "the store directory was created");
        assertFalse(Files.exists(dir.resolve("out")), "an output was written");
    }

    @Test
    void loadStillCreatesANewStore() {
        Path loc = dir.resolve("parent").resolve("db");
        Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString()).expect(0);
        Cli.run("stats", "--loc", loc.toString()).expect(0);
    }
}
