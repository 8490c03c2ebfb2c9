package org.w3id.dmkg.extract.person;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmkg.nlp.Mention;

/**
 * Which person mentions of an article a "he" or a "she" can stand for, from the honorific or gendered title right
 * before each ("Mr. Moon", "Mrs. May", "Queen Elizabeth", "Congresswoman Omar"). Read per mention, not per person:
 * "Mrs. Bush" and "Mr. Bush" may be grouped under one name, and a mention without such a word fits either pronoun.
 * No list of names. Stateless.
 */
public final class PronounAgreement {
    /** Words right before a name that tell its bearer's sex; case matters for all but the "-man"/"-woman" nouns. */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[\\s(\"\u201c])(Mr|Mrs|Ms|Miss|Mme|Madam|Madame|Sir|Dame"
            + "|Lady|Lord|King|Queen|Prince|Princess|Duke|Duchess|Emperor|Empress|Sheikh|Sheikha|Sultan|Emir"
            + "|(?i:congressman|congresswoman|chairman|chairwoman|spokesman|spokeswoman|businessman|businesswoman"
            + "|assemblyman|assemblywoman|councilman|councilwoman))\\.?\\s+$");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "mme", "madam", "madame", "dame",
            "lady", "queen", "princess", "duchess", "empress", "sheikha", "congresswoman", "chairwoman",
            "spokeswoman", "businesswoman", "assemblywoman", "councilwoman");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");

    private PronounAgreement() {
    }

    /**
     * Whether the person mentioned can be the one the word stands for: false only for "he", "him", "his" or
     * "himself" and a mention a female honorific or title opens ("Mrs. Bush", "Queen Elizabeth"), or "she",
     * "her", "hers" or "herself" and one a male opens ("Mr. Moon").
     *
     * @param text the article's text the mention points into
     */
    public static boolean fits(String text, Mention person, String word) {
        if (word == null) {
            return true;
        }
        Matcher b = BEFORE.matcher(text.substring(Math.max(0, person.start() - 16), person.start()));
        if (!b.find()) {
            return true;
        }
        Relatives.Sex sex = FEMALE_WORDS.contains(b.group(1).toLowerCase(Locale.ROOT))
                ? Relatives.Sex.FEMALE : Relatives.Sex.MALE;
        String w = word.toLowerCase(Locale.ROOT);
        return !(sex == Relatives.Sex.FEMALE && MALE_PRONOUNS.contains(w)
                || sex == Relatives.Sex.MALE && FEMALE_PRONOUNS.contains(w));
    }
}
