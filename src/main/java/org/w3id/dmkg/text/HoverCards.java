package org.w3id.dmkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hover cards some news sites put after a person's name, which the extractors do not read. Such a card
 * repeats the person's full name, its last word glued to the first of a few teaser headlines, and closes with
 * "MORE": "Sen. Cory Booker Cory Anthony BookerTreasury watchdog to investigate ... debate MORE (D-N.J.)",
 * "Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk ... MORE"; some cards have no teaser
 * ("Sen. John Kennedy John Neely KennedyMORE"). Left in, the card cuts a list of people apart and its headlines
 * read as the story's sentences. A card is taken out only when the glued word's head ("Booker") is the name's
 * last word written just before the card, every word between being part of a name; a camel-cased word that
 * merely precedes a "MORE" ("ObamaCare", "WikiLeaks") is left alone.
 * Stateless.
 */
final class HoverCards {
    /**
     * A capital or a digit ("McConnell2020 Democrats push ...") glued to a lower-case word, then the teaser up to the
     * card's closing "MORE" on the same line; or a card with no teaser, its "MORE" glued to the full name ("John
     * Kelly John Francis KellyMORE").
     */
    private static final Pattern GLUED = Pattern.compile(
            "(?<=\\p{Ll}{3})(?:MORE\\b|(?:\\p{Lu}(?:\\p{Ll}|\\p{Lu}{2})|\\d)[^\\n]{0,400}?\\bMORE\\b)");
    /** How many words of the card's full name may stand between the name written and the glued word. */
    private static final int NAME_WORDS = 6;

    /** Generation suffixes a name written may end in, which the card's full name leaves out. */
    private static final Set<String> GENERATION = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III");

    private HoverCards() {
    }

    /** The stretches {@code [start, end)} to take out, in order: from right after the name written to "MORE". */
    static List<int[]> find(String text) {
        List<int[]> cards = new ArrayList<>();
        if (!text.contains("MORE")) {
            return cards; // most texts hold no card, and then nothing else is looked at
        }
        Matcher m = GLUED.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int glued = m.start();
            int start = cardStart(text, glued);
            if (start < 0) {
                from = glued + 1;
                continue;
            }
            cards.add(new int[] {start, m.end()});
            from = m.end();
        }
        return cards;
    }

    /**
     * Where the card whose glued word has its capital at {@code glued} starts: right after the nearest earlier
     * word equal to the glued word's head, when only name words lie between (after a generation suffix that follows
     * that word: the name written may have one the card's full name leaves out); else -1.
     */
    private static int cardStart(String text, int glued) {
        int wordStart = glued;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String head = text.substring(wordStart, glued);
        int end = wordStart;
        int suffixEnd = -1; // "Donald Trump Jr. Donald (Don) John TrumpTrump Jr's ...": the card follows the suffix
        int suffixAt = -1;
        for (int words = 0; words <= NAME_WORDS; words++) {
            int wordEnd = end;
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            if (wordEnd == end || wordEnd == 0 || Character.isWhitespace(text.charAt(wordEnd - 1))) {
                return -1; // no space before, or a line break: the card stays on the name's line
            }
            int begin = wordEnd;
            while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
            String word = text.substring(begin, wordEnd);
            if (word.equals(head)) {
                return suffixAt == words - 1 ? suffixEnd : wordEnd;
            }
            if (GENERATION.contains(word)) {
                suffixEnd = wordEnd;
                suffixAt = words;
            }
            if (!nameWord(word)) {
                return -1;
            }
            end = begin;
        }
        return -1;
    }

    /** A word of a card's full name: capitalized ("Anthony", "J."), or a nickname in brackets ("(Mitch)"). */
    private static boolean nameWord(String word) {
        return Character.isUpperCase(word.charAt(0)) || word.charAt(0) == '(' && word.length() > 2
                && Character.isUpperCase(word.charAt(1));
    }
}
