package org.w3id.dmkg.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.nlp.Token;

/** What {@link NameRuns#trim} keeps of a run, given the runs that stand on their own elsewhere in the article. */
class NameRunsTrimTest {
    private final NameRuns runs = new NameRuns();

    /** The trimmed runs of the whole text taken as one run, as text. */
    private List<String> trimmed(String text, String... standing) {
        List<Token> t = TestTokens.of(text);
        return runs.trim(t, new NameRuns.Run(0, t.size() - 1), Set.of(standing)).stream()
                .map(r -> NameRuns.text(t, r.first(), r.last())).toList();
    }

    /** The same, for the run from the given token to the end, after the words before it. */
    private List<String> trimmedFrom(String text, int first, String... standing) {
        List<Token> t = TestTokens.of(text);
        return runs.trim(t, new NameRuns.Run(first, t.size() - 1), Set.of(standing)).stream()
                .map(r -> NameRuns.text(t, r.first(), r.last())).toList();
    }

    @Test
    void anOutletsPossessiveBeforeTheNameIsNotPartOfIt() {
        assertEquals(List.of("Brooke Singman"), trimmed("Fox News' Brooke Singman"));
        assertEquals(List.of("Chuck Todd"), trimmed("NBC News\u2019 Chuck Todd"));
    }

    @Test
    void aHoverCardRepeatingTheNameIsCutOff() {
        assertEquals(List.of("Theresa May"), trimmed("Theresa May Theresa Mary May"));
        assertEquals(List.of("Joe Biden"), trimmed("Joe Biden Joe Biden Parnas"));
        // a name whose first word comes back once, alone, is one name
        assertEquals(List.of("Mohamed Abdullahi Mohamed"), trimmed("Mohamed Abdullahi Mohamed"));
    }

    @Test
    void ordinaryWordsAroundANameThatStandsElsewhereAreDropped() {
        assertEquals(List.of("Hillary Clinton"), trimmed("Now Hillary Clinton", "Hillary Clinton"));
        assertEquals(List.of("John McCain"), trimmed("John McCain Reads", "John McCain"));
        assertEquals(List.of("Obama"), trimmed("Obama Responds To", "Obama"));
        // not when the rest stands nowhere else
        assertEquals(List.of("Now Hillary Clinton"), trimmed("Now Hillary Clinton"));
    }

    @Test
    void aFirstNameThatIsAlsoAWordStaysWhenOnlyTheSurnameStandsElsewhere() {
        assertEquals(List.of("Will Hurd"), trimmed("Will Hurd", "Hurd"));
    }

    @Test
    void theSurnameHeAndTheNameOfAThingAreKept() {
        assertEquals(List.of("Liu He"), trimmed("Liu He", "Liu"));
        assertEquals(List.of("Mike Douglas Show"), trimmedFrom("the Mike Douglas Show", 1, "Mike Douglas"));
    }

    @Test
    void aHeadlineVerbBetweenTwoNamesThatStandAloneSplitsTheRun() {
        assertEquals(List.of("Graham", "Rand Paul"), trimmed("Graham Blasts Rand Paul", "Graham", "Rand Paul"));
        assertEquals(List.of("Graham Blasts Rand Paul"), trimmed("Graham Blasts Rand Paul", "Graham"));
    }
}
