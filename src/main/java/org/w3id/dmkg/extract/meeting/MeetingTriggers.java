package org.w3id.dmkg.extract.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;
import org.w3id.dmkg.text.CalendarWords;

/**
 * Decides which words of a sentence report a meeting, and in which mode and status, from the word
 * lists {@code meeting-verbs.txt}. Immutable; thread-safe.
 */
final class MeetingTriggers {
    private static final Set<String> NEEDS_OBJECT = Set.of("received", "receives", "receive", "hosted", "hosts",
            "host", "welcomed", "welcomes", "welcome", "greeted", "visited", "visits", "visit");
    private static final Set<String> NEEDS_PHONE = Set.of("call", "calls", "conversation", "spoke", "speaks");
    private static final Pattern PHONE = Pattern.compile("\\b(phone|telephone|telephonic)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL = Pattern.compile("\\b(call|phone|telephone|telephonic)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO = Pattern.compile("\\b(video|virtual|virtually|online)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile("\\b(several|many|multiple|numerous|\\d+)\\s+times\\b|"
            + "\\bon many occasions\\b|\\ba number of\\b|\\bworld leaders\\b|\\bfirst met\\b|\\bprevious(ly)?\\b|\\bever since\\b", Pattern.CASE_INSENSITIVE);
    /** Words one of which every match of {@link #VAGUE} holds: a sentence with none is not run through it. */
    private static final List<String> VAGUE_WORDS = List.of("times", "occasions", "number of", "world leaders",
            "first met", "previous", "ever since");
    private static final Pattern PLANNED = Pattern.compile("\\b(will|shall|'ll|is to|was to|are to|were to|"
            + "scheduled to|slated to|expected to|plans? to|planning to|set to|due to|going to|to be held)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words that, just before a meeting word, say the meeting did not or may not happen: "did not meet",
     * "cancelled a meeting with", "the possibility of a summit between", "unlikely to meet", "requested a meeting",
     * "would be willing to meet", "is open to meeting".
     */
    private static final Set<String> UNREAL = Set.of("not", "n't", "n\u2019t", "never", "no", "cancel", "cancels", "cancelled",
            "canceled", "cancelling", "canceling", "off", "postponed", "postpones", "scrapped", "denied", "denies",
            "refused", "refuses", "declined", "rejected", "without", "possibility", "possible", "potential",
            "prospect", "prospects", "hypothetical", "unlikely", "requested", "request", "requests", "sought",
            "seeking", "seeks", "willing", "unwilling", "open", "skip", "skips", "skipped", "skipping", "snub", "snubs",
            "snubbed", "snubbing");
    /** Verbs whose particle makes them words of refusal before a meeting word: "turned down a meeting with". */
    private static final Map<String, Set<String>> UNREAL_PHRASES = Map.of(
            "down", Set.of("turn", "turns", "turned", "turning"), "out", Set.of("rule", "rules", "ruled", "ruling"));
    /** How many tokens before a meeting word {@link #UNREAL} is looked for. */
    private static final int UNREAL_WITHIN = 3;
    /** How many words of a noun phrase may stand between such a word and the meeting word it heads. */
    private static final int PHRASE_WITHIN = 6;
    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "this", "that", "their", "his", "her",
            "its", "our", "during");

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    /** What may stand between a word of receiving and the one received. */
    private static final Set<String> MODIFIERS = Set.of("the", "a", "an", "visiting", "his", "her", "their", "its",
            "former", "new", "newly", "outgoing", "incoming", "top", "senior", "foreign", "appointed", "elected");
    private static final Set<String> BARE = Set.of("host", "welcome", "receive");
    private static final Set<String> AUXILIARIES = Set.of("to", "will", "would", "could", "can", "may", "might", "shall",
            "'ll", "\u2019ll", "did", "not", "also", "and", "must", "should");
    private static final Set<String> DAYS = Stream.concat(CalendarWords.DAYS.stream(),
            CalendarWords.MONTHS.stream()).collect(Collectors.toUnmodifiableSet());

    /** Word to mode, then optionally a tab and the words one of which must follow it closely. */
    private final Map<String, String> verbs = new java.util.HashMap<>();
    private final Map<String, Set<String>> needs = new java.util.HashMap<>();
    /** How close the word a meeting word needs must follow it, in tokens. */
    private static final int NEEDS_WITHIN = 6;

    MeetingTriggers() {
        Lexicon.pairs("meeting-verbs.txt").forEach((word, value) -> {
            String[] parts = value.split("\t");
            verbs.put(word, parts[0].strip());
            if (parts.length > 1) {
                needs.put(word, Set.of(parts[1].strip().split("\\|")));
            }
        });
    }

    /** The index of the first meeting word of the sentence, or -1. */
    int find(Sentence s) {
        return find(s, 0);
    }

    /** The indexes of every meeting word of the sentence, in order. */
    List<Integer> findAll(Sentence s) {
        List<Integer> out = new java.util.ArrayList<>();
        if (!candidate(s)) {
            return out;
        }
        for (int i = next(s, 0); i >= 0; i = next(s, i + 1)) {
            out.add(i);
        }
        return out;
    }

    /**
     * Whether the meeting word at {@code verb} only carries the next one, the noun it needs ("Pelosi and Schumer
     * have held a series of meetings with Trump"): the two tell one meeting, whose parties the noun has.
     */
    boolean carries(Sentence s, int verb, int next) {
        List<Token> tokens = s.tokens();
        Set<String> needed = needs.get(tokens.get(verb).text().toLowerCase(Locale.ROOT));
        return needed != null && next > verb && next - verb <= NEEDS_WITHIN
                && needed.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
    }

    /** The index of the first meeting word at or after token {@code from}, or -1. */
    private int find(Sentence s, int from) {
        return candidate(s) ? next(s, from) : -1;
    }

    /** Whether the sentence may report a meeting at all: a meeting word, and no vague "many times". */
    private boolean candidate(Sentence s) {
        // the cheaper tests first: a meeting word, then a word vagueness needs
        return speaksOfMeeting(s) && !(Lexicon.holdsAny(s.text(), VAGUE_WORDS) && VAGUE.matcher(s.text()).find());
    }

    private int next(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        for (int i = from; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (!verbs.containsKey(w) || insideQuote(s, tokens.get(i).start())) {
                continue;
            }
            if (NEEDS_PHONE.contains(w) && !PHONE.matcher(s.text()).find() && !VIDEO.matcher(s.text()).find()
                    && !speakingWith(tokens, i)) {
                continue;
            }
            if (needs.containsKey(w) && !followedBy(tokens, i, needs.get(w)) || unreal(tokens, i) || satisfies(tokens, i)
                    || w.equals("called") && demand(tokens, i) || undone(s, i) || contest(tokens, i)) {
                continue;
            }
            if (verbs.get(w).equals("visit") || NEEDS_OBJECT.contains(w) && (!capitalizedSoon(tokens, i) || !verbForm(tokens, i))) {
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            if (i > 0 && DEFINITE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    && !(next.equals("between") || next.equals("with")) && !withBeforeVerb(tokens, i)) {
                continue; // "during the meeting": a meeting already told, not a new one
            }
            return i;
        }
        return -1;
    }

    /**
     * Whether a word of denial or mere possibility stands just before the meeting word, or before the noun
     * phrase it heads ("canceling a planned high-level summit with").
     */
    private static boolean unreal(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - UNREAL_WITHIN); k < i; k++) {
            if (unrealWord(tokens, k)) {
                return true;
            }
        }
        int k = i - 1;
        while (k >= 0 && k >= i - PHRASE_WITHIN && modifier(tokens.get(k))) {
            k--;
        }
        return k >= 0 && k < i - UNREAL_WITHIN && unrealWord(tokens, k);
    }

