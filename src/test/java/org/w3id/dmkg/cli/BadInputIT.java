package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad inputs and bad command lines: documented exit codes, one line on stderr, no stack trace. */
class BadInputIT {
    /** The first bytes of a JPEG file. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10,
            'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xDB};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"extract", "load"})
    void aMissingPathIsUnreadableInput(String command) {
        Path missing = dir.resolve("no-such-article.txt");
        Cli.run(args(command, missing)).expect(3).oneErrorLine(missing.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "load"})
    void anEmptyFileIsUnreadableInput(String command) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Cli.run(args(command, empty)).expect(3).oneErrorLine("empty.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "load"})
    void aBinaryFileIsUnreadableInput(String command) throws IOException {
        Path jpeg = Files.write(dir.resolve("photo.txt"), JPEG);
        Cli.run(args(command, jpeg)).expect(3).oneErrorLine("photo.txt");
    }

    @Test
    void aDirectoryWithoutArticlesIsUnreadableInput() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing"));
        Cli.run("extract", empty.toString()).expect(3).oneErrorLine("no article found");
    }

    private String[] args(String command, Path input) {
        return command.equals("load")
                ? new String[] {"load", "--loc", dir.resolve("db").toString(), input.toString()}
                : new String[] {"extract", input.toString(), "-o", dir.resolve("out.ttl").toString()};
    }

    @Test
    void extractKeepsTheGoodArticleWhenAnotherIsBad() throws IOException {
        Path jpeg = Files.write(dir.resolve("photo.txt"), JPEG);
        Path out = dir.resolve("out.ttl");
        Cli.run("extract", jpeg.toString(), Cli.SAMPLE.toString(), "-o", out.toString())
                .expect(3).oneErrorLine("photo.txt");
        assertEquals(1, Cli.count(Cli.readModel(out), "?m a dmkg:Meeting"));
    }

    @Test
    void loadStoresTheGoodArticleNextToABadOne() throws IOException {
        Path jpeg = Files.write(dir.resolve("photo.txt"), JPEG);
        Path loc = dir.resolve("db");
        Cli.Result r = Cli.run("load", "--loc", loc.toString(), jpeg.toString(), Cli.SAMPLE.toString())
                .expect(3).oneErrorLine("photo.txt");
        assertTrue(r.err().contains("1 inputs skipped"), r.err());
        Model union = Cli.storeUnion(loc);
        assertEquals(1, Cli.count(union, "?a a schema:NewsArticle"), "the good article is stored");
        assertEquals(1, Cli.count(union, "?m a dmkg:Meeting"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "query", "export", "validate", "stats", "demo"})
    void aStoreThatIsARegularFileIsUnavailable(String command) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-store"), "hello\n");
        String[] args = switch (command) {
            case "load" -> new String[] {"load", "--loc", file.toString(), Cli.SAMPLE.toString()};
            case "query" -> new String[] {"query", "--loc", file.toString(), "meetings"};
            default -> new String[] {command, "--loc", file.toString()};
        };
        Cli.Result r = Cli.run(args).expect(4).oneErrorLine(file.toString());
        assertFalse(r.err().contains("loaded"), "nothing loaded:\n" + r.err());
        assertEquals("hello\n", Files.readString(file), "the file is untouched");
    }

    @Test
    void aNonEmptyDirectoryThatIsNotAStoreIsUnavailable() throws IOException {
        Path notStore = Files.createDirectory(dir.resolve("photos"));
        Files.write(notStore.resolve("photo.jpg"), JPEG);
        Cli.run("stats", "--loc", notStore.toString()).expect(4).oneErrorLine("not a TDB2 database");
        try (var files = Files.list(notStore)) {
            assertEquals(1, files.count(), "nothing written into it");
        }
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-store"), "hello\n");
        Cli.Result r = Cli.run("stats", "--verbose", "--loc", file.toString()).expect(4);
        assertTrue(r.err().startsWith("dmkg: store "), r.err());
        assertTrue(r.err().contains("\tat "), "stack trace with --verbose:\n" + r.err());
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        Cli.run("frobnicate").expect(2).oneErrorLine("frobnicate");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.run("extract", "--frobnicate", Cli.SAMPLE.toString()).expect(2).oneErrorLine("--frobnicate");
    }

    @Test
    void noSubcommandIsAUsageError() {
        Cli.run().expect(2).oneErrorLine("subcommand");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.run("extract", Cli.SAMPLE.toString(), "--format", "docx").expect(2).oneErrorLine("docx");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        Cli.run("extract").expect(2).noStackTrace();
    }

    @Test
    void validateOfAMissingFileIsUnreadableInput() {
        Path missing = dir.resolve("missing.ttl");
        Cli.run("validate", missing.toString()).expect(3).oneErrorLine(missing.toString());
    }

    @Test
    void aMissingQueryFileIsUnreadableInput() {
        Path missing = dir.resolve("missing.rq");
        Cli.run("query", "--loc", dir.resolve("db").toString(), missing.toString())
                .expect(3).oneErrorLine("missing.rq");
    }

    @Test
    void outputIntoAMissingDirectoryFailsWithoutPartialFiles() {
        Path out = dir.resolve("no-such-dir").resolve("out.ttl");
        Cli.run("extract", Cli.SAMPLE.toString(), "-o", out.toString()).expect(1).oneErrorLine("no such directory");
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void helpAndVersionSucceed() {
        assertTrue(Cli.run("--help").expect(0).out().contains("extract"));
        assertFalse(Cli.run("--version").expect(0).out().isBlank());
        assertTrue(Cli.run("load", "--help").expect(0).out().contains("--loc"));
    }
}
