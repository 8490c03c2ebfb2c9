package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.KnownCountries;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.MentionIndex;
import org.w3id.dmkg.extract.NameContexts;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.WordCases;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Layer;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Stage;
import org.w3id.dmkg.nlp.Token;

/**
 * Recognizes people from the text itself, without lists of names: a name-shaped run counts as a person
 * when its context says so (a title before it, an appositive title after it, a speech or meeting verb
 * beside it), or, when a model is given, as the learned judge decides from those rules and the run's shape
 * and neighbours ({@link PersonFeatures}); names in the article's credits ({@link Credits}) are left out;
 * once a name is known, its repetitions and short forms ("Xi", "Putin", "Marcos Jr") count too, and a given
 * name joined to another's full name shares its family name ("Donald and Melania Trump").
 * The mention key is the folded name as written (with the shared family name for such a given name). Not
 * thread-safe (it keeps the last article's credits for {@link #credits}): one per extractor.
 */
public final class PersonStage implements Stage {
    /**
     * A run no context rule speaks for is a person when the judge gives it this probability or more: above
     * one half, because a false person costs more downstream (a meeting or office of nobody) than a missed
     * one (chosen by cross-validation). A run a rule accepts needs one half.
     */
    private static final double THRESHOLD = 0.65;
    private static final Pattern NAMES_JOINED = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}{2,})+");
    private static final double RULED_THRESHOLD = 0.5;
    private static final NameContexts CONTEXTS = NameContexts.bundled();
    private static final KnownCountries KNOWN = KnownCountries.bundled();
    private static final WordCases CASES = WordCases.bundled();

    private final NameRuns runs = new NameRuns();
    private final PersonEvidence evidence = new PersonEvidence();
    private final Classifier judge;
    private String creditsText;
    private Credits credits;

    /** @param judge the learned decision, or null to accept exactly the runs a context rule speaks for */
    public PersonStage(Classifier judge) {
        this.judge = judge;
    }

    /** The credits of the document, found once per article text and kept for the extractors after this stage. */
    public Credits credits(Document document) {
        if (document.text() != creditsText) {
            credits = Credits.find(document.text(), document.source().dateline());
            creditsText = document.text();
        }
        return credits;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.POS, Layer.MENTIONS);
    }

    @Override
    public Layer provides() {
        return Layer.MENTIONS;
    }

    /**
     * The name-shaped runs of a document annotated up to the organizations, outside its credits, each with
     * the features the judge decides on and whether a context rule accepts it.
     */
    public List<PersonCandidate> candidates(Document document) {
        MentionIndex index = new MentionIndex(document.mentions());
        String text = document.text();
        Credits credits = credits(document);
        Map<String, Integer> capitalized = new HashMap<>();
        for (Sentence s : document.sentences()) {
            for (Token t : s.tokens()) {
                if (Character.isUpperCase(t.text().charAt(0))) {
                    capitalized.merge(NameRuns.withoutStop(t.text()), 1, Integer::sum);
                }
            }
        }
        List<List<NameRuns.Run>> found = new ArrayList<>();
        Set<String> standing = new HashSet<>();
        Set<String> surnames = runs.titlesAsNames(document.sentences().stream().map(Sentence::tokens).toList(), index);
        for (Sentence s : document.sentences()) {
            List<NameRuns.Run> inSentence = runs.find(s.tokens(), index, surnames);
            found.add(inSentence);
            for (NameRuns.Run r : inSentence) {
                standing.add(NameRuns.text(s.tokens(), r.first(), r.last()));
            }
        }
        List<PersonCandidate> out = new ArrayList<>();
        List<String> lastWords = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int sentence = 0;
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            boolean wholeLine = isWholeLine(text, s);
            List<NameRuns.Run> trimmed = new ArrayList<>();
            for (NameRuns.Run raw : found.get(sentence++)) {
                trimmed.addAll(runs.trim(tokens, raw, standing));
            }
            for (NameRuns.Run r : trimmed) {
                int start = tokens.get(r.first()).start();
                int end = tokens.get(r.last()).end();
                String lastWord = tokens.get(r.last()).text();
                String word = NameRuns.withoutStop(lastWord);
                if (r.last() == tokens.size() - 1 && !word.equals(lastWord)) {
                    end--; // the sentence's full stop, left on the name by the tokenizer: "... Adilbek Dzhaksybekov."
                }
                if (TokenWindow.apostropheGlued(lastWord)) {
                    end--; // the apostrophe of a possessive: "Sen. Bernard Sanders' campaign", "Charles' visit"
                }
                if (credits.covers(start, end)) {
                    continue; // photographers, editors and reporters are not people the story names
                }
                if (r.size() == 1 && Lexicon.ORGANIZATION_HEADS.contains(word)) {
                    continue; // "the EU Commission President", "will meet with the Chicago Archdiocese": a body's head word alone
                }
                if (Lexicon.PLACE_HEADS.contains(word) || r.last() + 1 < tokens.size()
                        && Lexicon.PLACE_HEADS.contains(tokens.get(r.last() + 1).text())) {
                    continue; // "at Westminster Abbey", "Trump Tower", "the Brennan Center": a place, not a person
                }
                if (r.size() > 1 && Lexicon.PLACE_OPENERS.contains(tokens.get(r.first()).text())) {
                    continue; // "troops at Fort Bragg", "Fort Lauderdale", "Mount Rushmore": a place, not a person
                }
                if (namesVenue(tokens, r.last(), index)) {
                    continue; // "the Trump International Hotel", "Reagan National Airport": the first word of a venue's name
                }
                if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isDigit(text.charAt(end + 1))) {
                    continue; // "the daily Covid-19 meeting", "an F-35": a code or a disease glued to a number, no name
                }
                if (namesJoined(text.substring(start, end), capitalized)) {
                    continue; // "the Hasina-Modi meeting", "the Pelosi-Schumer-Trump deal": people the article names apart
                }
                String name = Names.display(text.substring(start, end));
                Mention m = new Mention(MentionType.PERSON, start, end, name, Names.key(name));
                String reason = evidence.reason(tokens, r, index, wholeLine);
                boolean recurs = capitalized.getOrDefault(word, 0) > 1;
                out.add(new PersonCandidate(m, PersonFeatures.of(tokens, r, index, reason, wholeLine, recurs, s.index()),
                        reason != null));
                lastWords.add(word);
                reasons.add(reason);
            }
        }
        return articleWide(out, lastWords, reasons, placeWords(document));
    }

    /** How many capitalized words after a name may stand before the head word of a venue or body it begins. */
    private static final int VENUE_WORDS = 3;

    /**
     * Whether the name ending at token {@code last} begins the name of a place or a body: two to
     * {@value #VENUE_WORDS} capitalized words follow it, none of them a name already recognized, the last a
     * place or body head word ("Trump International Hotel", "Kennedy Space Center", "Ford Motor Company").
     * "The Trump White House" and "the Obama Justice Department" keep their person: the words after the name are
     * a body of their own.
     */
    static boolean namesVenue(List<Token> tokens, int last, MentionIndex index) {
        for (int k = last + 1; k < tokens.size() && k <= last + VENUE_WORDS; k++) {
            String w = tokens.get(k).text();
            if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)
                    || index.covers(tokens.get(k).start())) {
                return false;
            }
            if (k > last + 1 && (Lexicon.PLACE_HEADS.contains(w) || Lexicon.ORGANIZATION_HEADS.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** The capitalized words the article writes right after a preposition of place somewhere. */
    private static Set<String> placeWords(Document document) {
        Set<String> out = new HashSet<>();
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int k = 1; k < tokens.size(); k++) {
                String w = tokens.get(k).text();
                if (Character.isUpperCase(w.charAt(0))
                        && NameContexts.PLACE_PREPOSITIONS.contains(tokens.get(k - 1).text())) {
                    out.add(NameRuns.withoutStop(w));
                }
            }
        }
        return out;
    }

    /**
     * What the rest of the article says of the same name, for each candidate: the strongest context rule
     * that accepts another run ending in the same word ("title" for a title or honorific beside it, "verb"
     * for a verb, "none", or "alone" when no other run ends so), and whether the word stands after a
     * preposition of place somewhere ("in Orlando", "near Parkland"). A person is named once with a title
     * and then bare; a town is written after "in".
     */
    private static List<PersonCandidate> articleWide(List<PersonCandidate> candidates, List<String> lastWords,
                                                     List<String> reasons, Set<String> placeWords) {
        Map<String, int[]> byStrength = new HashMap<>(); // last word -> how many runs of each strength
        for (int i = 0; i < candidates.size(); i++) {
            byStrength.computeIfAbsent(lastWords.get(i), w -> new int[3])[strength(reasons.get(i))]++;
        }
        List<PersonCandidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int[] n = byStrength.get(lastWords.get(i)).clone();
            n[strength(reasons.get(i))]--; // the other runs only
            String doc = n[2] > 0 ? "title" : n[1] > 0 ? "verb" : n[0] > 0 ? "none" : "alone";
            PersonCandidate c = candidates.get(i);
            List<String> f = new ArrayList<>(c.features());
            f.add("doc-ev=" + doc);
            f.add("doc-place=" + placeWords.contains(lastWords.get(i)));
            out.add(new PersonCandidate(c.mention(), f, c.ruled()));
        }
        return out;
    }

    /** 2 for a title or honorific beside the name, 1 for a verb or other context rule, 0 for none. */
    private static int strength(String reason) {
        return reason == null ? 0 : reason.startsWith("title") || reason.equals("honorific") ? 2 : 1;
    }

    /**
     * "Hasina-Modi", "Pelosi-Schumer-Trump": capitalized names joined by hyphens, each standing alone elsewhere
     * in the article.
     */
    private static boolean namesJoined(String word, Map<String, Integer> capitalized) {
        if (!NAMES_JOINED.matcher(word).matches()) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!capitalized.containsKey(part)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Document apply(Document document) {
        List<Mention> accepted = new ArrayList<>();
        List<Mention> pending = new ArrayList<>();
        Set<String> knownWords = new HashSet<>();
        for (PersonCandidate c : candidates(document)) {
            boolean person = judge == null ? c.ruled()
                    : !townLike(c) && judge.probability(c.features()) >= (c.ruled() ? RULED_THRESHOLD : THRESHOLD);
            if (person) {
                accepted.add(c.mention());
                for (String w : Names.words(c.mention().text())) {
                    knownWords.add(w);
                }
            } else {
                pending.add(c.mention());
            }
        }
        for (Mention m : pending) {
            String[] words = Names.words(m.text());
            boolean known = words.length > 0 && words.length <= 4;
            for (String w : words) {
                known &= knownWords.contains(w) || w.length() == 1;
            }
            if (known && !allShort(words)) {
                accepted.add(m);
            }
        }
        pending.removeAll(new HashSet<>(accepted));
        accepted.addAll(coupled(document.text(), pending, accepted));
        List<Mention> all = new ArrayList<>(document.mentions());
        all.addAll(accepted);
        return document.withMentions(all);
    }

    /**
     * Whether other news writes the word (a name key) first in names and never last ({@link KnownCountries#givenName}),
     * in two names or more, or in one when news seldom writes the word in lower case ("Mitt", not "Health").
     */
    private static boolean givenName(String word) {
        int names = KNOWN.givenName(word);
        return names >= 2 || names == 1 && !CASES.oftenLower(word);
    }

    /** "and" or "&" between two names. */
    private static final Pattern JOINED = Pattern.compile("\\s+(?:and|&)\\s+");

    /**
     * Given names joined to another's full name, which share its family name: "Donald and Melania Trump", "Bill
     * and Hillary Clinton", "Barack and Michelle Obama". A run of one word the judge left out is a person when
     * "and" joins it to a person of two words (or three, the first a given name), the first of them a word news
     * seldom writes in lower case; when the one word is a given name ({@link #givenName}); and when the last
     * word is a family name other news writes last in names and never first, and no suffix: not "Kim and Moon
     * Jae-in", "Xi and Kim Jong Un", "Health and Human Services", "Eric and Donald Jr.". The person is named with
     * that family name ("Donald Trump"), while the mention's span stays on the word the text writes ("Donald").
     */
    private static List<Mention> coupled(String text, List<Mention> pending, List<Mention> accepted) {
        Map<Integer, Mention> byStart = new HashMap<>();
        for (Mention m : accepted) {
            byStart.put(m.start(), m);
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : pending) {
            String[] words = Names.words(m.text());
            if (words.length != 1 || !givenName(words[0])) {
                continue;
            }
            var joined = JOINED.matcher(text).region(m.end(), text.length());
            if (!joined.lookingAt()) {
                continue;
            }
            Mention partner = byStart.get(joined.end());
            String[] written = partner == null ? new String[0] : partner.text().split("\\s+");
            if ((written.length == 2 || written.length == 3 && givenName(Names.key(written[0])))
                    && !CASES.oftenLower(Names.key(written[0]))) {
                String family = written[written.length - 1];
                String[] key = Names.words(family);
                if (key.length == 1 && KNOWN.familyName(key[0]) && !NameRuns.SUFFIX.matcher(family).matches()) {
                    String name = m.text() + " " + family;
                    out.add(new Mention(MentionType.PERSON, m.start(), m.end(), name, Names.key(name)));
                }
            }
        }
        return out;
    }

    /**
     * A run no rule speaks for, whose last word news at large writes after "in" and seldom beside a title
     * ({@link NameContexts}: "flew to Orlando", "met families in Aurora", "talks with
     * rebel groups in Darfur"), and that the article never titles under that word: a place.
     */
    private static boolean townLike(PersonCandidate c) {
        String[] words = Names.words(c.mention().text());
        return !c.ruled() && words.length > 0 && CONTEXTS.place(words[words.length - 1])
                && !c.features().contains("doc-ev=title") && !c.features().contains("doc-ev=verb");
    }

    private static boolean allShort(String[] words) {
        for (String w : words) {
            if (w.length() > 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeLine(String text, Sentence s) {
        int ls = text.lastIndexOf('\n', s.start() - 1) + 1;
        int le = text.indexOf('\n', s.end());
        return text.substring(ls, le < 0 ? text.length() : le).strip().equals(s.text().strip());
    }

}
