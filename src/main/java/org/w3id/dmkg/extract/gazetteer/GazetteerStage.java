package org.w3id.dmkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Layer;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Stage;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds countries (by name or adjective), organizations and places from the gazetteer: at each token
 * the longest span that is a known name wins. Mentions carry the entry's key. A seat of government that
 * names its office too ("the White House said", "the Kremlin's spokesman") is the office unless the words
 * around it put someone in the place ({@code seat-words.txt}). A word of names joined by hyphens that the
 * tokenizer left whole ("EU-China relations", "China-Kazakhstan ties", "Russian-Turkish talks") names each of
 * them when every one is a known name. Stateless; thread-safe.
 */
public final class GazetteerStage implements Stage {
    /** Words that make a seat of government a place: "before" the name or a "part" of it. */
    private static final Map<String, String> SEAT_WORDS = Lexicon.pairs("seat-words.txt");
    private final Gazetteer gazetteer;

    public GazetteerStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Layer provides() {
        return Layer.MENTIONS;
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Mention> found = new ArrayList<>(document.mentions());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int next = i + 1;
                Token first = tokens.get(i);
                if (gazetteer.mayStart(first.text())) {
                    int last = Math.min(tokens.size(), i + gazetteer.maxTokens()) - 1;
                    long lengths = gazetteer.nameLengths(first.text());
                    int plainEnd = Names.plainEnd(text, first.start(), tokens.get(last).end());
                    for (int j = last; j >= i; j--) {
                        int end = tokens.get(j).end();
                        if (end <= plainEnd && !KeyLengths.has(lengths, end - first.start())) {
                            continue; // a plain span (tokens hold no spaces) of a length no name starting so has
                        }
                        String surface = text.substring(first.start(), end);
                        Gazetteer.Name best = best(gazetteer.lookup(surface), tokens, i, j);
                        if (best != null) {
                            found.add(new Mention(typeOf(best.entry().kind()), first.start(), end, surface,
                                    best.entry().key()));
                            next = j + 1;
                            break;
                        }
                    }
                }
                if (next == i + 1) {
                    joined(text, first, found);
                }
                i = next;
            }
        }
        return document.withMentions(found);
    }

    /**
     * The names a hyphenated word joins, added to {@code found} when the word is no name itself and every part
     * is one: "EU-China", "China-Kazakhstan", "Russian-Turkish"; not "Akufo-Addo" or "Sino-Kazakhstan".
     */
    private void joined(String text, Token word, List<Mention> found) {
        String w = word.text();
        if (w.indexOf('-') <= 0 || !found.isEmpty() && found.get(found.size() - 1).end() > word.start()) {
            return;
        }
        List<Mention> parts = new ArrayList<>();
        int start = word.start();
        for (String part : w.split("-", -1)) {
            Gazetteer.Name best = part.isEmpty() || !Character.isUpperCase(part.charAt(0)) ? null
                    : best(gazetteer.lookup(part));
            if (best == null) {
                return;
            }
            parts.add(new Mention(typeOf(best.entry().kind()), start, start + part.length(),
                    text.substring(start, start + part.length()), best.entry().key()));
            start += part.length() + 1;
        }
        if (parts.size() >= 2) {
            found.addAll(parts);
        }
    }

    static MentionType typeOf(EntryKind kind) {
        return switch (kind) {
            case COUNTRY -> MentionType.COUNTRY;
            case ORGANIZATION -> MentionType.ORGANIZATION;
            case CITY, VENUE, REGION -> MentionType.PLACE;
        };
    }

    /**
     * The best of the names for the span of tokens {@code first} to {@code last}; of a name that is both an
     * office and its building, the building when {@link #placed} says so.
     */
    private static Gazetteer.Name best(List<Gazetteer.Name> names, List<Token> tokens, int first, int last) {
        Gazetteer.Name best = best(names);
        if (best == null || best.entry().kind() != EntryKind.ORGANIZATION || !placed(tokens, first, last)) {
            return best;
        }
        for (Gazetteer.Name n : names) {
            if (n.entry().kind() == EntryKind.VENUE && !n.adjective()) {
                return n;
            }
        }
        return best;
    }

    /**
     * Whether the words around a name put someone in the place: a preposition of place before it ("at the",
     * "inside"), a part of the place before "of the" ("the Oval Office of the White House") or after it ("the
     * Kremlin walls", "the White House's lawn").
     */
    private static boolean placed(List<Token> tokens, int first, int last) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        if (k >= 0) {
            String before = lower(tokens.get(k));
            if ("before".equals(SEAT_WORDS.get(before))
                    || before.equals("of") && k > 0 && "part".equals(SEAT_WORDS.get(lower(tokens.get(k - 1))))) {
                return true;
            }
        }
        int after = last + 1;
        if (after < tokens.size() && TokenWindow.possessiveMark(tokens.get(after).text())) {
            after++;
        }
        return after < tokens.size() && "part".equals(SEAT_WORDS.get(lower(tokens.get(after))));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** Names before adjectives; organizations and venues before countries before cities before regions. */
    private static Gazetteer.Name best(List<Gazetteer.Name> names) {
        Gazetteer.Name best = null;
        for (Gazetteer.Name n : names) {
            if (best == null || rank(n) < rank(best)) {
                best = n;
            }
        }
        return best;
    }

    private static int rank(Gazetteer.Name n) {
        int kind = switch (n.entry().kind()) {
            case ORGANIZATION -> 0;
            case VENUE -> 1;
            case COUNTRY -> 2;
            case CITY -> 3;
            case REGION -> 4;
        };
        return (n.adjective() ? 10 : 0) + kind;
    }
}
