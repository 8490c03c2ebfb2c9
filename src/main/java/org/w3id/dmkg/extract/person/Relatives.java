package org.w3id.dmkg.extract.person;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.nlp.Mention;

/**
 * What the text tells of people's relatives, for the person resolver ({@link PersonResolver}): who is introduced as
 * someone's spouse, child or other relative, of which sex, and whose relative a name says they are; and the sex of
 * the honorific before a mention. Stateless.
 */
final class Relatives {
    private Relatives() {
    }

    /** The sex a role of kin or an honorific tells. */
    enum Sex { FEMALE, MALE, EITHER }

    /**
     * A person the article introduces as a relative.
     *
     * @param sex   the sex the role of kin tells
     * @param whose the last word of the name whose relative the text says the person is ("Mr. Bush's brother":
     *              "bush"), or null
     * @param spouse whether the role of kin is a spouse's ("wife", "first lady"), whose family name is mostly
     *              the one the principal goes by; a child's or sibling's is as often their own ("Sajeeb Wazed",
     *              the prime minister's son, is "Wazed")
     */
    record Relative(Sex sex, String whose, boolean spouse) {
        /** Whether the honorific's sex (null for none) is the other one: "Mr." for a daughter. */
        boolean otherSex(Sex honorific) {
            return honorific != null && sex != Sex.EITHER && sex != honorific;
        }
    }

    /** Roles (titles) that name someone as another's relative, not as an office holder. */
    static final Map<String, Sex> TITLES = Map.of("!First Lady", Sex.FEMALE, "!Wife", Sex.FEMALE,
            "!Husband", Sex.MALE);
    /** Nouns of kin written in lower case before or in apposition after a name, and the sex each tells. */
    private static final Map<String, Sex> NOUNS = Map.ofEntries(Map.entry("wife", Sex.FEMALE),
            Map.entry("husband", Sex.MALE), Map.entry("daughter", Sex.FEMALE), Map.entry("son", Sex.MALE),
            Map.entry("sister", Sex.FEMALE), Map.entry("brother", Sex.MALE), Map.entry("mother", Sex.FEMALE),
            Map.entry("father", Sex.MALE), Map.entry("widow", Sex.FEMALE), Map.entry("son-in-law", Sex.MALE),
            Map.entry("daughter-in-law", Sex.FEMALE), Map.entry("niece", Sex.FEMALE), Map.entry("nephew", Sex.MALE),
            Map.entry("granddaughter", Sex.FEMALE), Map.entry("grandson", Sex.MALE),
            Map.entry("first lady", Sex.FEMALE), Map.entry("spouse", Sex.EITHER), Map.entry("cousin", Sex.EITHER));
    /** The nouns of {@link #NOUNS} that name a spouse. */
    private static final Set<String> SPOUSES = Set.of("wife", "husband", "widow", "first lady", "spouse");
    /** Any of {@link #NOUNS}, the longer first ("son-in-law" before "son"), as a regular expression's group. */
    private static final String NOUN = NOUNS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
    private static final String AGE = "(?:(?:eldest|oldest|youngest|middle|second|late|estranged)\\s+)?";
    /**
     * A noun of kin right before a name, and whose when a name tells it: "the president's daughter Ivanka Trump",
     * "his wife, Vanessa Trump", "Mr. Bush's brother, George W. Bush".
     */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[\\s(])(?:(\\p{Lu}[\\p{L}.-]*)['\u2019]s\\s+)?"
            + AGE + NOUN + ",?\\s+$");
    /** A noun of kin in apposition, with whose it is: "Eric Trump, the president's middle son" (not "the son of"). */
    private static final Pattern AFTER = Pattern.compile("^,\\s+(?:(?:his|her|their)\\s+|(?:the\\s+)?"
            + "(?:(?:\\p{Lu}[\\p{L}.-]*\\s)*(\\p{Lu}[\\p{L}.-]*)|\\p{Ll}+)['\u2019]s\\s+)" + AGE + NOUN + "\\b");
    /** A generation suffix after a name: "Flynn's son, Michael Flynn, Jr.", a namesake, not the name's bearer. */
    private static final Pattern NAMESAKE = Pattern.compile(",?\\s*(?:Jr|Sr|II|III|IV)\\b");
    private static final Pattern HONORIFIC = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+$");

    /**
     * Adds to {@code into}, by name key, the relatives the text introduces by a noun of kin in lower case, right
     * before the name ("the president's daughter Ivanka Trump", "his wife, Vanessa Trump") or in apposition after
     * it with whose they are ("Eric Trump, the president's middle son"); a name already there keeps its sex and
     * gains whose relative it is, if the text tells. Names of one word, and a name followed by a generation suffix
     * (a namesake), are not marked.
     */
    static void fromText(List<Mention> people, Function<Mention, String> keyOf, String text,
                         Map<String, Relative> into) {
        for (Mention p : people) {
            String k = keyOf.apply(p);
            Matcher b = BEFORE.matcher(text.substring(Math.max(0, p.start() - 40), p.start()));
            Matcher a = AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 60)));
            Matcher found = b.find() ? b : a.find() ? a : null;
            if (found != null && k.contains(" ")
                    && !NAMESAKE.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 6))).lookingAt()) {
                String whose = found.group(1) == null ? null : String.join(" ", Names.words(found.group(1)));
                into.merge(k, new Relative(NOUNS.get(found.group(2)), whose, SPOUSES.contains(found.group(2))),
                        (old, now) -> old.whose() != null ? old : new Relative(old.sex(), now.whose(), old.spouse()));
            }
        }
    }

    /** The sex of the honorific right before a mention ("Mr.", "Mrs.", "Ms.", "Miss"), or null. */
    static Sex honorific(String text, Mention m) {
        Matcher h = HONORIFIC.matcher(text.substring(Math.max(0, m.start() - 6), m.start()));
        return !h.find() ? null : h.group(1).equals("Mr") ? Sex.MALE : Sex.FEMALE;
    }
}
