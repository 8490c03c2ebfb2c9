package org.w3id.dmkg.bench;

import java.util.Random;

/**
 * Invented person names built from syllable tables, so synthetic articles never name real people.
 * Names are capitalized words of two or three syllables, e.g. "Tavo Renkari". Stateless.
 */
final class SyllableNames {
    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
        "v", "z", "br", "dr", "gr", "kr", "st", "tr", "sh", "zh", "th"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "ea"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "k", "m", "nd", "rt", "sk"};

    private SyllableNames() {
    }

    /** A given name and a family name. */
    static String person(Random random) {
        return word(random, 2) + " " + word(random, 2 + random.nextInt(2));
    }

    /** A capitalized word of the given number of syllables. */
    static String word(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(pick(random, ONSETS)).append(pick(random, VOWELS));
        }
        b.append(pick(random, CODAS));
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
