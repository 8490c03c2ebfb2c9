package org.w3id.dmkg.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.extract.MentionIndex;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Token;

/** The name-shaped runs {@link NameRuns#find} sees in a sentence, as the words of each run. */
class NameRunsFindTest {
    private final NameRuns runs = new NameRuns();

    private List<String> found(String text, Mention... mentions) {
        List<Token> t = TestTokens.of(text);
        List<String> out = new ArrayList<>();
        for (NameRuns.Run r : runs.find(t, new MentionIndex(List.of(mentions)))) {
            out.add(NameRuns.text(t, r.first(), r.last()));
        }
        return out;
    }

    @Test
    void aQuestionWordOpeningTheSentenceIsNoFirstName() {
        assertEquals(List.of("Trump"), found("Why Trump decided to pull out of the deal"));
        assertEquals(List.of("Obama"), found("How Obama won the vote"));
    }

    @Test
    void ordinaryWordsOfATitleCaseHeadlineAreNoNames() {
        assertEquals(List.of("Trump", "Gorsuch"),
                found("Trump Slams Senator Who Revealed Gorsuch 's Criticism Of Remarks On Judges",
                        new Mention(MentionType.TITLE, 12, 19, "Senator", "senator")));
        assertEquals(List.of("COMEY", "TRUMP"), found("COMEY ATTACKS TRUMP"));
    }

    @Test
    void aTitleOfLearningOrFaithBeforeANameIsDropped() {
        assertEquals(List.of("Papadopoulos", "Joseph Mifsud"), found("Papadopoulos met Professor Joseph Mifsud"));
        assertEquals(List.of("Derrick Robinson"), found("Bishop Derrick Robinson spoke"));
        // after a first name it is the surname
        assertEquals(List.of("Julie Bishop"), found("Julie Bishop spoke"));
    }

    @Test
    void aLowerCaseSyllableAfterAHyphenEndsTheName() {
        assertEquals(List.of("Kim Yong -chol"), found("Kim Yong ~-chol joked"));
    }

    @Test
    void aTitleWordBeforeAGenerationSuffixIsTheSurname() {
        Mention king = new Mention(MentionType.TITLE, 14, 18, "King", "king");
        assertEquals(List.of("Martin Luther King III"), found("Martin Luther King III said", king));
        assertEquals(List.of("Martin Luther"), found("Martin Luther King said", king));
    }

    @Test
    void anAcronymInThePluralIsNoName() {
        assertEquals(List.of("Kathleen Sebelius"), found("Kathleen Sebelius also met with the CEOs of NGOs"));
    }

    @Test
    void anHonorificStandingAloneIsNoName() {
        assertEquals(List.of(), found("\" Sen"));
        assertEquals(List.of("Hun Sen"), found("Hun Sen met the king"));
    }

    @Test
    void aStormIsNoPerson() {
        assertEquals(List.of("Leo Varadkar"), found("Leo Varadkar spoke as Hurricane Lorenzo hit the coast"));
    }
}
