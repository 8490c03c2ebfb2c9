package org.w3id.dmkg.extract.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.MentionIndex;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.WordCases;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.extract.gazetteer.GazetteerStage;
import org.w3id.dmkg.extract.gazetteer.KeyLengths;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionStage;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds office titles from {@code titles.txt} (longest first, any case), extended by two general forms:
 * "Minister of International Relations and Cooperation", "Commissioner for External Relations" (a
 * capitalized portfolio, which ends before the holder's name that may follow it) and "Ambassador to
 * India" or "in India" (a country the gazetteer found). The mention key is the canonical office label; a
 * label starting with {@code !} marks a role word that is not an office. Runs after {@link GazetteerStage}.
 * Thread-safe.
 */
public final class TitleStage implements MentionStage {
    private final Map<String, String> titles = new HashMap<>();
    private final int maxWords;
    private final KeyLengths titleLengths;
    private final Gazetteer gazetteer;

    public TitleStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        int max = 1;
        for (String line : Lexicon.lines("titles.txt")) {
            String[] parts = line.split("=>");
            String surface = parts[0].strip();
            String label = parts.length > 1 ? parts[1].strip() : surface;
            titles.put(surface.toLowerCase(Locale.ROOT), label);
            String plural = plural(surface);
            if (plural != null) {
                titles.putIfAbsent(plural.toLowerCase(Locale.ROOT), label); // "Presidents X of A and Y of B"
            }
            max = Math.max(max, surface.split("[ -]").length * 2);
        }
        this.maxWords = max;
        this.titleLengths = new KeyLengths(titles.keySet());
    }

    /** The plural of a title whose last word is its head ("Prime Ministers", "Secretaries"), else null. */
    static String plural(String surface) {
        if (surface.contains(" of ") || surface.contains(" to ") || !Character.isLetter(surface.charAt(surface.length() - 1))) {
            return null;
        }
        char last = surface.charAt(surface.length() - 1);
        if (last == 's' || last == 'S' || surface.equals(surface.toUpperCase(Locale.ROOT))) {
            return null; // "Chief of Staffs", "PMs" are not what is written
        }
        if (surface.endsWith("y") && surface.length() > 2 && "aeiou".indexOf(surface.charAt(surface.length() - 2)) < 0) {
            return surface.substring(0, surface.length() - 1) + "ies";
        }
        return surface.endsWith("man") ? surface.substring(0, surface.length() - 3) + "men" : surface + "s";
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Mention> found = new ArrayList<>(document.mentions());
        MentionIndex index = new MentionIndex(document.mentions());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (index.at(tokens.get(i).start()) != null || !Character.isLetter(tokens.get(i).text().charAt(0))) {
                    continue;
                }
                int j = longestTitle(text, tokens, i);
                if (j < 0) {
                    continue;
                }
                int start = tokens.get(i).start();
                if (text.charAt(tokens.get(j).end() - 1) == '.' && !abbreviationBeforeName(index, tokens, i, j)) {
                    continue;
                }
                String label = titles.get(text.substring(start, tokens.get(j).end()).toLowerCase(Locale.ROOT));
                int end = j;
                Extension ext = extend(text, index, tokens, j, label);
                if (ext != null) {
                    end = ext.end();
                    label = ext.label();
                }
                found.add(new Mention(MentionType.TITLE, start, tokens.get(end).end(),
                        text.substring(start, tokens.get(end).end()), label));
                i = end;
            }
        }
        return document.withMentions(found);
    }

    /**
     * An abbreviated title (tokens i..j, "Sen.", "Gov.") stands before a name: a capitalized word follows, and
     * no capitalized word outside a known mention precedes it ("Texas Sen. Ted Cruz", but "met Hun Sen. The").
     */
    private static boolean abbreviationBeforeName(MentionIndex index, List<Token> tokens, int i, int j) {
        if (j + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(j + 1).text().charAt(0))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return !Character.isUpperCase(before.text().charAt(0)) || index.endingAt(before.end()) != null;
    }

    /** The index of the last token of the longest title starting at token i, or -1. */
    private int longestTitle(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        int last = Math.min(tokens.size(), i + maxWords) - 1;
        long lengths = titleLengths.startingWith(first.text().toLowerCase(Locale.ROOT));
        int plainEnd = Names.plainEnd(text, first.start(), tokens.get(last).end());
        for (int j = last; j >= i; j--) {
            int end = tokens.get(j).end();
            // a plain span (tokens hold no spaces) of a length no title starting so has is not looked up
            boolean possible = end > plainEnd || KeyLengths.has(lengths, end - first.start());
            if (possible && titles.containsKey(text.substring(first.start(), end).toLowerCase(Locale.ROOT))) {
                return j;
            }
        }
        return -1;
    }

    private record Extension(int end, String label) {
    }

    /** Titles that take a capitalized portfolio: "Minister for Foreign Affairs", "Commissioner for Trade". */
    private static final Set<String> PORTFOLIO_TITLES = Set.of("Minister", "Commissioner", "European Commissioner");
    private static final WordCases CASES = WordCases.bundled();

    /**
     * The last token of a capitalized portfolio that runs on into its holder's name: the portfolio ends at its
     * last word news often writes in lower case ("Relations", "Cooperation", "Trade") when only words it never
     * does follow ("Naledi Pandor", "Cecilia Malmström"); otherwise at {@code last}.
     */
    private static int beforeName(List<Token> tokens, int from, int last) {
        int p = last;
        while (p >= from && !CASES.oftenLower(tokens.get(p).text())) {
            p--;
        }
        return p >= from ? p : last;
    }

    /**
     * "minister of culture, ...": a title written in lower case with a portfolio of one lower-case noun that
     * ends the phrase (a comma, "and", the sentence's end follows); null otherwise.
     */
    private static Extension lowerCasePortfolio(List<Token> tokens, int j) {
        Token title = tokens.get(j);
        Token word = tokens.get(j + 2);
        boolean lowerTitle = Character.isLowerCase(title.text().charAt(0));
        boolean noun = word.pos() != null && word.pos().startsWith("NN") && word.text().length() >= 4
                && word.text().chars().allMatch(Character::isLowerCase);
        boolean ends = j + 3 >= tokens.size() || tokens.get(j + 3).text().equals(",")
                || tokens.get(j + 3).text().equals("and") || tokens.get(j + 3).text().equals(".");
        if (!lowerTitle || !noun || !ends) {
            return null;
        }
        String w = word.text();
        return new Extension(j + 2, "Minister " + tokens.get(j + 1).text() + " "
                + Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }

    /**
     * "Ambassador to COUNTRY", "Minister of/for [the] Capitalized Words" (places among them: "Minister for Latin
     * America", "Secretary of State for Scotland"; not a country, the office's owner) or "minister of culture"; null
     * when the title stands alone.
     */
    private Extension extend(String text, MentionIndex index, List<Token> tokens, int j, String label) {
        if (j + 2 >= tokens.size()) {
            return null;
        }
        String prep = tokens.get(j + 1).text();
        if (label.equals("Ambassador") && (prep.equals("to") || prep.equals("in"))) { // "ambassador in Saudi Arabia"
            int at = j + 2;
            if (tokens.get(at).text().equalsIgnoreCase("the") && at + 1 < tokens.size()) {
                at++; // "Ambassador to the United States"
            }
            Mention m = index.at(tokens.get(at).start());
            if (m == null || m.type() != MentionType.COUNTRY) {
                return null;
            }
            int k = TokenWindow.lastTokenOf(tokens, at, m);
            return new Extension(k, Envoys.title(gazetteer.entry(m.key()).map(GazetteerEntry::label).orElse(m.text())));
        }
        if (PORTFOLIO_TITLES.contains(label) && (prep.equals("of") || prep.equals("for"))) {
            Extension portfolio = label.equals("Minister") ? lowerCasePortfolio(tokens, j) : null;
            if (portfolio != null) {
                return portfolio;
            }
            int from = j + 2;
            if (tokens.get(from).text().equals("the") && from + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(from + 1).text().charAt(0))) {
                from++; // "minister of the National Guard"
            }
            int last = -1;
            for (int k = from; k < tokens.size(); k++) {
                String t = tokens.get(k).text();
                Mention m = index.at(tokens.get(k).start());
                if (Character.isUpperCase(t.charAt(0)) && m == null) {
                    last = k;
                } else if (m != null && m.type() == MentionType.PLACE && Character.isUpperCase(t.charAt(0))) {
                    k = TokenWindow.lastTokenOf(tokens, k, m); // "Minister for Latin America": a part of the world
                    last = k;
                } else if (!(t.equals("and") || t.equals("&")) || last < 0) {
                    break;
                }
            }
            if (last < 0) {
                return null;
            }
            last = beforeName(tokens, from, last);
            return new Extension(last, label + " " + text.substring(tokens.get(j + 1).start(),
                    tokens.get(last).end()).replaceAll("\\s+", " "));
        }
        return null;
    }
}
