package org.w3id.dmkg.extract.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.MentionIndex;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.WordCases;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Token;
import org.w3id.dmkg.text.CalendarWords;

/**
 * Finds runs of tokens shaped like a person's name: capitalized proper nouns, with initials,
 * hyphenated parts, particles (bin, al, de, van ...) inside, and suffixes (Jr., II, VI) at the end.
 * Tokens already covered by another mention and stop words break a run. Immutable; thread-safe.
 */
public final class NameRuns {
    /** A run of tokens [first, last] of one sentence. */
    record Run(int first, int last) {
        int size() {
            return last - first + 1;
        }
    }

    private static final Set<String> PARTICLES = Set.of("bin", "bint", "binti", "al", "el", "de", "da", "do", "dos",
            "das", "del", "della", "di", "van", "von", "der", "den", "la", "le", "las", "los", "ibn", "y", "abu");
    static final Pattern SUFFIX = Pattern.compile("Jr\\.?|Sr\\.?|I{1,3}|IV|VI{0,3}|IX|X");
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "H.E.",
            "H.E", "His", "Her", "Excellency", "Shri", "Smt", "Smt.", "Mme", "Mme.", "Madam", "Hon", "Hon.", "Gen",
            "Gen.", "Sen", "Sen.", "Rep.", "Gov", "Gov.", "Amb.", "Adm.", "Sgt.", "Lt", "Lt.", "Col", "Col.", "Maj",
            "Maj.", "Capt", "Capt.", "Prof", "Prof.", "Rev", "Rev.", "Reverend", "Messrs", "Messrs.", "Brig", "Brig.",
            "Cmdr", "Cmdr.", "Msgr", "Msgr.", "Supt", "Supt.", "Hon'ble", "Hon\u2019ble", "Honourable", "Honorable",
            "Shrimati", "Datuk", "Datin");
    /** Honorifics that are never part of a name; abbreviated ranks are not either ("Gov.", but "Hun Sen"). */
    private static final Set<String> NEVER_NAMES = Set.of("Mr", "Mrs", "Ms", "Dr", "H.E", "Excellency", "Shri", "Smt",
            "Messrs", "Hon'ble", "Hon\u2019ble", "Honourable", "Honorable", "Shrimati");
    /**
     * Titles of learning, faith and the bench that come before a name and are no part of it ("Professor Joseph
     * Mifsud", "Bishop Derrick Robinson", "Justice Anthony Kennedy"); a few are surnames after a first name
     * ("Julie Bishop", "Jim Justice"), so only a run's first word is dropped.
     */
    private static final Set<String> LEADING_TITLES = Set.of("Professor", "Prof", "Reverend", "Rabbi", "Imam",
            "Pastor", "Archbishop", "Cardinal", "Bishop", "Father", "Justice");
    /**
     * Words of a job in policing, law or the news that a story capitalizes before a name ("Officer Darren Wilson",
     * "Special Agent Rick DesLauriers", "Correspondent Shannon Bream", "Justices Clarence Thomas and ..."); they
     * and the words before them ("Border Patrol Agent", "Chief Technology Officer") are no part of it.
     */
    private static final Set<String> ROLES = Set.of("Officer", "Sheriff", "Sergeant", "Detective", "Agent",
            "Prosecutor", "Correspondent", "Reporter", "Anchor", "Columnist", "Producer", "Superintendent", "Justices",
            "Counselor", "Evangelist");
    /** A word in capitals only: "COMEY", "ATTACKS". */
    private static final Pattern SHOUTED = Pattern.compile("\\p{Lu}{2,}");

    /** A US lawmaker's party and state, as written after the name: "R-Ala.", "D-N.Y.". */
    public static boolean partyAndState(String word) {
        return PARTY_STATE.matcher(word).matches();
    }

    /** "bin", "da", "van": a lower-case word inside a name. */
    static boolean particle(String word) {
        return PARTICLES.contains(word);
    }

    /** "Mr.", "H.E.", "Hon", "Dr": a word of respect or rank before a name. */
    public static boolean honorific(String word) {
        return HONORIFICS.contains(word) || LEADING_TITLES.contains(word);
    }

    /** A name's last word without the sentence's full stop the tokenizer may have left on it. */
    static String withoutStop(String word) {
        return word.length() > 4 && word.endsWith(".") && word.indexOf('.') == word.length() - 1
                && !SUFFIX.matcher(word).matches() ? word.substring(0, word.length() - 1) : word;
    }

    /** Two words glued by page chrome ("TrumpPerry", "ChaoDemocratic"), unlike "McMaster" or "MacArthur". */
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}{3}\\p{Lu}(?:\\p{Ll}|\\p{Lu}{2})");
    /** Words before the name of a storm. */
    private static final Set<String> STORMS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm");
    /** An acronym in the plural: "CEOs", "NGOs", "PACs", "SUVs"; things and groups, never a name. */
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");
    /** A pronoun or verb with its contraction: "I'm", "We're", "They've", "You'll", "Don't"; not "O'Malley". */
    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}+(?:['\u2019](?:m|re|ve|ll|d)|n['\u2019]t)");
    /** The "n't" the tokenizer cuts from "Won't", "Can't". */
    private static final Pattern NEGATION = Pattern.compile("n['\u2019]t", Pattern.CASE_INSENSITIVE);
    /** A US lawmaker's party and state after the name: "D-Calif.", "R-Ky", "I-Vt.". */
    private static final Pattern PARTY_STATE = Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");
    /** A lower-case syllable joined by a hyphen inside a name: "Jae-in", "Jong-un", "Chan-o-cha". */
    private static final Pattern SYLLABLE = Pattern.compile("\\p{Ll}{1,5}(?:-\\p{Ll}{1,5})*");
    /** Months as news writes them before a day: abbreviated, or short enough to stand whole ("May", "June"). */
    private static final Set<String> MONTHS = Stream.concat(CalendarWords.MONTH_ABBREVIATIONS.stream(),
            Stream.of("May", "June", "July")).collect(Collectors.toUnmodifiableSet());
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.]*(?:-\\p{L}[\\p{L}'\u2019.]*)*");

    /** Tags of a sentence's first word that open it rather than begin a name: adverbs, interjections, prepositions. */
    /** How far after a run the glued end of a hover card is looked for. */
    private static final int CARD_WORDS = 8;
    private static final Set<String> OPENERS = Set.of("RB", "UH", "IN");
    private static final Set<String> FUNCTION_TAGS = Set.of("DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "WP$",
            "MD", "TO", "EX", "PDT", "WRB", "UH");

    /**
     * A sentence's first word written in lower case this often inside sentences ({@link WordCases}) is an
     * ordinary word, not the first word of the name after it.
     */
    private static final double OPENING_WORD = 0.97;

    private final WordCases cases = WordCases.bundled();
    private final Set<String> stop;
    private final Set<String> functionWords;
    private final Set<String> adjectiveSuffixes;
    /** Meeting and speech verbs, which a title-case headline capitalizes ("Nazarbayev Receives Sobianin"). */
    private final Set<String> verbs;

    NameRuns() {
        this.stop = new HashSet<>(Lexicon.lines("name-stopwords.txt"));
        this.functionWords = new HashSet<>(Lexicon.lines("function-words.txt"));
        this.adjectiveSuffixes = new HashSet<>(Lexicon.lines("hyphen-suffixes.txt"));
        this.verbs = Lexicon.MEETING_AND_SPEECH_WORDS;
    }

    /** Marks that may stand before a sentence's first word: quotes, brackets, dashes, bullets. */
    private static final Set<String> OPENING_MARKS = Set.of("\"", "\u201c", "\u2018", "'", "(", "[", "-", "\u2013",
            "\u2014", "\u2022", "*");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u2018", "'");

    /**
     * Whether the word at {@code i} opens its sentence or a quotation, and so is capitalized whatever it is: only
     * opening marks stand before it in the sentence ("\"So I think ...", "(Why Trump ...)"), or a quote mark set
     * against it and apart from the word before ("he said, \"So I think ...").
     */
    static boolean opens(List<Token> tokens, int i) {
        int k = 0;
        while (k < i && OPENING_MARKS.contains(tokens.get(k).text())) {
            k++;
        }
        if (k == i) {
            return true;
        }
        Token quote = tokens.get(i - 1);
        return QUOTES.contains(quote.text()) && quote.end() == tokens.get(i).start()
                && tokens.get(i - 2).end() < quote.start();
    }

    List<Run> find(List<Token> tokens, MentionIndex index) {
        return find(tokens, index, Set.of());
    }

    /**
     * @param surnames one-word titles the article also writes alone as a name ({@link #titlesAsNames}): after
     *                 given names, such a word is the surname
     */
    List<Run> find(List<Token> tokens, MentionIndex index, Set<String> surnames) {
        List<Run> runs = new ArrayList<>();
        boolean titled = titleCase(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (beforeNegation(tokens, i) || !starts(tokens.get(i), index, titled) && !givenMonth(tokens, i, index, titled)
                    && !(surnameHe(tokens, i)
                    && i + 1 < tokens.size() && nameWord(tokens.get(i + 1), titled)
                    && !index.covers(tokens.get(i).start()))) {
                i++;
                continue;
            }
            int last = i;
            int k = i + 1;
            while (k < tokens.size()) {
                Token t = tokens.get(k);
                if (index.covers(t.start()) && k > i && k + 1 < tokens.size() && SUFFIX.matcher(tokens.get(k + 1).text()).matches()
                        && !tokens.get(k + 1).text().equals("I") && WORD.matcher(t.text()).matches()) {
                    last = k + 1; // "Martin Luther King Jr.", "Martin Luther King III": a title word before a suffix is a surname
                    k += 2;
                    continue;
                }
                if (index.covers(t.start()) && middleTitle(tokens, i, k, index, titled)) {
                    last = k + 1; // "Hossein Amir Abdollahian", "Roy Dean Blunt": a title word as a middle name
                    k += 2;
                    continue;
                }
                if (index.covers(t.start())) {
                    if (surnames.contains(withoutStop(t.text())) && surnameTitle(tokens, i, k, index, titled)) {
                        last = k; // "Rep. Pete King of New York", "lunch with Carl Pope, who": a title word as a surname
                    }
                    break;
                }
                if (t.start() == tokens.get(k - 1).end() && t.text().chars().allMatch(Character::isLowerCase)
                        && Character.isLetter(tokens.get(k - 1).text().charAt(tokens.get(k - 1).text().length() - 1))) {
                    last = k; // one word the tokenizer cut in two: "Ret" "no" of "Retno"
                    k++;
                } else if (isHyphenJoin(tokens, k) && (nameWord(tokens.get(k + 1), titled) || syllable(tokens.get(k + 1)))) {
                    last = k + 1;
                    k += 2;
                } else if (hyphenTail(tokens, k)) {
                    last = k; // the tokenizer cut "Ki-Moon" into "Ki" "-Moon"
                    k++;
                } else if (nameWord(t, titled) && !beforeNegation(tokens, k) || SUFFIX.matcher(t.text()).matches()
                        || monthAsName(tokens, k) || surnameHe(tokens, k)) {
                    last = k;
                    k++;
                } else if (t.text().equals(",") && k + 1 < tokens.size() && tokens.get(k + 1).text().matches("[JS]r\\.?")) {
                    last = k + 1; // "Joseph R. Biden, Jr."
                    k += 2;
                } else if (PARTICLES.contains(t.text()) && k + 1 < tokens.size() && nameWord(tokens.get(k + 1), titled)) {
                    k++;
                } else if (PARTICLES.contains(t.text()) && k + 2 < tokens.size() && PARTICLES.contains(tokens.get(k + 1).text())
                        && nameWord(tokens.get(k + 2), titled)) {
                    k += 2; // two particles: "Ursula von der Leyen", "Joaquim de los Santos"
                } else if (PARTICLES.contains(t.text()) && k + 2 < tokens.size() && isHyphenJoin(tokens, k + 1)
                        && nameWord(tokens.get(k + 2), titled)) {
                    last = k + 2; // "al-Sisi", "bin-Salman"
                    k += 3;
                } else {
                    break;
                }
            }
            if (last > i && LEADING_TITLES.contains(tokens.get(i).text())) {
                i++; // "Professor Joseph Mifsud": the title before the name
            }
            i = afterRole(tokens, i, last);
            boolean opening = opens(tokens, i) && (last == i || tokens.get(i).end() < tokens.get(i + 1).start());
            if (opening && last >= i + 2 && OPENERS.contains(String.valueOf(tokens.get(i).pos()))) {
                i++; // "Even Tiffany Trump was there", "Meanwhile Vladimir Putin ...": an adverb opens the sentence
            } else if (opening && last > i && cases.lowerShare(tokens.get(i).text()) >= OPENING_WORD) {
                i++; // "See Michael Flynn", "So Alex, ...", "\"So I think": a common word capitalized as it opens
            } else if (opening && last > i
                    && functionWords.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))
                    && cases.common(tokens.get(i).text())) {
                i++; // "Why Trump decided ...", "How Obama ...": a closed-class word opening the sentence
            }
            if (i > 0 && STORMS.contains(tokens.get(i - 1).text())) {
                i = last + 1; // "Hurricane Lorenzo", "Typhoon Haiyan": a storm's name
                continue;
            }
            if (i == last && (HONORIFICS.contains(tokens.get(i).text()) || ROLES.contains(tokens.get(i).text()))) {
                i++; // "Sen" left alone where the sentence splitter took the stop of "Sen. Hagel" for an end; "Sheriff"
                continue;
            }
            int[] card = hoverCard(tokens, i, last);
            if (card != null) {
                runs.add(new Run(i, card[0])); // the name as the story gives it, without the card after it
                i = card[1] + 1;
                continue;
            }
            runs.add(new Run(i, last));
            i = last + 1;
        }
        return runs;
    }

    /** Articles: a run after one names a thing ("the Mike Douglas Show"), not a person with words glued on. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** A run's words as written, one space between them, without the sentence's full stop on the last. */
    static String text(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            b.append(k > first ? " " : "").append(k == last ? withoutStop(tokens.get(k).text()) : tokens.get(k).text());
        }
        return b.toString();
    }

    /**
     * The part of a run that is the name, where page chrome and title-case headlines have joined other words
     * to it: a possessive outlet before it ("Fox News' Brooke Singman", "NBC News' Chuck Todd"); a hover
     * card repeating the name in full after it ("Theresa May Theresa Mary May", "Joe Biden Joe Biden
     * Parnas", "Kim Jong Un Kim Jong UnTrump"); and ordinary words before or after it ("Now Hillary Clinton",
     * "Wacko John Bolton", "John McCain Reads", "Obama Responds To", "Liu He Photographer") when the rest
     * stands as a run of its own elsewhere in the article ({@code standing}). A word counts as ordinary when
     * news writes it in lower case nearly always ({@link WordCases#common}); a first name such as "Will" or
     * "Hope" is one too, so the rest must then be two words or more; "He" after a name is the surname ("Liu He"),
     * and a run after an article is the name of a thing ("the Mike Douglas Show"). A headline's verb between
     * two names that stand on their own elsewhere parts them: "Graham Blasts Rand Paul" is two runs.
     */
    List<Run> trim(List<Token> tokens, Run r, Set<String> standing) {
        int first = r.first();
        int last = r.last();
        for (int k = first; k < last; k++) {
            String w = tokens.get(k).text();
            if (TokenWindow.apostropheGlued(w)) {
                first = k + 1;
            }
        }
        for (int j = first + 2; j < last; j++) {
            if (tokens.get(j).text().equals(tokens.get(first).text())) {
                last = j - 1;
                break;
            }
        }
        for (int k = first + 1; k < last && cases.common(tokens.get(k - 1).text()); k++) {
            if (standing.contains(text(tokens, k, last))) {
                first = k;
                break;
            }
        }
        boolean named = first > 0 && ARTICLES.contains(tokens.get(first - 1).text().toLowerCase(java.util.Locale.ROOT));
        for (int k = last - 1; k >= first && !named && cases.common(withoutStop(tokens.get(k + 1).text()))
                && !surnameHe(tokens, k + 1); k--) {
            if (standing.contains(text(tokens, first, k))) {
                last = k;
                break;
            }
        }
        for (int k = first + 1; k < last; k++) {
            if (cases.common(tokens.get(k).text()) && !surnameHe(tokens, k) && standing.contains(text(tokens, first, k - 1))
                    && standing.contains(text(tokens, k + 1, last))) {
                return List.of(new Run(first, k - 1), new Run(k + 1, last)); // "Graham Blasts Rand Paul"
            }
        }
        return first == r.first() && last == r.last() ? List.of(r) : List.of(new Run(first, last));
    }

    /**
     * Page chrome of some sites follows a name with a hover card of the person's full name, its last word
     * glued to the next headline: "Trump Donald John TrumpPerry ends ...", "Nancy Pelosi Nancy
     * PelosiObstacles", "Joe Manchin Joseph (Joe) ManchinPoll". When the glued word, a few capitalized words
     * or a bracketed nickname after the run, begins with a word of the run, the name ends at that word's
     * first place in the run: that index and the glued word's; else null.
     */
    private static int[] hoverCard(List<Token> tokens, int first, int last) {
        if (last == first) {
            return null;
        }
        // the card may give the full name with a nickname first: "Joe Manchin Joseph (Joe) ManchinPoll ..."
        for (int g = last + 1; g < tokens.size() && g <= last + CARD_WORDS; g++) {
            String w = tokens.get(g).text();
            Matcher m = GLUED.matcher(w);
            if (m.find()) {
                String head = w.substring(0, m.start() + 3);
                for (int k = first; k < last; k++) {
                    if (tokens.get(k).text().equals(head)) {
                        return new int[] {k, g};
                    }
                }
                return null;
            }
            if (!w.equals("(") && !w.equals(")") && !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where the honorifics before a name start ("H.E. Mr. Emmanuel Macron", "Shri Narendra Modi"):
     * titles and commas before them speak of the name.
     *
     * @param text  the text of the token at an index
     * @param first the index of the name's first token
     */
    public static int honorificsStart(java.util.function.IntFunction<String> text, int first) {
        int k = first;
        while (k > 0 && honorific(text.apply(k - 1))) {
            k--;
        }
        return k;
    }

    /** Months that are also given names ("Jan Eliasson", "April Ryan", "August Pfluger"); not "May", a modal too. */
    private static final Set<String> GIVEN_MONTHS = Set.of("Jan", "April", "June", "August");

    /**
     * Whether a month that is also a given name opens a name at {@code i}: a name word follows it ("Jan Kubis"), not
     * a number ("Jan 6") or a word news mostly writes in lower case ("June Medical Services"), outside headlines'
     * title case.
     */
    private boolean givenMonth(List<Token> tokens, int i, MentionIndex index, boolean titled) {
        return !titled && GIVEN_MONTHS.contains(tokens.get(i).text()) && !index.covers(tokens.get(i).start())
                && i + 1 < tokens.size() && nameWord(tokens.get(i + 1), false)
                && !capitalizedCommon(tokens.get(i + 1).text()) && !index.covers(tokens.get(i + 1).start());
    }

    /** "Liang Jun", "Theresa May": a month's name inside a run is a name unless a number follows it. */
    private static boolean monthAsName(List<Token> tokens, int k) {
        if (!MONTHS.contains(tokens.get(k).text())) {
            return false;
        }
        return k + 1 >= tokens.size() || !Character.isDigit(tokens.get(k + 1).text().charAt(0));
    }

    /**
     * "He" inside a sentence, where the pronoun is never capitalized, is the Chinese name (Liu He, He Lifeng).
     */
    private static boolean surnameHe(List<Token> tokens, int k) {
        if (k == 0 || !tokens.get(k).text().equals("He")) {
            return false;
        }
        String before = tokens.get(k - 1).text();
        return Character.isLetter(before.charAt(before.length() - 1)) || before.equals(",");
    }

    /**
     * The one-word titles an article writes alone as someone's name: capitalized inside a sentence with no
     * article, possessive, adjective or other name before it and no name after it ("..., King said", "as Pope
     * later learned"), where a title before a name or after "the" is one ("King Salman", "the Chairman").
     */
    Set<String> titlesAsNames(List<List<Token>> sentences, MentionIndex index) {
        Set<String> out = new HashSet<>();
        for (List<Token> tokens : sentences) {
            for (int k = 1; k + 1 < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (!oneWordTitle(t, index)) {
                    continue;
                }
                Token before = tokens.get(k - 1);
                Token after = tokens.get(k + 1);
                boolean bareBefore = !Character.isUpperCase(before.text().charAt(0))
                        && !NOT_ALONE_TAGS.contains(String.valueOf(before.pos())) && !determines(before.text());
                boolean bareAfter = Character.isLowerCase(after.text().charAt(0)) && !AFTER_TITLES.contains(after.text())
                        || after.text().matches("[,.;:)]");
                if (bareBefore && bareAfter) {
                    out.add(withoutStop(t.text()));
                }
            }
        }
        return out;
    }

    /** A title of one word in capitals and small letters, the whole of a title mention: "King", "Pope", not "MP". */
    private static boolean oneWordTitle(Token t, MentionIndex index) {
        Mention m = index.at(t.start());
        String w = withoutStop(t.text());
        return m != null && m.type() == MentionType.TITLE && m.end() <= t.end() && m.end() >= t.end() - 1
                && w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
    }

    /** An article or a possessive ending: what makes the words after it a title or a thing, not a name. */
    private static boolean determines(String word) {
        return ARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT)) || TokenWindow.possessiveMark(word);
    }

    /** Tags of a word before a title that make it the title of someone: a determiner, possessive or adjective. */
    private static final Set<String> NOT_ALONE_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD", "PDT", "WP$");
    /** Words after a title that go on with it: "Secretary of State", "Minister for", "Speaker and". */
    private static final Set<String> AFTER_TITLES = Set.of("of", "for", "to", "and", "or", "in", "at", "on", "general");

    /** The most words of a name before a title word taken for its surname. */
    private static final int GIVEN_NAMES = 2;

    /**
     * A one-word title right after the given names of a run is the surname ("Carl Pope", "Pete King", "John
     * Major", not "MP") when no name follows it, as one follows a title before a name ("Pope Francis", "King Salman"),
     * and no article or possessive stands before the run ("the Texas Governor", "Jordan's King").
     */
    private boolean surnameTitle(List<Token> tokens, int first, int k, MentionIndex index, boolean titled) {
        Token t = tokens.get(k);
        if (titled || !oneWordTitle(t, index) || k - first > GIVEN_NAMES || !WORD.matcher(t.text()).matches()) {
            return false;
        }
        if (k + 1 < tokens.size() && (Character.isUpperCase(tokens.get(k + 1).text().charAt(0))
                || tokens.get(k + 1).start() == t.end() && !tokens.get(k + 1).text().matches("[.,;:)]"))) {
            return false;
        }
        if (first > 0 && determines(tokens.get(first - 1).text())) {
            return false;
        }
        for (int j = first; j < k; j++) {
            if (cases.common(tokens.get(j).text()) || INITIAL.matcher(tokens.get(j).text()).matches() && j == first) {
                return false;
            }
        }
        return true;
    }

    /**
     * Title words that are given names too, and so may stand inside a name: not "President" ("Commission
     * President Juncker said").
     */
    private static final Set<String> GIVEN_NAME_TITLES = Set.of("Amir", "Dean", "King", "Major", "Sultan", "Bishop");

    /**
     * A one-word title that is also a given name, between a given name and a last word of the run, is a middle
     * name ("Hossein Amir Abdollahian", "Roy Dean Blunt"): the words before it are no common words, the word
     * after it is a name's and ends the run ("Billie Jean King National Tennis Center" goes on).
     */
    private boolean middleTitle(List<Token> tokens, int first, int k, MentionIndex index, boolean titled) {
        if (titled || k == first || k - first > GIVEN_NAMES || k + 1 >= tokens.size()
                || !GIVEN_NAME_TITLES.contains(tokens.get(k).text()) || !oneWordTitle(tokens.get(k), index)) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (!starts(next, index, titled) || !WORD.matcher(next.text()).matches()) {
            return false;
        }
        if (k + 2 < tokens.size() && (nameWord(tokens.get(k + 2), titled) || index.covers(tokens.get(k + 2).start())
                || tokens.get(k + 2).start() == next.end() && !tokens.get(k + 2).text().matches("[.,;:)'’]"))) {
            return false;
        }
        for (int j = first; j < k; j++) {
            if (cases.common(tokens.get(j).text()) || !WORD.matcher(tokens.get(j).text()).matches()) {
                return false;
            }
        }
        return true;
    }

    private boolean starts(Token t, MentionIndex index, boolean titled) {
        return nameWord(t, titled) && !index.covers(t.start()) && !SUFFIX.matcher(t.text()).matches() && !gerund(t)
                && !"MD".equals(t.pos()); // "Can Trump ...?", "Will Putin ...?": a modal opening a question
    }

    /**
     * A capitalized "-ing" word the tagger reads as a verb or an adjective opens a sentence, not a name
     * ("Accompanying X"); the tagger's coarse tags give verbs as VB.
     */
    private static boolean gerund(Token t) {
        String pos = t.pos();
        return pos != null && (pos.startsWith("VB") || pos.equals("JJ")) && t.text().endsWith("ing");
    }

    /** An abbreviation's word without its full stop ("Dec." is "Dec", "Gov." "Gov"); an initial stays as it is. */
    private static String abbreviated(String w) {
        return w.length() > 3 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * A sentence written in title case, as headlines and subheads are: at least {@value #TITLE_WORDS} common
     * words capitalized after its first word, and no word but function words in lower case
     * ("Trump Slams Senator Who Revealed Gorsuch's Criticism Of Remarks On Judges").
     */
    private boolean titleCase(List<Token> tokens) {
        int capitalized = 0;
        for (int k = 1; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            if (!LETTERS.matcher(w).matches()) {
                continue;
            }
            if (Character.isLowerCase(w.charAt(0))) {
                if (!functionWords.contains(w) && !PARTICLES.contains(w)) {
                    return false;
                }
            } else if (capitalizedCommon(w)) {
                capitalized++;
            }
        }
        return capitalized >= TITLE_WORDS;
    }

    /** A common word written with a capital and then lower case: "Revealed", not "FBI" or "Gorsuch". */
    private boolean capitalizedCommon(String w) {
        return w.length() > 1 && Character.isLowerCase(w.charAt(1)) && cases.common(w);
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** How many capitalized common words make a sentence a title-case headline. */
    private static final int TITLE_WORDS = 3;

    /** Whether the token can be a word of a name; in a title-case sentence a common word cannot ("Revealed"). */
    private boolean nameWord(Token t, boolean titled) {
        String w = t.text();
        if (titled && capitalizedCommon(w)
                || SHOUTED.matcher(w).matches() && cases.lowerShare(w) >= OPENING_WORD) {
            return false; // "Senator Who Revealed Gorsuch", "COMEY ATTACKS TRUMP": ordinary words in a headline
        }
        if (stop.contains(w) || stop.contains(abbreviated(w)) || NEVER_NAMES.contains(w)
                || HONORIFICS.contains(w) && w.endsWith(".") || !WORD.matcher(w).matches()
                || GLUED.matcher(w).find() || PLURAL_ACRONYM.matcher(w).matches() || CONTRACTION.matcher(w).matches() || PARTY_STATE.matcher(w).matches()
                || Character.isLowerCase(w.charAt(w.length() - 1)) && verbs.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (INITIAL.matcher(w).matches()) {
            return true;
        }
        // the tagger often mistags foreign names (Wang/VB, Long/RB, Ibrahim/PRP), so only a function word
        // with a function-word tag disqualifies
        boolean function = t.pos() != null && FUNCTION_TAGS.contains(t.pos())
                && functionWords.contains(w.toLowerCase(java.util.Locale.ROOT));
        return !function && !stop.contains(cap(w));
    }

    /**
     * Where the name of a run begins once a job word and the words before it are dropped ({@link #ROLES}): after
     * the last job word that has a word of the run after it ("Border Patrol Agent Javier Vega").
     */
    private static int afterRole(List<Token> tokens, int first, int last) {
        int from = first;
        for (int j = first; j < last; j++) {
            if (ROLES.contains(tokens.get(j).text())) {
                from = j + 1;
            }
        }
        return from;
    }

    /** "Wo" of "Won't", "Ca" of "Can't": a word the tokenizer cut from its "n't", a verb and no name. */
    private static boolean beforeNegation(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).start() == tokens.get(k).end()
                && NEGATION.matcher(tokens.get(k + 1).text()).matches();
    }

    /** A token "-Moon", "-O-Cha" or "-chol" glued to the word before it: the rest of a hyphenated name. */
    private boolean hyphenTail(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.text().length() <= 1 || t.text().charAt(0) != '-' || t.start() != tokens.get(k - 1).end()) {
            return false;
        }
        String rest = t.text().substring(1);
        return WORD.matcher(rest).matches() || SYLLABLE.matcher(rest).matches() && !adjectiveSuffixes.contains(rest)
                && Character.isUpperCase(tokens.get(k - 1).text().charAt(0));
    }

    /** A lower-case syllable of a hyphenated name, not a word that makes the name an adjective ("-era"). */
    private boolean syllable(Token t) {
        return SYLLABLE.matcher(t.text()).matches() && !adjectiveSuffixes.contains(t.text());
    }

    private static boolean isHyphenJoin(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return (t.text().equals("-") || t.text().equals("\u2010")) && k + 1 < tokens.size()
                && t.start() == tokens.get(k - 1).end() && tokens.get(k + 1).start() == t.end();
    }

    private static String cap(String w) {
        return w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
