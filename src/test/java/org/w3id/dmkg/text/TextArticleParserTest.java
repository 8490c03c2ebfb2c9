package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

    @Test
    void seedArticle() throws IOException {
        String content = Files.readString(Path.of("data/articles/2025-03-01-xi-meets-shoigu.txt"));
        SourceDocument doc = TextArticleParser.parse("seed.txt", content);
        assertEquals(LocalDate.of(2025, 3, 1), doc.published());
        assertEquals("Xi meets Russian Federation Security Council secretary", doc.headline());
        Dateline d = doc.dateline();
        assertNotNull(d);
        assertEquals("BEIJING", d.place());
        assertEquals(LocalDate.of(2025, 2, 28), d.date());
        assertEquals("Xinhua", d.agency());
        assertEquals("BEIJING, Feb. 28 (Xinhua) --", doc.text().substring(d.start(), d.end()));
        assertEquals("Xinhua", doc.publisher());
        assertTrue(doc.text().startsWith("Xi meets Russian"), "only the date marker is removed");
        assertTrue(!doc.text().contains(" date 2025-03-01"));
    }

    @Test
    void urlLineAndLineEndings() {
        SourceDocument doc = TextArticleParser.parse("x", "url: https://e.org/a  \r\n\r\nHello world.   \r\nBye.\r\n\r\n");
        assertEquals("https://e.org/a", doc.url());
        assertEquals("Hello world.\nBye.", doc.text());
        assertNull(doc.headline());
        assertNull(doc.published());
    }

    @Test
    void tassDateline() {
        SourceDocument doc = TextArticleParser.parse("t", "Putin talks\n\nRussian Politics November 09, 2023, 15:24\n\n"
                + "ASTANA, November 9. /TASS/. Russian President Vladimir Putin has described his talks.");
        assertEquals(LocalDate.of(2023, 11, 9), doc.published());
        int start = doc.text().indexOf("ASTANA");
        assertEquals(new Dateline("ASTANA", LocalDate.of(2023, 11, 9), "TASS", start, start + 27), doc.dateline());
        assertEquals("ASTANA, November 9. /TASS/.", doc.text().substring(start, start + 27));
        assertEquals("TASS", doc.publisher());
        assertEquals(new Dateline("MOSCOW", LocalDate.of(2014, 12, 22), "TASS", 0, 28),
                TextArticleParser.parse("t", " date 2014-12-23 \nMOSCOW, December 22. /TASS/. Text.").dateline());
    }

    @Test
    void aniDatelineInDatePrefixLine() {
        SourceDocument doc = TextArticleParser.parse("b", " date 2025-08-05 New Delhi [India], August 5 (ANI): "
                + "President Droupadi Murmu on Tuesday welcomed President Marcos.");
        assertNull(doc.headline(), "a dateline is no headline");
        assertEquals(new Dateline("New Delhi", LocalDate.of(2025, 8, 5), "ANI", 0, 34), doc.dateline());
        assertTrue(doc.text().startsWith("New Delhi [India]"));
    }

    @Test
    void agencyOnlyAndBareDatelines() {
        Dateline aa = TextArticleParser.parse("a", "ANKARA (AA) - Turkish President met ...").dateline();
        assertEquals(new Dateline("ANKARA", null, "AA", 0, 13), aa);
        assertEquals("Reuters", TextArticleParser.parse("r", "WASHINGTON (Reuters) - The U.S. said").dateline().agency());
        Dateline tokyo = TextArticleParser.parse("t", "Published: 09 November 2023\n\nTOKYO, April 17 - Japan said").dateline();
        assertEquals(LocalDate.of(2023, 4, 17), tokyo.date());
        Dateline abidjan = TextArticleParser.parse("c", "Abidjan — President Ouattara met ...").dateline();
        assertEquals("Abidjan", abidjan.place());
        assertNull(abidjan.agency());
    }

    @Test
    void transcriptPlaceLineOverDateLineIsADateline() {
        String text = "Remarks With the Foreign Minister\n\nJane Doe\nSecretary of State\nTokyo, Japan\nApril 17, 2011\n\n"
                + "SECRETARY DOE: Thank you.";
        Dateline d = TextArticleParser.parse("t", text).dateline();
        int start = text.indexOf("Tokyo");
        assertEquals(new Dateline("Tokyo", LocalDate.of(2011, 4, 17), null, start, start + 27), d);
        assertNull(TextArticleParser.parse("t", "Tokyo, Japan\nThe talks went well.").dateline(),
                "a place line needs a full date line under it");
    }

    @Test
    void captionsAndSpeakerLabelsAreNoDatelines() {
        assertNull(TextArticleParser.parse("x", "Premier Li Keqiang (R) meets with Indian Prime Minister").dateline());
        assertNull(TextArticleParser.parse("x", "SECRETARY CLINTON: Minister, it is a great honor").dateline());
    }

    @Test
    void datelineInJanuaryForDecemberEventUsesPreviousYear() {
        SourceDocument doc = TextArticleParser.parse("x", " date 2025-01-02 Headline\n\nBEIJING, Dec. 31 (Xinhua) -- Text.");
        assertEquals(LocalDate.of(2024, 12, 31), doc.dateline().date());
    }

    @Test
    void publicationDateFallsBackToDatelineWithYear() {
        SourceDocument doc = TextArticleParser.parse("x", "BEIJING, Feb. 28, 2025 (Xinhua) -- Text.");
        assertEquals(LocalDate.of(2025, 2, 28), doc.published());
    }

    @Test
    void timeStampFormats() {
        assertEquals(LocalDate.of(2025, 3, 1), TextArticleParser.parse("x", "Xinhua) 09:22, March 01, 2025\nBody").published());
        assertEquals(LocalDate.of(2014, 11, 13),
                TextArticleParser.parse("x", "Updated: Nov 13,2014 10:20 PM     China Daily\nBody").published());
        assertEquals(LocalDate.of(2023, 11, 9), TextArticleParser.parse("x", "Posted 2023-11-09 14:05\nBody").published());
        assertEquals(LocalDate.of(2023, 11, 9), TextArticleParser.parse("x", "Published: 09 November 2023\nB").published());
        // English-language sites of other countries print their stamps with local month names
        assertEquals(LocalDate.of(2014, 12, 23),
                TextArticleParser.parse("x", "Putin meets Nazarbayev in Moscow 23 декабря 2014, 20:33\nB").published());
        assertEquals(LocalDate.of(2019, 3, 5), TextArticleParser.parse("x", "Publié le 5 mars 2019\nB").published());
        assertNull(TextArticleParser.parse("x", "Putin meets Nazarbayev in Moscow on the 23rd\nB").published());
    }

    @Test
    void datesInProseAreNoTimeStamps() {
        String prose = "China is willing to cooperate with India, said Premier Li Keqiang when he met Indian Prime "
                + "Minister Narendra Modi in Nay Pyi Taw, Myanmar, on Nov. 13, 2014.";
        assertNull(TextArticleParser.parse("x", prose).published());
    }
}
