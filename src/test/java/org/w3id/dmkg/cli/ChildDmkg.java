package org.w3id.dmkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code dmkg} in a child JVM with a 256 MB heap, on this JVM's class path (the built classes and
 * the test dependencies), the way a user runs it: for memory limits, locks held by another process
 * and processes killed mid-run. Standard output and error go to files in a scratch directory.
 */
final class ChildDmkg {
    /** What a finished run did. */
    record Result(List<String> args, int exit, String out, String err, long millis) {
        /** The error lines ({@code dmkg: ...}) on stderr. */
        List<String> errorLines() {
            return err.lines().filter(l -> l.startsWith("dmkg: ")).toList();
        }

        @Override
        public String toString() {
            return "dmkg " + String.join(" ", args) + " -> exit " + exit + " in " + millis + " ms\n--- stderr:\n"
                    + Cli.abbreviate(err);
        }
    }

    private final Path scratch;
    private final List<String> args;
    private final Process process;
    private final long started = System.nanoTime();

    private ChildDmkg(Path scratch, List<String> args, Process process) {
        this.scratch = scratch;
        this.args = args;
        this.process = process;
    }

    /** Starts {@code dmkg ARGS} in a child JVM; {@code scratch} receives its stdout and stderr. */
    static ChildDmkg start(Path scratch, String... args) throws IOException {
        Files.createDirectories(scratch);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(scratch.resolve("stdout").toFile())
                .redirectError(scratch.resolve("stderr").toFile());
        return new ChildDmkg(scratch, List.of(args), pb.start());
    }

    /** Runs {@code dmkg ARGS} to the end, killing it after {@code seconds}. */
    static Result run(Path scratch, long seconds, String... args) throws IOException, InterruptedException {
        return start(scratch, args).await(seconds);
    }

    /** Waits for the end of the run, killing it and failing after {@code seconds}. */
    Result await(long seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("dmkg " + String.join(" ", args) + " still running after " + seconds
                    + " s\n" + err());
        }
        return result();
    }

    Process process() {
        return process;
    }

    /** What it has written to stderr so far. */
    String err() throws IOException {
        return Files.readString(scratch.resolve("stderr"), StandardCharsets.UTF_8);
    }

    /** The result of the finished process. */
    Result result() throws IOException, InterruptedException {
        int exit = process.waitFor();
        return new Result(args, exit, Files.readString(scratch.resolve("stdout"), StandardCharsets.UTF_8), err(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Kills the process with SIGKILL (no shutdown hooks run) and waits for it to end. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
