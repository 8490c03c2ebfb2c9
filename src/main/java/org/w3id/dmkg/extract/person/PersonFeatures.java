package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.MentionIndex;
import org.w3id.dmkg.extract.NameContexts;
import org.w3id.dmkg.extract.WordCases;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.Token;

/**
 * What the person judge sees of a name-shaped run: which context rule, if any, speaks for it
 * ({@link PersonEvidence}), its length and shape, the words and tags beside it, the kind of mention
 * beside it, where it stands in its sentence, whether its last word recurs in the article, and the
 * ending of that word. Never the name itself. Stateless.
 */
final class PersonFeatures {
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int SUFFIX = 3;
    private static final WordCases CASES = WordCases.bundled();
    private static final NameContexts CONTEXTS = NameContexts.bundled();

    private PersonFeatures() {
    }

    /**
     * @param reason    the context rule that accepts the run, or null
     * @param recurs    whether the run's last word stands capitalized elsewhere in the article
     */
    static List<String> of(List<Token> tokens, NameRuns.Run r, MentionIndex index, String reason, boolean wholeLine,
                           boolean recurs, int sentenceIndex) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("ev=" + (reason == null ? "none" : reason));
        f.add("size=" + Math.min(r.size(), 4));
        boolean caps = true;
        boolean initial = false;
        boolean hyphen = false;
        for (int k = r.first(); k <= r.last(); k++) {
            String w = tokens.get(k).text();
            caps &= w.length() < 2 || w.equals(w.toUpperCase(Locale.ROOT));
            initial |= w.length() <= 2 && w.endsWith(".") || w.length() == 1;
            hyphen |= w.indexOf('-') > 0 || w.equals("-");
        }
        f.add("caps=" + caps);
        f.add("initial=" + initial);
        f.add("hyphen=" + hyphen);
        f.add("start=" + (r.first() == 0));
        f.add("line=" + wholeLine);
        f.add("first-sentence=" + (sentenceIndex == 0));
        f.add("recurs=" + recurs);
        String last = NameRuns.withoutStop(tokens.get(r.last()).text()).toLowerCase(Locale.ROOT);
        f.add("suffix=" + last.substring(Math.max(0, last.length() - SUFFIX)));
        f.add("pos=" + tokens.get(r.first()).pos());
        // how often news writes the first and last word in lower case: "Catholic Charities", "Freedom"
        String first = CASES.band(tokens.get(r.first()).text());
        String lastCase = CASES.band(NameRuns.withoutStop(tokens.get(r.last()).text()));
        if (!first.equals("name")) {
            f.add("first-case=" + first);
        }
        if (!lastCase.equals("name")) {
            f.add("last-case=" + lastCase);
        }
        news(f, tokens, r);
        context(f, tokens, r.first() - 1, "prev", index);
        context(f, tokens, r.first() - 2, "prev2", index);
        context(f, tokens, r.last() + 1, "next", index);
        context(f, tokens, r.last() + 2, "next2", index);
        pairs(f); // "X of Venezuela" and "the Hon X": two words together say more than each
        // a lone word needs more than a pair of words does: the same evidence, weighed by length
        String size = r.size() == 1 ? "one:" : "more:";
        int n = f.size();
        for (int i = 0; i < n; i++) {
            String x = f.get(i);
            if (x.startsWith("ev=") || x.startsWith("prev=") || x.startsWith("next=") || x.startsWith("recurs=")
                    || x.startsWith("start=") || x.startsWith("caps=") || x.startsWith("last-case=")
                    || x.startsWith(NEWS)) {
                f.add(size + x);
            }
        }
        return f;
    }

    /** The family of features that tell how news at large writes the run's words ({@link NameContexts#personBand}). */
    private static final String NEWS = "news-";
    /** The bands of {@link NameContexts#personBand}, from the least to the most telling of a person. */
    private static final List<String> BANDS = List.of("unknown", "never", "rare", "some", "often");

    /**
     * How news at large writes the run's words where a person stands: its last word's band and the best band of
     * any of its words ("Cambridge Analytica": never and rare; "Xi Jinping": the last word rare, "Xi" often).
     */
    private static void news(List<String> f, List<Token> tokens, NameRuns.Run r) {
        String best = null;
        for (int k = r.first(); k <= r.last(); k++) {
            String w = NameRuns.withoutStop(tokens.get(k).text());
            if (w.length() < 2 || NameRuns.honorific(w)) {
                continue;
            }
            String band = CONTEXTS.personBand(w);
            if (best == null || BANDS.indexOf(band) > BANDS.indexOf(best)) {
                best = band;
            }
        }
        f.add(NEWS + "last=" + CONTEXTS.personBand(NameRuns.withoutStop(tokens.get(r.last()).text())));
        f.add(NEWS + "best=" + (best == null ? "unknown" : best));
    }

    /** The two words after the run as one feature, and the two before it. */
    private static void pairs(List<String> f) {
        String[] v = new String[4];
        String[] names = {"prev=", "prev2=", "next=", "next2="};
        for (String x : f) {
            for (int i = 0; i < names.length; i++) {
                if (x.startsWith(names[i]) && v[i] == null) {
                    v[i] = x.substring(names[i].length());
                }
            }
        }
        f.add("before=" + v[1] + " " + v[0]);
        f.add("after=" + v[2] + " " + v[3]);
    }

    private static void context(List<String> f, List<Token> tokens, int k, String name, MentionIndex index) {
        if (k < 0 || k >= tokens.size()) {
            f.add(name + "=#edge");
            return;
        }
        Token t = tokens.get(k);
        Mention m = index.at(t.start());
        if (m == null) {
            m = index.endingAt(t.end());
        }
        if (m != null) {
            f.add(name + "=#" + m.type());
            return;
        }
        String w = t.text();
        if (NameRuns.honorific(w) || w.equals("MP")) {
            f.add(name + "=#honorific"); // "the Hon Julie Bishop MP", "Mr. Kwatra"
            return;
        }
        f.add(name + "=" + (DIGIT.matcher(w).find() ? "#num" : Character.isUpperCase(w.charAt(0)) ? "#Cap"
                : w.toLowerCase(Locale.ROOT)));
        if (t.pos() != null) {
            f.add(name + "-pos=" + t.pos());
        }
    }
}
