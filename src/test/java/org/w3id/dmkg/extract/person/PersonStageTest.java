package org.w3id.dmkg.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.extract.EntityFact;
import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.text.TextArticleParser;

/** Which capitalized runs the person stage keeps as people, as the whole extractor names them. */
class PersonStageTest {
    private static final Extractor EXTRACTOR = new Extractor(Dmkg.shared().gazetteer(), OpenNlpModels.shared(),
            Judges.bundled());

    /** The names of the persons of an article of the given sentences, sorted. */
    private static List<String> persons(String... sentences) {
        String text = "url: https://example.org/politics/2020/04/07/people\ndate: 2020-04-07\n\nA day in Westminster\n\n"
                + String.join("\n\n", sentences) + "\n";
        return EXTRACTOR.extract(TextArticleParser.parse("test", text)).persons().stream().map(PersonFact::name)
                .sorted().toList();
    }

    @Test
    void aWordGluedToANumberIsNoName() {
        assertEquals(List.of("Dominic Raab"), persons("Mr Raab - who will later chair the government's daily Covid-19 "
                + "meeting - said there was a strong team spirit.", "Foreign Secretary Dominic Raab spoke after an "
                + "admission with Covid-19.", "Patients in treatment for Covid-19, the disease, are rising."));
    }

    @Test
    void aStateAbbreviationAfterATownOrInAPartyTagIsAPlace() {
        assertEquals(List.of("Matt Bevin", "Rand Paul", "Tara Reade"), persons("Tara Reade poses for a photo in "
                + "Nevada City, Calif., on Thursday.", "Sen. Rand Paul, R-Ky., met Gov. Matt Bevin in Frankfort, Ky."));
    }

    @Test
    void massIsAServiceNotAState() {
        String text = "url: https://example.org/world/2020/04/07/mass\ndate: 2020-04-07\n\nA Sunday in Rome\n\n"
                + "Pope Francis celebrated Mass. Later he met the mayor of Boston, Mass., at the Vatican.\n";
        List<String> regions = EXTRACTOR.extract(TextArticleParser.parse("test", text)).entities().stream()
                .filter(e -> e.kind() == EntryKind.REGION).map(EntityFact::label).sorted().toList();
        assertEquals(List.of(), regions);
    }

    @Test
    void aNameBeforeOfAndABodyIsAPersonNotPartOfTheBody() {
        assertEquals(List.of("Lena Varga", "Tom Brekke"), persons("Senator Tom Brekke met former Congressman Lena "
                + "Varga of the International Policy Institute on Friday."));
    }

    @Test
    void aTaskForceOrAPoliceIsABody() {
        String text = "url: https://example.org/politics/2020/04/07/bodies\ndate: 2020-04-07\n\nA day in Westminster\n\n"
                + "Vice President Tom Brekke talked with members of the House Democratic Water Safety Task Force.\n\n"
                + "Officer Lena Varga of the Harbor Police met the mayor.\n";
        List<String> bodies = EXTRACTOR.extract(TextArticleParser.parse("test", text)).entities().stream()
                .filter(e -> e.kind() == EntryKind.ORGANIZATION).map(EntityFact::label).sorted()
                .toList();
        assertEquals(List.of("Democratic Water Safety Task Force", "Harbor Police"), bodies);
    }

    /** The texts of the person mentions of an article of the given sentences, in order. */
    private static List<String> personMentions(String... sentences) {
        String text = "url: https://example.org/politics/2020/04/07/people\ndate: 2020-04-07\n\nA day in Westminster\n\n"
                + String.join("\n\n", sentences) + "\n";
        return EXTRACTOR.annotate(TextArticleParser.parse("test", text)).mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON).sorted(java.util.Comparator.comparingInt(Mention::start))
                .map(Mention::text).toList();
    }

    @Test
    void aNameThatBeginsAVenueOrABodyIsNoPerson() {
        assertEquals(List.of("Anders Quist", "Tom Brekke", "Lena Varga", "Quist", "Quist"), personMentions(
                "President Anders Quist spoke on Thursday.", "Tom Brekke met Lena Varga at the Quist International "
                + "Hotel in Washington on Friday.", "Quist flew home from Quist National Airport and visited the "
                + "Quist Space Center.", "Quist later spoke at the Quist Golf Club."));
    }

    @Test
    void aNameBeforeABodyOfItsOwnStaysAPerson() {
        assertEquals(List.of("Tom Brekke"), persons("Officials of the Brekke White House met on Friday.",
                "President Tom Brekke spoke later."));
    }

    @Test
    void aFortACampOrAMountIsAPlaceNotAPerson() {
        assertEquals(List.of("Lena Varga", "Tom Brekke"), persons("Senator Tom Brekke visited troops at Fort Quist "
                + "on Friday and flew on to Camp Halvard.", "Governor Lena Varga met him near Mount Ostrava and "
                + "later at Lake Merrow.", "Fort Quist and Mount Ostrava lie far apart."));
    }

    @Test
    void aTitleWordAfterATitledGivenNameIsTheFamilyName() {
        assertEquals(List.of("Claude Pope Jr.", "Lena Duke", "Tom King"), persons("Rep. Tom King of Ohio said he met "
                + "Acting Secretary Lena Duke on Friday.", "Board Chairman Claude Pope Jr. was not there."));
    }

    @Test
    void aTitleBeforeAnotherNameStaysATitle() {
        assertEquals(List.of("Lena Varga", "Tom Brekke"), persons("The photo shows Governor Tom Brekke Senator Lena "
                + "Varga and their staff on Friday."));
    }
}
