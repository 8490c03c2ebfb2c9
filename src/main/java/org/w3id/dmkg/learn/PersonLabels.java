package org.w3id.dmkg.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmkg.eval.Matching;
import org.w3id.dmkg.extract.person.PersonCandidate;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Verdicts on the persons dmkg reported in articles that have no gold annotation: for one article (by URL) a
 * name as dmkg gave it and whether the article uses it for a person, cleanly named. On ordinary news the people
 * an article mentions are where a name-shaped run most often turns out to be a firm, a place, a law or a
 * garbled name; the verdicts measure how often, and teach the person judge what the gold articles show too
 * rarely. Immutable.
 *
 * <p>The file has one verdict per line: the article's URL, a tab, the name, a tab, and {@code yes} or {@code no};
 * blank lines and lines starting with # are ignored.
 */
public final class PersonLabels {
    /** One verdict: the article uses this name for a person (yes) or not, or not cleanly (no). */
    public record Label(String name, boolean person) {
    }

    private final Verdicts<Label> verdicts;

    private PersonLabels(Verdicts<Label> verdicts) {
        this.verdicts = verdicts;
    }

    public static PersonLabels none() {
        return new PersonLabels(Verdicts.none());
    }

    /** The verdicts on one article, empty when there are none. */
    public List<Label> of(String url) {
        return verdicts.of(url);
    }

    /** The URLs of the articles that have verdicts. */
    public Set<String> articleUrls() {
        return verdicts.urls();
    }

    public boolean isEmpty() {
        return verdicts.isEmpty();
    }

    private static final String SHAPE = "not a URL, a name and yes or no";

    /** Reads the verdicts of each path in turn: a file, or a directory's {@code *.tsv} files in name order. */
    public static PersonLabels read(List<Path> paths) throws IOException {
        return new PersonLabels(Verdicts.read(paths, SHAPE, PersonLabels::label));
    }

    /** Reads a file of verdicts; a line that is not a URL, a name and yes or no is an IOException naming it. */
    public static PersonLabels read(InputStream in) throws IOException {
        return new PersonLabels(Verdicts.read(in, SHAPE, PersonLabels::label));
    }

    /** The verdict on a name, which must not be blank. */
    private static Label label(String name, boolean yes) throws IOException {
        if (name.isBlank()) {
            throw new IOException(SHAPE);
        }
        return new Label(name.strip(), yes);
    }

    /**
     * The examples the verdicts make of one article's name-shaped runs ({@link PersonCandidate}): a run is a person
     * when a yes verdict's name holds all its words (the name or a short form of it, "Clinton" of "Hillary Clinton");
     * it is none when a no verdict has its words exactly, no more and no fewer (a garbled "Mitch McConnell Addison"
     * says nothing of "McConnell"). Other runs of the article are unknown, not examples. Each verdict counts once,
     * however often the article names the one it judges: its runs share its weight (a person named twenty times
     * would otherwise outweigh twenty verdicts on names written once).
     */
    public static List<Classifier.Example> examples(List<PersonCandidate> candidates, List<Label> labels) {
        List<Set<String>> names = labels.stream().map(l -> words(l.name())).toList();
        int[] judgedBy = new int[candidates.size()]; // the verdict each run is an example of, or -1
        int[] runs = new int[labels.size()];
        for (int i = 0; i < judgedBy.length; i++) {
            Set<String> run = words(candidates.get(i).mention().text());
            judgedBy[i] = -1;
            for (int k = 0; k < labels.size(); k++) {
                boolean person = labels.get(k).person();
                if (!person && names.get(k).equals(run)) {
                    judgedBy[i] = k;
                    break;
                }
                if (person && judgedBy[i] < 0 && names.get(k).containsAll(run)) {
                    judgedBy[i] = k;
                }
            }
            if (judgedBy[i] >= 0) {
                runs[judgedBy[i]]++;
            }
        }
        List<Classifier.Example> out = new ArrayList<>();
        for (int i = 0; i < judgedBy.length; i++) {
            int by = judgedBy[i];
            if (by >= 0) {
                out.add(new Classifier.Example(candidates.get(i).features(), labels.get(by).person(), 1.0 / runs[by]));
            }
        }
        return out;
    }

    /** How the extraction of one article read a verdict: whether it reported the name as a person. */
    public record Judged(String url, Label label, boolean reported) {
    }

    /**
     * Each verdict on the article against the persons the extraction reported there: reported when one of them
     * has the verdict's name, its words in any order, case, accents and punctuation aside; a name with a word more
     * is another name ("Mitch McConnell Addison" is not "Mitch McConnell").
     */
    public static List<Judged> judge(String url, List<Label> labels, List<String> persons) {
        List<Judged> out = new ArrayList<>();
        for (Label l : labels) {
            Set<String> words = words(l.name());
            out.add(new Judged(url, l, persons.stream().anyMatch(p -> words(p).equals(words))));
        }
        return out;
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(Matching.norm(name).split(" ")));
    }

    /**
     * The line that tells how the extraction read the verdicts: how many names it reported, how many of those are
     * persons (precision), and how many of the verdicts' persons it still reports.
     */
    public static String summary(List<Judged> judged) {
        int[] t = new int[4]; // reported and a person, reported and none, dropped and a person, dropped and none
        for (Judged j : judged) {
            t[(j.reported() ? 0 : 2) + (j.label().person() ? 0 : 1)]++;
        }
        int reported = t[0] + t[1];
        int persons = t[0] + t[2];
        return String.format(Locale.ROOT, "person verdicts: %d names, %d reported as persons of which %d "
                + "are (precision %.3f); %d of %d persons still reported (%.3f); %d of %d non-persons dropped",
                judged.size(), reported, t[0], reported == 0 ? 0.0 : (double) t[0] / reported, t[0], persons,
                persons == 0 ? 0.0 : (double) t[0] / persons, t[3], t[1] + t[3]);
    }
}
