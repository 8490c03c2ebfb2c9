package org.w3id.dmkg.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    void aCommonWordOpeningAQuotationIsNoFirstName() {
        assertEquals(List.of("I"), found("\" ~So I think the point is clear"));
        assertEquals(List.of("Trump"), found("He said , \" ~Maybe Trump will come"));
        assertEquals(List.of("Trump"), found("( ~Why Trump left )"));
        assertEquals(List.of("Left -Wing Anti-Semitism"), found("\" ~Left ~-Wing Anti-Semitism is rising"));
    }

    @Test
    void aJobInPolicingLawOrTheNewsBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("Darren Wilson"), found("He shot Officer Darren Wilson"));
        assertEquals(List.of("Javier Vega"), found("He shot Border Patrol Agent Javier Vega"));
        assertEquals(List.of("Shannon Bream"), found("He was asked by Correspondent Shannon Bream"));
        assertEquals(List.of("Arpaio"), found("the Sheriff said Arpaio left"));
    }

    @Test
    void aMonthThatIsAGivenNameOpensAName() {
        assertEquals(List.of("Jan Eliasson"), found("He met Jan Eliasson on Tuesday"));
        assertEquals(List.of("April Ryan"), found("April Ryan asked the question"));
        assertEquals(List.of(), found("It happened on Jan 6 and in August"));
        assertEquals(List.of(), found("May God bless them"));
    }

    @Test
    void theWordACutNegationLeavesIsNoName() {
        assertEquals(List.of("Donald Trump", "Fold"), found("Why Donald Trump Wo ~n't Fold"));
        assertEquals(List.of("Trump", "Win"), found("Trump Ca ~n\u2019t Win"));
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
    void aTitleWordBetweenAGivenNameAndTheLastWordIsAMiddleName() {
        Mention amir = new Mention(MentionType.TITLE, 8, 12, "Amir", "Emir");
        assertEquals(List.of("Hossein Amir Abdollahian"), found("Hossein Amir Abdollahian met him", amir));
        Mention dean = new Mention(MentionType.TITLE, 4, 8, "Dean", "Dean");
        assertEquals(List.of("Roy Dean Blunt"), found("Roy Dean Blunt , a senator", dean));
        Mention king = new Mention(MentionType.TITLE, 12, 16, "King", "king");
        assertEquals("Billie Jean", found("Billie Jean King National Tennis Center", king).get(0));
        Mention president = new Mention(MentionType.TITLE, 11, 20, "President", "President");
        assertEquals(List.of("Commission", "Juncker"), found("Commission President Juncker said", president));
        Mention emir = new Mention(MentionType.TITLE, 11, 15, "Emir", "Emir");
        assertEquals(List.of("Tamim"), found("the Qatari Emir Tamim said", emir,
                new Mention(MentionType.COUNTRY, 4, 10, "Qatari", "country/QA")));
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

    @Test
    void aOneWordTitleTheArticleWritesAloneAsANameIsTheSurnameAfterGivenNames() {
        Mention alone = new Mention(MentionType.TITLE, 13, 17, "King", "king");
        Set<String> surnames = runs.titlesAsNames(List.of(TestTokens.of("we need it , King said")),
                new MentionIndex(List.of(alone)));
        assertEquals(Set.of("King"), surnames);
        assertEquals(Set.of(), runs.titlesAsNames(List.of(TestTokens.of("we need it , the King said")),
                new MentionIndex(List.of(new Mention(MentionType.TITLE, 17, 21, "King", "king")))));
        assertEquals(Set.of(), runs.titlesAsNames(List.of(TestTokens.of("we met King Salman today")),
                new MentionIndex(List.of(new Mention(MentionType.TITLE, 7, 11, "King", "king")))));

        List<Token> t = TestTokens.of("Rep. Pete King spoke");
        MentionIndex index = new MentionIndex(List.of(new Mention(MentionType.TITLE, 10, 14, "King", "king")));
        assertEquals(List.of("Pete King"), texts(t, runs.find(t, index, surnames)));
        assertEquals(List.of("Pete"), texts(t, runs.find(t, index, Set.of())));
        List<Token> mp = TestTokens.of("Julie Bishop MP spoke");
        MentionIndex mpIndex = new MentionIndex(List.of(new Mention(MentionType.TITLE, 13, 15, "MP", "mp")));
        assertEquals(List.of("Julie Bishop"), texts(mp, runs.find(mp, mpIndex, Set.of("MP"))));
    }

    private static List<String> texts(List<Token> t, List<NameRuns.Run> found) {
        return found.stream().map(r -> NameRuns.text(t, r.first(), r.last())).toList();
    }
}
