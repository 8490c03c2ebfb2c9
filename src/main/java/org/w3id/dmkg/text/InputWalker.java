package org.w3id.dmkg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands the inputs a user names into the files to read, in a deterministic order: a file as named,
 * a directory recursively with entries sorted by name (only the files whose names
 * {@link InputFormat#fromExtension} knows, gzipped or not; hidden entries skipped), {@code -} for standard input. Symbolic links are
 * followed, but a directory reached twice (a link loop) is visited once. In a directory only regular
 * files are read: a FIFO named {@code x.txt} would block the run until something writes to it (one
 * swapped in after the check is caught when it is opened, {@link RegularFileOpen}). A
 * directory's entries are listed before they are read, and files may be removed or replaced meanwhile:
 * an entry that is gone is reported as {@link #VANISHED}, one that is now a broken link as such. Not
 * thread-safe.
 */
final class InputWalker {
    /** Why an input that was there when it was listed, or named, cannot be read any more. */
    static final String VANISHED = "vanished during the load (removed or renamed after it was listed)";
    static final String BROKEN_LINK = "broken symbolic link";
    /** Receives the inputs in order. */
    interface Visitor {
        /**
         * A file to read; {@code origin} is its path as the user would write it. {@code listed}: found in
         * a directory, and a regular file then (it may have been replaced since); else named by the user,
         * and read whatever it is.
         */
        void file(Path path, String origin, InputFormat format, boolean listed);

        /** The user named {@code -}. */
        void stdin();
    }

    private final Visitor visitor;
    private final Consumer<InputProblem> problems;
    private final Set<Path> visitedDirectories = new HashSet<>();

    InputWalker(Visitor visitor, Consumer<InputProblem> problems) {
        this.visitor = visitor;
        this.problems = problems;
    }

    /** Visits every input in the given order. */
    void walk(List<String> inputs) {
        for (String input : inputs) {
            if ("-".equals(input)) {
                visitor.stdin();
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                problems.accept(InputProblem.skipped(input, "not a valid path"));
                continue;
            }
            if (Files.isDirectory(path)) {
                directory(path);
            } else if (Files.exists(path)) {
                // named explicitly: read whatever it is called, and pipes such as /dev/stdin too
                visitor.file(path, input, InputFormat.forNamedFile(path.getFileName().toString()), false);
            } else {
                problems.accept(InputProblem.skipped(input, Files.isSymbolicLink(path)
                        ? BROKEN_LINK : "no such file or directory"));
            }
        }
    }

    private void directory(Path dir) {
        List<Path> entries;
        try {
            if (!visitedDirectories.add(dir.toRealPath())) {
                problems.accept(InputProblem.warning(dir.toString(),
                        "directory already read (symbolic link loop?), skipped"));
                return;
            }
            try (Stream<Path> list = Files.list(dir)) {
                entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
        } catch (NoSuchFileException e) {
            problems.accept(InputProblem.skipped(dir.toString(), VANISHED));
            return;
        } catch (IOException | UncheckedIOException e) {
            problems.accept(InputProblem.skipped(dir.toString(),
                    "cannot read directory: " + ArticleSource.describe(e)));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // editor back-ups, .git and the like are never articles
            }
            if (Files.isDirectory(entry)) {
                directory(entry);
                continue;
            }
            Optional<InputFormat> format = InputFormat.fromExtension(name);
            if (format.isEmpty()) {
                continue; // gold .json files and images sit next to articles; skipping them is expected
            }
            if (Files.isRegularFile(entry)) {
                visitor.file(entry, entry.toString(), format.get(), true);
            } else if (Files.exists(entry)) {
                problems.accept(InputProblem.skipped(entry.toString(), RegularFileOpen.NOT_REGULAR));
            } else {
                problems.accept(InputProblem.skipped(entry.toString(), Files.isSymbolicLink(entry) ? BROKEN_LINK : VANISHED));
            }
        }
    }
}
