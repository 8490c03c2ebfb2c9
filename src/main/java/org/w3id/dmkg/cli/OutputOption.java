package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.w3id.dmkg.DmkgException;
import picocli.CommandLine.Option;

/**
 * The {@code -o FILE} option: output goes to stdout, or to a temporary file renamed over FILE when
 * complete, so a failed run never leaves half a file.
 */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path file;

    /** Something that writes to a stream. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    void write(Writer writer) throws IOException {
        if (file == null) {
            writer.write(System.out);
            System.out.flush();
            return;
        }
        writeAtomically(file, writer);
    }

    /** Writes FILE through a temporary file beside it, renamed over FILE only when complete. */
    static void writeAtomically(Path file, Writer writer) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DmkgException(DmkgException.FAILURE, file + ": no such directory");
        }
        Path tmp = Files.createTempFile(dir, ".dmkg-", ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            readableByAll(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes a table mined from articles atomically ({@link #writeAtomically}): its header lines, each given
     * without its leading "# ", then its rows, each given as its cells, joined by tabs; UTF-8, one line each.
     */
    static void writeTable(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        writeAtomically(file, out -> {
            var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (String line : header) {
                w.write("# " + line + "\n");
            }
            for (List<Object> row : rows) {
                w.write(row.stream().map(String::valueOf).collect(Collectors.joining("\t")) + "\n");
            }
            w.flush();
        });
    }

    /** Temporary files are private; the output should be as readable as any file the user writes. */
    private static void readableByAll(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }
}