    /** Whether token {@code k} is one of {@link #UNREAL} or ends one of {@link #UNREAL_PHRASES}. */
    private static boolean unrealWord(List<Token> tokens, int k) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return UNREAL.contains(w) || k > 0 && UNREAL_PHRASES.getOrDefault(w, Set.of())
                .contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * What, said after a meeting word, tells that the meeting did not or may not take place: "was abruptly
     * canceled", "was called off", "it never happened", "would not take place", "is under review", "are now up in
     * the air".
     */
    private static final Pattern UNDONE = Pattern.compile("(?:\\b(?:was|were|been|be|is|are|being|got)\\s+(?:\\p{L}+ly\\s+)?"
            + "(?:canceled|cancelled|called off|scrapped|postponed|shelved|scuttled|put on hold)"
            + "|\\bnever (?:happened|took place|materiali[sz]ed|occurred)|(?:\\bnot|n't|n\u2019t|\\bnever) (?:take|taking) place"
            + "|(?:\\bdid not|\\bdidn't|\\bdidn\u2019t|\\bnever) (?:happen|materiali[sz]e|occur)|\\bfell through|\\bup in the air"
            + "|\\bunder review)\\b", Pattern.CASE_INSENSITIVE);
    /** Words one of which every match of {@link #UNDONE} holds. */
    private static final List<String> UNDONE_WORDS = List.of("cancel", "called off", "scrapped", "postponed", "shelved",
            "scuttled", "put on hold", "never", "take place", "taking place", "happen", "materiali", "occur",
            "fell through", "up in the air", "under review");

