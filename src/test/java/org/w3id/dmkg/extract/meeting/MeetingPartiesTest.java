package org.w3id.dmkg.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.text.TextArticleParser;

/** Who the patterns propose as a meeting's people, before the meeting judge weighs the proposal. */
class MeetingPartiesTest {
    private static final Extractor EXTRACTOR = new Extractor(Dmkg.shared().gazetteer(), OpenNlpModels.shared(),
            Judges.bundled());

    /** The participant sets proposed for an article of the given sentences, each sorted, in order. */
    private static List<List<String>> proposed(String... sentences) {
        String text = "url: https://example.org/politics/2021/03/12/parties\ndate: 2021-03-12\n\nA day of talks\n\n"
                + String.join("\n\n", sentences) + "\n";
        return EXTRACTOR.decisionCandidates(TextArticleParser.parse("test", text)).meetings().stream()
                .map(c -> List.copyOf(new TreeSet<>(c.fact().participants()))).distinct().toList();
    }

    @Test
    void theOwnerOfTheMeetingNounIsItsSubjectNotTheTeller() {
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed(
                "President Mark Dalton flew to Berlin on Wednesday.",
                "Former national security adviser Tom Reyes told reporters that Dalton's phone call with German "
                        + "Chancellor Greta Holm had gone well."));
    }

    @Test
    void aClauseOpenedByThatHasItsOwnSubjectPastAnAdverb() {
        assertEquals(List.of(List.of("John Ortiz", "Mark Dalton")), proposed(
                "White House Press Secretary Anna Lindqvist confirmed that President Mark Dalton recently met with "
                        + "Homeland Security Secretary John Ortiz."));
    }

    @Test
    void aClauseOpenedByWhereHasItsOwnSubject() {
        assertEquals(List.of(), proposed(
                "Senator Paula Grant sent a letter to the vice president on Thursday asking about the costs of Tom "
                        + "Reyes's stay in Dublin, where Reyes held meetings with Irish officials."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed(
                "Senator Paula Grant spent the day at the Olympic Park before driving to the chancellery, where "
                        + "Mark Dalton met with Greta Holm."));
    }

    @Test
    void aNameInAQuotationClosedBeforeTheMeetingWordIsNoParty() {
        assertEquals(List.of(List.of("Mark Dalton", "Mary Quinlan")), proposed(
                "\"Senator Paula Grant has done a lot for us,\" said Mary Quinlan, a teacher who met President Mark "
                        + "Dalton last year."));
    }

    @Test
    void aNameInAnotherClauseOrAnOpeningClauseIsNoParty() {
        assertEquals(List.of(List.of("Joe Biden", "Stacey Abrams")), proposed(
                "While Beto O'Rourke visited Iowa on Thursday, Joe Biden and Stacey Abrams, both of whom are "
                        + "weighing presidential bids, met privately in Washington."));
        assertEquals(List.of(), proposed(
                "Secretary of State John Kerry was scheduled to visit Seoul next week, while South Korea's president "
                        + "was due in Washington for talks with President Barack Obama."));
    }

    @Test
    void aSpokespersonTellsOfAMeetingUnlessTheMeetingWordIsHisOwn() {
        assertEquals(List.of(), proposed(
                "The president's spokesman, Dmitry Peskov, did not rule out a meeting with Prime Minister Viktor "
                        + "Orban."));
        assertEquals(List.of(List.of("Marta Sousa", "Paulo Reis")), proposed(
                "Ventura's spokesman, Paulo Reis, met with opposition leader Marta Sousa on Tuesday."));
    }

    @Test
    void aListEndsAtAnotherPredicate() {
        assertEquals(List.of(), proposed(
                "On Monday President Mark Dalton met with his security chiefs and urgently dispatched the head of the "
                        + "border service, Ivan Sokolov, to the region."));
    }

    @Test
    void aPronounAmongThePartiesAfterBetweenIsTheTitledSubject() {
        List<List<String>> proposed = proposed(
                "President Mark Dalton spoke to reporters on Wednesday.",
                "On Thursday the president described the short meeting between him, Speaker Carla Mendes and "
                        + "Senator Tom Fisher as productive.");
        assertTrue(proposed.contains(List.of("Carla Mendes", "Mark Dalton", "Tom Fisher")), proposed::toString);
        assertTrue(proposed.stream().allMatch(p -> p.contains("Mark Dalton")), proposed::toString);
    }

    @Test
    void aPronounAfterASentenceOpenedByATitleIsItsHolder() {
        assertEquals(List.of(List.of("Kenji Sato", "Mark Dalton")), proposed(
                "President Mark Dalton plans a new order on trade.",
                "\"There is no right to enter,\" adviser Paul Wexler told ABC.",
                "Meanwhile, the president faces a test abroad.",
                "As he hosted Japanese Prime Minister Kenji Sato at his estate, a missile was fired."));
    }

    @Test
    void aPronounRepeatingTheOneThatOpensItsSentenceIsNotTheNameBetween() {
        assertEquals(List.of(List.of("Laura Benton", "Luis Ortega"), List.of("Laura Benton", "Omar II")), proposed(
                "Laura Benton was an adviser.",
                "On Monday he will meet Prime Minister Luis Ortega and on Tuesday he will meet King Omar II."));
    }

    @Test
    void peopleOfAnotherEventAfterAClauseOpenerAreNoParties() {
        assertEquals(List.of(), proposed(
                "Mark Dalton met with the envoys a day after he fired Director James Corwin over the inquiry."));
    }

    @Test
    void theOwnerOfPastMeetingsIsTheirSubjectAfterABareApostrophe() {
        assertEquals(List.of(), proposed(
                "Senator Jack Rowe said he has questions about Sessions' past meetings with foreign officials."));
    }

    @Test
    void aMeetingVerbWithAParticleIsAnotherVerb() {
        assertEquals(List.of(), proposed(
                "The spokesman, Ivan Sokolov, held out the possibility of a meeting later in the day."));
        assertEquals(List.of(), proposed(
                "Mark Dalton has also talked of working with Chancellor Greta Holm against the rebels."));
    }

    @Test
    void aListGoesOnPastAStateBeforeATitleAnHonorificAndAnAppositive() {
        // the whole list is proposed; the judge weighs it against one meeting with each
        assertTrue(proposed("President Donald Trump speaks during a meeting with Arkansas Gov. Asa Hutchinson, and "
                + "Kansas Gov. Laura Kelly, in the Cabinet Room of the White House.")
                .contains(List.of("Asa Hutchinson", "Donald Trump", "Laura Kelly")));
        assertTrue(proposed("The envoy, Zalmay Khalilzad, held two days of meetings with negotiator Abdul Baradar and "
                + "the commander of U.S. forces in Afghanistan, Gen. Scott Miller.").stream()
                .anyMatch(p -> p.contains("Scott Miller")));
        assertTrue(proposed("Senator Paula Grant held a dinner with Anna Wintour, the editor of Vogue magazine, and "
                + "the actress Sarah Jessica Parker in New York.")
                .contains(List.of("Anna Wintour", "Paula Grant", "Sarah Jessica Parker")));
    }

    @Test
    void aNegationWithATypographicApostropheIsANegation() {
        assertEquals(List.of(), proposed("Senator Paula Grant hasn\u2019t talked to Mark Dalton in a couple of days."));
        assertEquals(List.of(List.of("Mark Dalton", "Paula Grant")), proposed(
                "Senator Paula Grant talked to Mark Dalton on Friday."));
    }

    @Test
    void theOwnerOfAMeetingNounTheTaggerReadsAsAVerbIsItsSubject() {
        assertEquals(List.of(List.of("Greta Holm", "Tom Fisher")), proposed(
                "In June, Senator Mark Dalton made headlines by defending President Tom Fisher's summit with "
                        + "Chancellor Greta Holm in Berlin."));
        assertTrue(proposed("Justice Department employees fatigued by scandals in President Tom Fisher's second term "
                + "greeted Attorney General Jack Rowe with sustained applause.").stream()
                .noneMatch(p -> p.contains("Tom Fisher")));
    }

    @Test
    void whoTellsOfACallAfterAnAppositiveCommaIsNoParty() {
        assertTrue(proposed("Portugal's Foreign Minister, Paulo Reis, told the BBC that President Mark Dalton had "
                + "assured the government in a telephone call that the inquiry would go on.").stream()
                .noneMatch(p -> p.contains("Paulo Reis")));
        assertEquals(List.of(List.of("Ana Costa", "Mark Dalton")), proposed("Portugal's National Security Adviser, "
                + "Ana Costa, said on Twitter that she spoke at length with President Mark Dalton on Saturday night."));
    }

    @Test
    void aPossessivePronounStandsForTheNearerNameOfANounsPhrase() {
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed(
                "President Mark Dalton returned from Geneva on Wednesday.",
                "Analyst Peter Vance offered sharp criticism of Dalton's handling of his meeting in Geneva with "
                        + "German Chancellor Greta Holm."));
    }

    @Test
    void whoActsForSomeoneIsNotThatOne() {
        assertEquals(List.of(), proposed("Representative Paul Grant said he spoke this week with the office of "
                + "Senator Rachel Orme about the bill."));
    }

    @Test
    void aClauseWithANamedSubjectEndsTheParties() {
        assertEquals(List.of(), proposed("Foreign Minister Marta Solis met with Gulf leaders on Monday as President "
                + "Mark Dalton signed new sanctions."));
    }

    @Test
    void aClauseBetweenDashesIsAnAsideAndAListIsNot() {
        assertEquals(List.of(List.of("Paul Grant", "Rachel Orme")), proposed("During a recent phone call, Senator "
                + "Rachel Orme and Representative Paul Grant -- whom President Mark Dalton once considered for the "
                + "cabinet -- discussed the budget."));
        assertTrue(proposed("President Mark Dalton plans to meet German Chancellor Greta Holm -- as well as Prime "
                + "Minister Tomas Kiri -- in Paris next week.").stream()
                .anyMatch(p -> p.contains("Greta Holm") && p.contains("Tomas Kiri")));
    }

    @Test
    void metAsCameToKnowEachOtherIsNoMeeting() {
        assertEquals(List.of(), proposed("Jose Ramos met Ana Reyes when they were in school in Tegucigalpa."));
        assertEquals(List.of(), proposed("Senator Paul Grant, 67, said he was 21 when he met Reverend Carl Vance at "
                + "Shaw University."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("President Mark Dalton met German "
                + "Chancellor Greta Holm when she visited Washington in May."));
    }

    @Test
    void aGroupThatOpensTheClauseOfTheMeetingVerbIsItsSubject() {
        assertEquals(List.of(), proposed("Senator Rachel Orme spoke in Denver, where the GOP met last week."));
        assertEquals(List.of(List.of("Greta Holm", "Tomas Kiri")), proposed("The deal President Mark Dalton struck "
                + "drew anger on Friday when House Republicans met behind closed doors with Treasury Secretary Greta "
                + "Holm and Budget Director Tomas Kiri."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("It was Friday when President Mark "
                + "Dalton met German Chancellor Greta Holm in Berlin."));
    }

    @Test
    void aQuestionWhetherPeopleWillMeetIsNoMeeting() {
        assertEquals(List.of(), proposed("The Kremlin declined to say whether President Ivan Petrov would meet with "
                + "Secretary of State Mark Dalton."));
        assertEquals(List.of(), proposed("It was unclear if President Mark Dalton and Mayor Ana Reyes would meet."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("Reporters asked whether President "
                + "Mark Dalton had discussed trade at his meetings with German Chancellor Greta Holm."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("President Mark Dalton will meet "
                + "German Chancellor Greta Holm in Berlin on Friday."));
    }

    @Test
    void theLeaderOfACountryIsWhoeverTheArticleNamesAtItsHead() {
        assertEquals(List.of(List.of("Ivan Petro", "Tomas Kiri")), proposed("Hungarian Prime Minister Tomas Kiri "
                + "flew to Moscow on Friday.", "The trip follows a visit to Kyiv on Tuesday, where the Hungarian "
                + "leader met with Ukrainian President Ivan Petro."));
        assertEquals(List.of(List.of("Mark Dalton", "Tomas Kiri")), proposed("South Korean President Tomas Kiri "
                + "flew to Washington on Friday.", "President Mark Dalton said he spoke with the South Korean leader "
                + "about the talks."));
        assertEquals(List.of(), proposed("South Korean President Tomas Kiri flew to Washington on Friday.",
                "President Mark Dalton met the South Korean leader's envoy."));
    }

    @Test
    void meetAsSatisfyOrUndergoIsNoMeeting() {
        assertEquals(List.of(), proposed("President Mark Dalton met with resistance from Senator Paul Grant."));
        assertEquals(List.of(), proposed("Senator Paul Grant said President Mark Dalton met the legal definition of "
                + "a coup."));
        assertEquals(List.of(List.of("Marta Sousa", "Paulo Reis")), proposed("Paulo Reis met with opposition leader "
                + "Marta Sousa on Tuesday."));
    }

    @Test
    void theOneMetBeforeWhereOrWhileIsNoSpeaker() {
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("Last month, President Mark Dalton "
                + "held talks with German Chancellor Greta Holm where the sides reaffirmed their ties."));
        assertEquals(List.of(List.of("Mark Dalton", "Paul Grant")), proposed("President Mark Dalton spoke with "
                + "Senator Paul Grant while the senator was on vacation."));
    }
    @Test
    void aMeetingCalledOffOrNeverHeldIsNoMeeting() {
        assertEquals(List.of(), proposed("A planned meeting between President Mark Dalton and Chancellor Greta Holm "
                + "set for Saturday was abruptly canceled by Dalton."));
        assertEquals(List.of(), proposed("The meeting between Senator Paul Grant and Mayor Tomas Kiri was on Grant's "
                + "schedule, but it never happened."));
        assertEquals(List.of(), proposed("Senator Paul Grant had been scheduled to meet Mayor Tomas Kiri, but an "
                + "aide said that the meeting would not take place."));
        // what was called off before the meeting word is not the meeting: "instead he spoke with"
        assertEquals(List.of(List.of("Mark Dalton", "Paul Grant")), proposed("President Mark Dalton went to the "
                + "Capitol, but the vote was canceled and instead he spoke with Senator Paul Grant."));
    }

    @Test
    void aPronounIsNotSomeoneAnHonorificGivesTheOtherSex() {
        assertEquals(List.of(List.of("Anna Lindqvist", "Tomas Kiri")), proposed(
                "Anna Lindqvist arrived in Seoul on Friday with Vice President Mark Dalton.",
                "Mr. Dalton toured the border.",
                "She had dinner with President Tomas Kiri at his residence."));
    }

    @Test
    void aConversationWithAJournalistIsAnInterview() {
        assertEquals(List.of(), proposed("NPR host Anna Lindqvist spoke with Senator Paul Grant on Monday."));
        assertEquals(List.of(), proposed("President Mark Dalton spoke with ABC's Greta Holm after the summit."));
        // met in person, or a host who is a head of state, stays a meeting
        assertEquals(List.of(List.of("Greta Holm", "Paul Grant")), proposed("Senator Paul Grant met with Fox News "
                + "host Greta Holm on Monday."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("President Mark Dalton will host "
                + "Chancellor Greta Holm for talks on Friday."));
    }

    @Test
    void aMeetingOneIsWillingOrOpenToIsNoMeeting() {
        assertEquals(List.of(), proposed("Senator Paul Grant said President Mark Dalton would be willing to meet with "
                + "Chancellor Greta Holm."));
        assertEquals(List.of(), proposed("Senator Paul Grant said she is \"open\" to meeting with Mayor Tomas Kiri."));
    }

    @Test
    void whomTheTalkIsAboutTookNoPart() {
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("President Mark Dalton asked Chancellor "
                + "Greta Holm in a July phone call for help investigating Senator Paul Grant."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("President Mark Dalton spoke by phone "
                + "with Chancellor Greta Holm about Senator Paul Grant."));
    }

    @Test
    void rivalsWhoMeetForADebateDoNotMeet() {
        assertEquals(List.of(), proposed("Senator Paul Grant and Mayor Tomas Kiri met for their first showdown in Las "
                + "Vegas last month."));
        assertEquals(List.of(), proposed("By October, when President Mark Dalton and Senator Paul Grant meet for the "
                + "first of three debates, the race will be close."));
    }

    @Test
    void aPassiveMetWithIsAReaction() {
        assertEquals(List.of(), proposed("Senator Paul Grant and Mayor Tomas Kiri's appearance on the show was met "
                + "with contention, with Grant refusing to answer."));
        assertEquals(List.of(), proposed("Hopes that Senator Paul Grant would help President Mark Dalton were met with "
                + "resistance Wednesday from a witness."));
        assertEquals(List.of(List.of("Mark Dalton", "Paul Grant")), proposed("President Mark Dalton is meeting with "
                + "Senator Paul Grant today."));
    }

    @Test
    void whatSomeoneSaidAtAMeetingMakesThemItsParty() {
        assertEquals(List.of(List.of("Mark Dalton", "Tomas Kiri")), proposed("Senator Paul Grant, who has called "
                + "President Mark Dalton's comments at a recent summit with President Tomas Kiri treasonous, said he "
                + "might sue."));
        // those who act for someone were there, not the one they act for nor the one who speaks of them
        assertEquals(List.of(), proposed("Senator Paul Grant criticized President Mark Dalton's aides at the meeting "
                + "with President Tomas Kiri on Monday."));
        // what someone owns that is no act at the meeting leaves the subject alone
        assertEquals(List.of(List.of("Greta Holm", "Tom Dalton")), proposed("President Mark Dalton's son, Tom "
                + "Dalton, met with Chancellor Greta Holm on Monday."));
    }

    @Test
    void oneSentToMeetMeetsNotTheSender() {
        assertEquals(List.of(List.of("Greta Holm", "Paul Grant")), proposed("President Mark Dalton tapped Treasury "
                + "Secretary Paul Grant to meet with Chancellor Greta Holm on Friday."));
        assertEquals(List.of(List.of("Paul Grant", "Tomas Kiri")), proposed("President Mark Dalton said that he "
                + "dispatched CIA Director Paul Grant earlier this month to meet with President Tomas Kiri."));
        // one who invites meets the one invited
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("Chancellor Greta Holm invited President "
                + "Mark Dalton to meet in Berlin next month."));
    }

    @Test
    void aNameThatOpensAClauseOfItsOwnIsNoOneMet() {
        assertEquals(List.of(List.of("Mark Dalton", "Paul Grant")), proposed("Ambassador Paul Grant said he discussed "
                + "with Vice President Mark Dalton in Warsaw the statement President Tomas Kiri was demanding."));
        // a list goes on: both readings, one meeting with both and one with each, are proposed
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton", "Paul Grant"), List.of("Greta Holm", "Mark Dalton"),
                List.of("Mark Dalton", "Paul Grant")), proposed("President Mark Dalton met with Chancellor Greta Holm "
                + "and Prime Minister Paul Grant in Berlin."));
    }

    @Test
    void anObjectOfCommonNounsIsTheOneMetAndWhoFollowsItIsNot() {
        assertEquals(List.of(), proposed("Before President Mark Dalton's Wednesday lunch with 49 Republican senators, "
                + "Senator Paul Grant had planned to hold a vote next week."));
        assertEquals(List.of(), proposed("Attorney General Paul Grant said he plans to talk soon with federal officials "
                + "and that Governor Mark Dalton has no choice but to certify the results."));
        assertEquals(List.of(), proposed("Ambassador Paul Grant met with a Holm aide on the sidelines of a gathering in "
                + "Warsaw, said Chancellor Greta Holm."));
        // the noun as a title, or a name after it in apposition, still names the one met
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton", "Paul Grant"), List.of("Greta Holm", "Mark Dalton"),
                List.of("Mark Dalton", "Paul Grant")), proposed("President Mark Dalton met with senators Greta Holm and "
                + "Paul Grant on Tuesday."));
        assertEquals(List.of(List.of("Mark Dalton", "Mary Quinlan")), proposed("President Mark Dalton met with a "
                + "Russian lawyer, Mary Quinlan, in June."));
    }

    @Test
    void thoseWhoMeetTheirPublicTogetherDoNotMeetEachOther() {
        assertEquals(List.of(), proposed("Senator Paul Grant, accompanied by Senator Greta Holm and Senate Majority "
                + "Leader Mark Dalton, speaks with reporters about the bill on Capitol Hill."));
        assertEquals(List.of(), proposed("Senator Mark Dalton and Senator Paul Grant met with voters in Iowa on "
                + "Tuesday."));
        assertEquals(List.of(), proposed("Mark Dalton holds the hand of Ann Cole, his senior adviser, as she takes a "
                + "bow during a reception and dinner with donors in Washington on Thursday."));
        // other groups met together leave the proposal to the judge, and a public with someone named is no crowd
        assertEquals(List.of(List.of("Mark Dalton", "Paul Grant")), proposed("President Mark Dalton and Vice "
                + "President Paul Grant met with business leaders in Chicago on Tuesday."));
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("President Mark Dalton met with "
                + "reporters and Chancellor Greta Holm on Tuesday."));
    }

    @Test
    void whoMetIsTheOneTheRelativeWhoFollows() {
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton"), List.of("Greta Holm", "Paul Grant")),
                proposed("Secretary Mark Dalton had a discussion on Saturday with Foreign Minister Greta Holm, who met "
                        + "with Ambassador Paul Grant earlier last week."));
        assertEquals(List.of(List.of("Greta Holm", "Paul Grant")), proposed("Senator Mark Dalton praised Ambassador "
                + "Paul Grant, who met with Chancellor Greta Holm on Monday."));
        // names joined before "who", each after its title, met each other
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed("President Mark Dalton and German "
                + "Chancellor Greta Holm, who met in Berlin on Tuesday, said the talks went well."));
        // "one of the senators who": no name right before it, the sentence's subject stays
        assertEquals(List.of(List.of("Mark Dalton", "Paul Grant")), proposed("Senator Paul Grant was one of the "
                + "senators who spoke with President Mark Dalton on Thursday."));
    }

    @Test
    void aPronounIsNotSomeoneOfTheOpeningPhrase() {
        assertEquals(List.of(List.of("Mark Dalton", "Paul Grant"), List.of("Greta Holm", "Mark Dalton")),
                proposed("Before meeting with Chancellor Paul Grant, President Mark Dalton will try to mend another "
                        + "relationship when he meets with Prime Minister Greta Holm."));
    }

    @Test
    void aListGoesOnPastABodysInitialsAndPastSemicolons() {
        // the whole list is one reading; the pairs are its rival
        assertEquals(List.of("Anna Berg", "Greta Holm", "Mark Dalton", "Paul Grant"), proposed(
                "President Mark Dalton met on Monday with Rep. Paul Grant, NPC Chairman Greta Holm, and Rep. Anna Berg "
                        + "about the trade measure.").get(0));
        assertEquals(List.of("Anna Berg", "Greta Holm", "Mark Dalton", "Paul Grant"), proposed(
                "Senator Mark Dalton met with Rep. Paul Grant (R-Ore.); former Ohio Congresswoman Greta Holm of the "
                        + "Civic Policy Institute; and Anna Berg of the Harbor Foundation.").get(0));
    }

    @Test
    void aVerbThatNeedsAMeetingNounTakesThePeopleAfterIt() {
        assertEquals(List.of(List.of("Anna Berg", "Mark Dalton", "Paul Grant")), proposed(
                "Speaker Anna Berg and Senator Paul Grant have held a series of increasingly tense meetings with "
                        + "President Mark Dalton so far this year."));
    }

    @Test
    void aPronounOpeningTheSentenceIsTheSubjectOfAParticipleClause() {
        assertEquals(List.of("Anna Berg", "Greta Holm", "Mark Dalton"), proposed(
                "Secretary Mark Dalton arrived in Oslo on Sunday.", "He went through the motions of a visit, greeting "
                        + "staff at the embassy, holding talks with President Greta Holm and Minister Anna Berg, and "
                        + "touring the port.").get(0));
        assertEquals(List.of("Anna Berg", "Greta Holm", "Mark Dalton"), proposed(
                "President Mark Dalton flew to Paris on Friday.", "He spent the day at the palace, meeting with "
                        + "President Greta Holm and Chancellor Anna Berg.").get(0));
    }

    @Test
    void aNameBetweenSpacedHyphensIsAnAside() {
        assertEquals(List.of(List.of("Greta Holm", "Mark Dalton")), proposed(
                "U.N. Secretary-General Mark Dalton - who, like President Paul Grant, took office in January - plans "
                        + "to meet with Foreign Minister Greta Holm on the sidelines of the assembly."));
    }

    @Test
    void aTitleAfterAFrontedClauseIsTheSubjectNotTheNameInThatClause() {
        assertEquals(List.of(List.of("Ann Cole", "Leo Dunne")), proposed(
                "Prime Minister Ann Cole spoke to reporters on Friday.",
                "A day after Tom Reyes resigned, the prime minister met with Irish Taoiseach Leo Dunne in London."));
    }
}
