package org.w3id.dmkg.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    private final Verdicts<Label> verdicts;

    private MeetingLabels(Verdicts<Label> verdicts) {
        this.verdicts = verdicts;
    }

    public static MeetingLabels none() {
        return new MeetingLabels(Verdicts.none());
    }

    /** The verdicts on one article, empty when there are none. */
    public List<Label> of(String url) {
        return verdicts.of(url);
    }

    /** The URLs of the articles that have verdicts. */
    public Set<String> articleUrls() {
        return verdicts.urls();
    }

    /** How many articles have verdicts. */
    public int urls() {
        return verdicts.urls().size();
    }

    public boolean isEmpty() {
        return verdicts.isEmpty();
    }

    /** How many verdicts, and how many of them yes. */
    public int[] counts() {
        int[] n = new int[2];
        verdicts.all().forEach(l -> l.forEach(x -> {
            n[0]++;
            n[1] += x.meeting() ? 1 : 0;
        }));
        return n;
    }

    /** These verdicts and the other's, article by article (for one set of participants the first said counts). */
    public MeetingLabels plus(MeetingLabels other) {
        return new MeetingLabels(verdicts.plus(other.verdicts));
    }

    private static final String SHAPE = "not a URL, participants and yes or no";

    /**
     * Reads the verdicts of each path in turn: a file, or a directory whose {@code *.tsv} files are read in the
     * order of their names. A bad line is an IOException naming its file and line.
     */
    public static MeetingLabels read(List<Path> paths) throws IOException {
        return new MeetingLabels(Verdicts.read(paths, SHAPE, MeetingLabels::label));
    }

    /** Reads a file of verdicts; a line that is not a URL, participants and yes or no is an IOException naming it. */
    public static MeetingLabels read(InputStream in) throws IOException {
        return new MeetingLabels(Verdicts.read(in, SHAPE, MeetingLabels::label));
    }

    /** The verdict on participants joined by " + ": at least two of them. */
    private static Label label(String participants, boolean yes) throws IOException {
        List<String> names = Arrays.stream(participants.split(" \\+ ")).map(String::strip).filter(x -> !x.isEmpty())
                .toList();
        if (names.size() < 2) {
            throw new IOException("a meeting needs two participants");
        }
        return new Label(names, yes);
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
