package org.w3id.dmkg.extract.anniversary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.dmkg.extract.person.NameRuns;
import org.w3id.dmkg.text.CalendarWords;

/** The words of a commemorated event, as they follow "anniversary of". Stateless. */
final class AnniversaryEvents {
    /** Where the event's words end; a full stop only as {@link #endsHere} tells. */
    private static final Pattern EVENT_END = Pattern.compile("[.;:!?\"\u201c\u201d()]|,\\s+(?:as well as|and|which|"
            + "while|when|who|the two|both)\\b|,\\s+(?!the\\b)(?=\\p{Ll})|\\s+(?:this|next|last|in)\\s+(?:year|\\d{4})\\b|"
            + "\\s+and\\s+the\\s+\\d|\\s+and\\s+(?=\\p{Ll}+ed\\b)|\\s+(?:falls|fell|marks|marked|is|was|will|would|are|were|has|have)\\b");
    private static final Pattern PLURAL_HEAD = Pattern.compile("^(\\w+?)(ies|s)\\s+of\\s+(.+)$");
    private static final Map<String, String> NOMINALS = Map.of("establishing", "establishment",
            "forming", "formation", "launching", "launch");

    private AnniversaryEvents() {
    }

    /** The event's words: up to the end of the clause; a list under a plural head runs on past commas. */
    static String text(String rest) {
        Matcher end = EVENT_END.matcher(rest);
        int stop = rest.length();
        while (end.find()) {
            if (!end.group().equals(".") || endsHere(rest, end.start())) {
                stop = end.start();
                break;
            }
        }
        String event = rest.substring(0, stop).strip();
        if (!PLURAL_HEAD.matcher(event.replaceFirst("^the\\s+", "")).matches()) {
            int comma = event.indexOf(',');
            event = comma > 0 ? event.substring(0, comma) : event;
        }
        // "establishing X" is the same event as "the establishment of X"
        for (Map.Entry<String, String> n : NOMINALS.entrySet()) {
            String after = event.startsWith(n.getKey() + " ") ? event.substring(n.getKey().length() + 1) : "of";
            if (!after.startsWith("of")) {
                return n.getValue() + " of " + after;
            }
        }
        return event;
    }

    /** Abbreviations that may stand before a capitalized word: a name's suffix, a month's short form. */
    private static final Set<String> ABBREVIATED = Stream.concat(
            CalendarWords.MONTH_ABBREVIATIONS.stream(), Stream.of("Jr", "Sr", "St", "Mt", "Ft", "No", "vs", "v"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Whether the full stop at {@code dot} ends a sentence rather than an abbreviation. The text is one sentence as
     * the detector cut it, whose own full stop ends it; inside it, a full stop before a small letter, a digit or no
     * space is an abbreviation's ("Kim Jong Il's Dec. 17 death", "Sept. 11 attacks", "the U.S.-led", "King Jr.'s"),
     * and one before a capital is too after a dotted acronym, an initial, a title or an abbreviated month ("the U.S.
     * Constitution", "J. Christopher Stevens", "the Rev. Martin Luther King Jr.", "Roe v. Wade"); otherwise the
     * detector missed a sentence's end ("the outbreak of World War I. Her Majesty ...", "on Sept. 3. Photo").
     */
    static boolean endsHere(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && "\"'\u201d\u2019)]".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length() || text.substring(next).isBlank()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(dot + 1))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (!Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String word = text.substring(from, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0)) && !word.equals("I");
        return !(word.indexOf('.') > 0 || initial || ABBREVIATED.contains(word) || NameRuns.honorific(word)
                || NameRuns.honorific(word + "."));
    }

    /** Relations the words leave to the reader: "bilateral ties", "ties between the two nations". */
    private static final Pattern BILATERAL = Pattern.compile("\\bbilateral\\s+(?=\\w)");
    private static final Pattern BETWEEN_THE_TWO = Pattern.compile("\\s+between\\s+the\\s+two\\s+"
            + "(?:countries|nations|sides|states|peoples)$");
    private static final Pattern RELATIONS = Pattern.compile("\\b(?:relations|ties)$");
    private static final Pattern OWNER = Pattern.compile("^(?i:their|its|our|his|her)\\s+");

    /**
     * The event with the two countries named where its words leave them to the sentence: "establishment of
     * bilateral ties", "their diplomatic ties" and "diplomatic ties between the two nations" in a sentence about
     * "China-Russia relations" become "establishment of ties between China and Russia", "diplomatic ties between
     * China and Russia"; {@code parties} holds the two names or none. A possessive that opens the event goes.
     */
    static String withParties(String event, List<String> parties) {
        // "their diplomatic ties": the possessive says no more than "bilateral" does
        Matcher owner = OWNER.matcher(event);
        boolean owned = owner.find();
        String bare = owned ? event.substring(owner.end()) : event;
        if (parties.size() != 2) {
            return bare;
        }
        String between = " between " + parties.get(0) + " and " + parties.get(1);
        Matcher two = BETWEEN_THE_TWO.matcher(bare);
        if (two.find()) {
            return bare.substring(0, two.start()) + between;
        }
        if ((owned || BILATERAL.matcher(bare).find()) && RELATIONS.matcher(bare).find()) {
            return BILATERAL.matcher(bare).replaceFirst("") + between;
        }
        return bare;
    }

    /** "victories of A, B and C" gives "victory of A", "victory of B", "victory of C". */
    static List<String> split(String event) {
        Matcher m = PLURAL_HEAD.matcher(event);
        if (!m.matches()) {
            return List.of(event);
        }
        String[] items = m.group(3).split(",\\s+(?:and\\s+)?|\\s+and\\s+(?=the\\s|\\p{Lu})");
        if (items.length < 2) {
            return List.of(event);
        }
        String head = m.group(1) + (m.group(2).equals("ies") ? "y" : "");
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.add(head + " of " + item.strip());
        }
        return out;
    }
}