    /**
     * Whether the rest of the sentence after the meeting word, up to the next meeting word that starts a new one
     * (not "the meeting", which takes it up again), says the meeting was called off or never held ({@link #UNDONE}):
     * "An expected meeting between Trump and Putin planned for Saturday was abruptly canceled", "the meeting between
     * Pruitt and Liveris was on Pruitt's schedule, it never happened", "had been scheduled to meet Abbas ..., but
     * ... said that the meeting would not take place".
     */
    private boolean undone(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        int end = s.end();
        for (int k = i + 1; k < tokens.size(); k++) {
            if (verbs.containsKey(tokens.get(k).text().toLowerCase(Locale.ROOT))
                    && !DEFINITE.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
                end = tokens.get(k).start();
                break;
            }
        }
        int from = tokens.get(i).end();
        return from < end && Lexicon.holdsAny(s.text().substring(from - s.start(), end - s.start()), UNDONE_WORDS)
                && UNDONE.matcher(s.text()).region(from - s.start(), end - s.start()).find();
    }

    /**
     * A word that may stand inside a noun phrase before its head: a determiner, adjective, participle (the
     * tagger may call "planned" a verb), number, or lower-case noun ("high-level", "trade talks").
     */
    private static boolean modifier(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        boolean lower = Character.isLowerCase(t.text().charAt(0));
        return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("PRP$")
                || lower && (pos.startsWith("VB") || pos.startsWith("NN")) || t.text().equals("-");
    }

    /** The forms of "meet" that may mean to satisfy. */
    private static final Set<String> MEET_FORMS = Set.of("meet", "meets", "met", "meeting");
    /** Nouns that "meet" satisfies or undergoes rather than sees: "met the criteria", "met with resistance". */
    private static final Set<String> SATISFIED = Set.of("criteria", "criterion", "definition", "requirement",
            "requirements", "standard", "standards", "threshold", "target", "targets", "goal", "goals", "deadline",
            "deadlines", "demand", "demands", "expectation", "expectations", "condition", "conditions", "needs",
            "obligation", "obligations", "quota", "quotas", "benchmark", "benchmarks", "burden", "resistance",
            "opposition", "skepticism", "scepticism", "criticism", "approval", "applause", "silence", "cheers");
    /** How many words may stand between "met" and what it satisfies: "met the legal definition". */
    private static final int SATISFIED_WITHIN = 3;

