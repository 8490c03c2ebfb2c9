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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.dmkg.eval.FactMatching;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.PredictedArticle;
import org.w3id.dmkg.extract.meeting.MeetingCandidate;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Verdicts on meetings dmkg proposed in articles that have no gold annotation: for one article (by URL) a
 * set of participants and whether they met. Ordinary news, where most sentences that speak of meetings
 * report none, is where the meeting judge errs most; its verdicts teach the judge what the gold articles
 * alone show too rarely. Only candidates whose participants match a verdict become examples: the rest of
 * such an article is unknown, not a no. Immutable.
 *
 * <p>The file has one verdict per line: the article's URL, a tab, the participants joined by " + ", a tab,
 * and {@code yes} or {@code no}; blank lines and lines starting with # are ignored.
 */
public final class MeetingLabels {
    /** One verdict: these people did or did not meet as the article tells it. */
    public record Label(List<String> participants, boolean meeting) {
        public Label {
            participants = List.copyOf(participants);
        }

        /** Whether the meeting's participants are this verdict's, names matched as the scorer matches them. */
        public boolean names(PredictedArticle.Meeting m) {
            return FactMatching.participantsMatch(new GoldArticle.Meeting(participants, null, null, true), m);
        }
    }

    private final Map<String, List<Label>> byUrl;

    public MeetingLabels(Map<String, List<Label>> byUrl) {
        Map<String, List<Label>> copy = new LinkedHashMap<>();
        byUrl.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byUrl = Map.copyOf(copy);
    }

    public static MeetingLabels none() {
        return new MeetingLabels(Map.of());
    }

    /** The verdicts on one article, empty when there are none. */
    public List<Label> of(String url) {
        return url == null ? List.of() : byUrl.getOrDefault(url.strip(), List.of());
    }

    /** The URLs of the articles that have verdicts. */
    public Set<String> articleUrls() {
        return byUrl.keySet();
    }

    /** How many articles have verdicts. */
    public int urls() {
        return byUrl.size();
    }

    public boolean isEmpty() {
        return byUrl.isEmpty();
    }

    /** How many verdicts, and how many of them yes. */
    public int[] counts() {
        int[] n = new int[2];
        byUrl.values().forEach(l -> l.forEach(x -> {
            n[0]++;
            n[1] += x.meeting() ? 1 : 0;
        }));
        return n;
    }

    /** These verdicts and the other's, article by article (for one set of participants the first said counts). */
    public MeetingLabels plus(MeetingLabels other) {
        Map<String, List<Label>> out = new LinkedHashMap<>();
        byUrl.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        other.byUrl.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new MeetingLabels(out);
    }

    /**
     * Reads the verdicts of each path in turn: a file, or a directory whose {@code *.tsv} files are read in the
     * order of their names. A bad line is an IOException naming its file and line.
     */
    public static MeetingLabels read(List<Path> paths) throws IOException {
        return readEach(paths, MeetingLabels::read, MeetingLabels::plus, none());
    }

    /** A reader of one verdict file. */
    interface FileReader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * Reads the verdicts of each path in turn, a file or a directory whose {@code *.tsv} files are read in the
     * order of their names, and joins them; a bad line is an IOException naming its file and line.
     */
    static <T> T readEach(List<Path> paths, FileReader<T> reader, java.util.function.BinaryOperator<T> plus, T none)
            throws IOException {
        T all = none;
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
                    all = plus.apply(all, reader.read(in));
                } catch (NoSuchFileException e) {
                    throw new NoSuchFileException(f + ": no such file");
                } catch (IOException e) {
                    throw new IOException(f + ": " + e.getMessage(), e);
                }
            }
        }
        return all;
    }

    /** Reads a file of verdicts; a line that is not a URL, participants and yes or no is an IOException naming it. */
    public static MeetingLabels read(InputStream in) throws IOException {
        Map<String, List<Label>> out = new LinkedHashMap<>();
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
                throw new IOException("line " + n + ": not a URL, participants and yes or no");
            }
            List<String> names = Arrays.stream(cols[1].split(" \\+ ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (names.size() < 2) {
                throw new IOException("line " + n + ": a meeting needs two participants");
            }
            out.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(new Label(names, verdict.equals("yes")));
        }
        return new MeetingLabels(out);
    }

    /** The examples the verdicts make of one article's candidates: those whose participants a verdict names. */
    public static List<Classifier.Example> examples(List<MeetingCandidate> candidates, List<Label> labels) {
        return judged(candidates, labels).stream().map(j -> new Classifier.Example(j.candidate().features(),
                j.label().meeting())).toList();
    }

    /** A candidate and the verdict that names its participants. */
    public record Judged(MeetingCandidate candidate, Label label) {
    }

    /** The candidates of one article that a verdict names, each with the first verdict that does. */
    public static List<Judged> judged(List<MeetingCandidate> candidates, List<Label> labels) {
        List<Judged> out = new ArrayList<>();
        for (MeetingCandidate c : candidates) {
            PredictedArticle.Meeting m = PredictedArticle.Meeting.of(c.fact().participants());
            for (Label l : labels) {
                if (l.names(m)) {
                    out.add(new Judged(c, l));
                    break;
                }
            }
        }
        return out;
    }
}
