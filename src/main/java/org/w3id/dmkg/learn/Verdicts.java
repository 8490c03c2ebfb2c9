package org.w3id.dmkg.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verdicts of one kind per article, by URL, as the verdict files hold them: one per line, the article's URL, a tab,
 * what is judged, a tab, and {@code yes} or {@code no}; blank lines and lines starting with # are ignored. What is
 * judged is read by the kind ({@link Judged}): the participants of a meeting, a person's name. Immutable.
 *
 * @param <L> one verdict
 */
final class Verdicts<L> {
    /** Reads what one line judges, with its verdict. */
    interface Judged<L> {
        /** The verdict on {@code judged}; an IOException whose message tells what is wrong with it. */
        L read(String judged, boolean yes) throws IOException;
    }

    private final Map<String, List<L>> byUrl;

    Verdicts(Map<String, List<L>> byUrl) {
        Map<String, List<L>> copy = new LinkedHashMap<>();
        byUrl.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byUrl = Map.copyOf(copy);
    }

    static <L> Verdicts<L> none() {
        return new Verdicts<>(Map.of());
    }

    /** The verdicts on one article, empty when there are none. */
    List<L> of(String url) {
        return url == null ? List.of() : byUrl.getOrDefault(url.strip(), List.of());
    }

    /** The URLs of the articles that have verdicts. */
    Set<String> urls() {
        return byUrl.keySet();
    }

    /** The verdicts of each article. */
    Collection<List<L>> all() {
        return byUrl.values();
    }

    boolean isEmpty() {
        return byUrl.isEmpty();
    }

    /** These verdicts and the other's, article by article. */
    Verdicts<L> plus(Verdicts<L> other) {
        Map<String, List<L>> out = new LinkedHashMap<>();
        byUrl.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        other.byUrl.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new Verdicts<>(out);
    }

    /**
     * Reads the verdicts of each path in turn, a file or a directory whose {@code *.tsv} files are read in the
     * order of their names, and joins them; a bad line is an IOException naming its file and line.
     */
    static <L> Verdicts<L> read(List<Path> paths, String shape, Judged<L> judged) throws IOException {
        Verdicts<L> all = none();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> listed = Files.list(p)) {
                    files = listed.filter(f -> f.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(f))
                            .sorted().toList();
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    all = all.plus(read(in, shape, judged));
                } catch (NoSuchFileException e) {
                    throw new NoSuchFileException(f + ": no such file");
                } catch (IOException e) {
                    throw new IOException(f + ": " + e.getMessage(), e);
                }
            }
        }
        return all;
    }

    /**
     * Reads a file of verdicts; a line without a URL, what is judged and yes or no is an IOException "line N: "
     * and {@code shape}, one whose judged part {@code judged} refuses "line N: " and its message.
     */
    static <L> Verdicts<L> read(InputStream in, String shape, Judged<L> judged) throws IOException {
        Map<String, List<L>> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String verdict = cols.length == 3 ? cols[2].strip() : "";
            if (!verdict.equals("yes") && !verdict.equals("no")) {
                throw new IOException("line " + n + ": " + shape);
            }
            L label;
            try {
                label = judged.read(cols[1], verdict.equals("yes"));
            } catch (IOException e) {
                throw new IOException("line " + n + ": " + e.getMessage(), e);
            }
            out.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(label);
        }
        return new Verdicts<>(out);
    }
}