    /** Forms of "be" that make "met with" passive: "the remarks were met with", "has been met with". */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * Whether a form of "meet" here means to satisfy or undergo: "met the legal definition of a coup", and any
     * passive "met with" ("the appearance was met with contention", "hopes ... were met with resistance"): one is
     * met with a reaction, never with a person.
     */
    private static boolean satisfies(List<Token> tokens, int i) {
        if (!MEET_FORMS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (tokens.get(i).text().equalsIgnoreCase("met") && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equals("with")) { // not "is meeting with", which is no passive
            int b = i - 1;
            if (b > 0 && tokens.get(b).text().endsWith("ly")) {
                b--; // "was quickly met with"
            }
            if (b >= 0 && BE.contains(tokens.get(b).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int k = i + 1; k < tokens.size() && k <= i + SATISFIED_WITHIN; k++) {
            String w = tokens.get(k).text();
            if (SATISFIED.contains(w)) {
                // not a noun's modifier: "met with opposition leader Marta Sousa"
                Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                return next == null || !(next.pos() != null && next.pos().startsWith("NN")
                        && Character.isLowerCase(next.text().charAt(0))); // "met with resistance Wednesday"
            }
            if (!Character.isLowerCase(w.charAt(0))) {
                return false; // "met Trump", "met the President": someone met
            }
        }
        return false;
    }

    /** Contests that "meet for" or "meet in" names: rivals face each other, they do not meet. */
    private static final Set<String> CONTESTS = Set.of("debate", "debates", "showdown", "runoff", "run-off", "rematch",
            "final", "finals", "semifinal", "semifinals", "playoff", "playoffs", "match", "duel");
    /** How many words may stand between "for" and the contest: "for their first of three debates". */
    private static final int CONTEST_WITHIN = 5;

    /** "the two men meet for their first of three debates", "met for their first showdown": rivals in a contest. */
    private static boolean contest(List<Token> tokens, int i) {
        if (!MEET_FORMS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) || i + 1 >= tokens.size()
                || !(tokens.get(i + 1).text().equals("for") || tokens.get(i + 1).text().equals("in"))) {
            return false;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 1 + CONTEST_WITHIN; k++) {
            if (CONTESTS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "called on X to step aside": a demand made of someone, not a visit paid to them. */
    private static boolean demand(List<Token> tokens, int i) {
        for (int k = i + 2; k < tokens.size() && k <= i + 8; k++) {
            String w = tokens.get(k).text();
            if (w.equals("to")) {
                return true;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !MODIFIERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "spoke (today) with", "speaks with": a conversation, whose mode the article's other words tell. */
    boolean speakingWith(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (!w.equals("spoke") && !w.equals("speaks")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
            if (tokens.get(k).text().equals("with")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article calls its main event a call: "Readout of ... Call with ...", "phone call". */
    static boolean reportsCall(String headline, String lead) {
        return headline != null && CALL.matcher(headline).find() || lead != null && CALL.matcher(lead).find();
    }

    /** Whether the sentence speaks of a meeting at all, a new one or one already told. */
    boolean speaksOfMeeting(Sentence s) {
        for (var t : s.tokens()) {
            if (verbs.containsKey(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line of text (a headline) has a meeting word; false for null. */
    boolean speaksOfMeeting(String text) {
        if (text == null) {
            return false;
        }
        for (String w : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            if (verbs.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    MeetingMode mode(Sentence s, int trigger) {
        if (VIDEO.matcher(s.text()).find()) {
            return MeetingMode.VIDEO;
        }
        if (PHONE.matcher(s.text()).find()) {
            return MeetingMode.PHONE;
        }
        String kind = verbs.get(s.tokens().get(trigger).text().toLowerCase(Locale.ROOT));
        return kind.equals("talks") ? MeetingMode.TALKS : MeetingMode.IN_PERSON;
    }

    /**
     * An agreement to meet just before the meeting word: "agreed to meet", "agree to hold talks", "agreed in a
     * discussion to hold talks", "agreed to a meeting". What is agreed to comes after the agreement.
     */
    private static final Pattern AGREED_TO = Pattern.compile(
            "\\bagree(s|d|ing)?\\b(\\s+\\w+){0,3}\\s+to\\s+(\\w+\\s+){0,2}\\z", Pattern.CASE_INSENSITIVE);

    /** Planned when a future or intention marker stands in the clause before the meeting word. */
    boolean planned(Sentence s, int trigger) {
        String before = s.text().substring(0, s.tokens().get(trigger).start() - s.start());
        int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(" said "));
        String inClause = before.substring(Math.max(0, clause));
        return PLANNED.matcher(inClause).find() || AGREED_TO.matcher(inClause).find();
    }

    /** How many words a headline's "to" may stand before the meeting word: "to hold video meeting". */
    private static final int HEADLINE_TO_REACH = 3;

    /**
     * Whether a headline tells the meeting in its future form, a name or noun and "to" before the verb: "Putin,
     * UN chief Guterres to meet on sidelines of BRICS summit", "Chinese Premier Li, Germany's Merkel to hold video
     * meeting on Thursday". Not "agrees to meet", where a verb stands before "to". The caller asks only of a line
     * of its own without a full stop.
     */
    static boolean headlineFuture(Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        for (int k = trigger - 1; k >= 1 && k >= trigger - HEADLINE_TO_REACH; k--) {
            if (tokens.get(k).text().equals("to")) {
                Token before = tokens.get(k - 1);
                return !before.verbOrModal() && (Character.isUpperCase(before.text().charAt(0))
                        || before.pos() != null && before.pos().startsWith("NN"));
            }
        }
        return false;
    }

    boolean hosting(Sentence s, int trigger) {
        return NEEDS_OBJECT.contains(s.tokens().get(trigger).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "The meeting Friday behind closed doors with X": "with" or "between" a few words after the meeting word,
     * with no verb in between, names who met.
     */
    private static boolean withBeforeVerb(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + NEEDS_WITHIN; k++) {
            String w = tokens.get(k).text();
            if (w.equals("with") || w.equals("between")) {
                return true;
            }
            if (tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("VB") || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean followedBy(List<Token> tokens, int i, Set<String> words) {
        for (String w : words) {
            if (w.startsWith("=")) { // the very next token, and not a day: "called on Hasina", not "called on Sunday for"
                return i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase(w.substring(1))
                        && (i + 2 >= tokens.size() || !DAYS.contains(tokens.get(i + 2).text()));
            }
        }
        if (i + 1 < tokens.size() && PARTICLES.contains(tokens.get(i + 1).text())) {
            return false; // "held out the possibility of a meeting", "held up talks": another verb
        }
        for (int k = i + 1; k < tokens.size() && k <= i + NEEDS_WITHIN; k++) {
            if (words.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (ABOUT.contains(tokens.get(k).text()) && k + 1 < tokens.size() && gerund(tokens.get(k + 1).text())) {
                return false; // "talked of working with Russia", "talked about meeting with": what was spoken of
            }
        }
        return false;
    }

    /** "working", "meeting": a lower-case word in "-ing", which the tagger does not always tag VBG. */
    static boolean gerund(String w) {
        return w.length() > 5 && w.endsWith("ing") && w.chars().allMatch(Character::isLowerCase);
    }

    /** Particles that make another verb of a meeting verb: "held out", "held up", "held off", "held back". */
    private static final Set<String> PARTICLES = Set.of("out", "up", "off", "back");
    private static final Set<String> ABOUT = Set.of("of", "about");

    /**
     * Whether the word is followed by someone received: a capitalized word after at most a few modifiers
     * ("received visiting Chinese Premier", "welcomed the Prime Minister"), not "received messages from X".
     */
    private static boolean capitalizedSoon(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + 4; k++) {
            String w = tokens.get(k).text();
            if (Character.isUpperCase(w.charAt(0))) {
                return true;
            }
            if (!MODIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /** "host" and "welcome" are nouns ("radio host X", "a warm welcome") unless an auxiliary makes them verbs. */
    private static boolean verbForm(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return !BARE.contains(w) || i > 0 && AUXILIARIES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Whether an odd number of double quotation marks stands in the sentence before the offset. */
    static boolean insideQuote(Sentence s, int offset) {
        int quotes = 0;
        String t = s.text();
        for (int i = 0; i < offset - s.start() && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
