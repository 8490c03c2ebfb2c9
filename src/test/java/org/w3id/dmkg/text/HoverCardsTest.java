package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoverCardsTest {

    @Test
    void aCardAfterANameIsTakenOut() {
        assertReads("Sen. Cory Booker (D-N.J.) on Thursday night released new figures.",
                "Sen. Cory Booker Cory Anthony BookerTreasury watchdog to investigate Trump Opportunity Zone "
                        + "program Booker unveils plan MORE (D-N.J.) on Thursday night released new figures.");
    }

    @Test
    void aNicknameInBracketsIsPartOfTheCard() {
        assertReads("Leader Mitch McConnell (R-Ky.) follows through.",
                "Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk at lengthy "
                        + "impeachment trial Graham: Senate trial MORE (R-Ky.) follows through.");
    }

    @Test
    void aTeaserOpeningWithANumberIsPartOfTheCard() {
        assertReads("Leader Mitch McConnell (R-Ky.), however, said he will force a vote.",
                "Leader Mitch McConnell Addison (Mitch) Mitchell McConnell2020 Democrats push for gun control action "
                        + "at forum House Democrat pushes back MORE (R-Ky.), however, said he will force a vote.");
        assertReads("He said that his wife, Hillary Clinton, met them.",
                "He said that his wife, Hillary Clinton Hillary Diane Rodham Clinton2020 Democrats make play for "
                        + "veterans' votes The Memo: Democrats MORE, met them.");
        String count = "Officials cited the Covid19 figures of Gov. Andrew Cuomo and asked for MORE tests.";
        assertSame(count, FoldedText.of(count).text());
    }

    @Test
    void aSuffixOfTheNameWrittenStaysBeforeTheCard() {
        // the card's full name leaves out the suffix the name written has, and its first teaser starts with it
        assertReads("At that encounter, Donald Trump Jr., Kushner and Manafort met a lawyer.",
                "At that encounter, Donald Trump Jr. Donald (Don) John TrumpTrump Jr's 'Triggered' debuts at No. 1 "
                        + "GOP motions to subpoena whistleblower MORE, Kushner and Manafort met a lawyer.");
    }

    @Test
    void aListOfPeopleComesTogetherAgain() {
        assertReads("Scott met with Mark Meadows, White House adviser Jared Kushner and Ja'Ron Smith.",
                "Scott met with Mark Meadows Mark Randall MeadowsPresident sinks amid stumbles over protests "
                        + "MORE, White House adviser Jared Kushner Jared Corey KushnerOvernight Health Care: WHO "
                        + "seeks to clarify MORE and Ja'Ron Smith.");
    }

    @Test
    void aCardWithNoTeaserIsTakenOut() {
        assertReads("Tester said he spoke with White House chief of staff John Kelly who denied the allegations.",
                "Tester said he spoke with White House chief of staff John Kelly John Francis KellyMORE who denied "
                        + "the allegations.");
        assertReads("Sen. John Kennedy (R-La.) said no.", "Sen. John Kennedy John Neely KennedyMORE (R-La.) said no.");
        String shout = "The crowd chanted FOUR MORE years, and Kelly called for MORE.";
        assertSame(shout, FoldedText.of(shout).text());
    }

    @Test
    void aPossessiveStaysOnTheName() {
        assertReads("Much of the focus on President Trump\u2019s appointment of Whitaker.",
                "Much of the focus on President Trump Donald John TrumpGOP senators balk at lengthy impeachment "
                        + "trial MORE\u2019s appointment of Whitaker.");
    }

    @Test
    void camelCasedWordsBeforeAMoreStay() {
        String s = "Republicans from states that expanded Medicaid under ObamaCare are pushing back. MORE to come.";
        assertSame(s, FoldedText.of(s).text());
        String wiki = "He said WikiLeaks had the emails, and Sen. Tom Cotton said MORE was coming.";
        assertSame(wiki, FoldedText.of(wiki).text());
    }

    @Test
    void aCardGluedToTheNameWrittenStays() {
        String s = "Justice Stephen BreyerStephen BreyerDivided Supreme Court leans MORE said so.";
        assertEquals(s, FoldedText.of(s).text());
    }

    @Test
    void offsetsLeadBackToTheTextAsWritten() {
        String s = "Rep. Jared Huffman Jared William HuffmanDemocrats reach cusp of impeachment MORE (D-Calif.) met Pelosi.";
        FoldedText f = FoldedText.of(s);
        int at = f.text().indexOf("(D-Calif.)");
        assertEquals(s.indexOf("(D-Calif.)"), f.originalStart(at));
        int pelosi = f.text().indexOf("Pelosi");
        assertEquals("Pelosi", s.substring(f.originalStart(pelosi), f.originalEnd(pelosi + 6)));
        assertEquals(f.text().indexOf(" (D-Calif.)"), f.foldedOffset(s.indexOf(" Jared William")));
    }

    @Test
    void aCardInTextThatAlsoFoldsLookalikes() {
        assertReads("Sen. Jeff Flake (R-Ariz.) and Recep Tayyip Erdo\u011fan.",
                "Sen. Jeff\u00a0Flake Jeffrey (Jeff) Lane FlakeLindsey Graham basks in the spotlight MORE (R-Ariz.) "
                        + "and Recep Tayyip Erdo\u200f\u011fan.");
    }

    private static void assertReads(String expected, String written) {
        FoldedText f = FoldedText.of(written);
        assertEquals(expected, f.text());
        assertTrue(f.originalEnd(f.text().length()) <= written.length());
    }
}
