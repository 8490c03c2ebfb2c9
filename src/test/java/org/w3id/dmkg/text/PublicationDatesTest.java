package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test
    void datesInUrls() {
        assertEquals(LocalDate.of(2006, 9, 13), UrlDates.find("https://en.example.com/2006/09/13/leaders-meet"));
        assertEquals(LocalDate.of(2024, 11, 7), UrlDates.find("https://example.com/news/2024-11-07/national/x"));
        assertEquals(LocalDate.of(2016, 1, 7), UrlDates.find("https://example.cn/usa/china/2016-01/07/content_1.htm"));
        assertEquals(LocalDate.of(2022, 2, 26), UrlDates.find("http://example.cn/n3/2022/0226/c90000-9963192.html"));
        assertEquals(LocalDate.of(2011, 10, 19), UrlDates.find("http://example.com/view.php?ud=20111019000244&np=4"));
    }

    @Test
    void digitsThatAreNoDateAreNone() {
        assertNull(UrlDates.find("http://example.com/content/774638.shtml"));
        assertNull(UrlDates.find("http://example.com/content_281475009653333.htm"));
        assertNull(UrlDates.find("http://example.com/2019/13/45/x"));
        assertNull(UrlDates.find(null));
    }

    @Test
    void stampsInThePageHead() {
        assertEquals(LocalDate.of(2013, 4, 13), TimeStampFinder.find("Headline\nSource:Xinhua Published: 2013-4-13 17:56:56\nText."));
        assertEquals(LocalDate.of(2023, 4, 14), TimeStampFinder.find("2023.04.14 23:27 GMT+8\nHeadline"));
        assertEquals(LocalDate.of(2006, 9, 13), TimeStampFinder.find("Title\nWednesday, September 13th 2006 - 21:00 UTC\n"));
        assertEquals(LocalDate.of(2020, 6, 10), TimeStampFinder.find("Headline\nPeople's Daily\n1591780719000\n\nText."));
    }

    @Test
    void aKeywordedStampWinsOverThePagesClock() {
        assertEquals(LocalDate.of(2006, 9, 17), TimeStampFinder.find(
                "Today in New Delhi, India\nApr 20, 2019-Saturday\nHeadline\nindia Updated: Sep 17, 2006 11:35 IST\n"));
        assertNull(TimeStampFinder.find("Today is Dec. 9, 2016 12:52 PM (GMT +0300) Moscow\nHeadline\n"));
    }

    @Test
    void aStampOpeningALineAtTheFootOfThePage() {
        String body = "Headline\n\nThe minister met his counterpart on 30 June.\n" + "More text of the story.\n".repeat(200);
        assertEquals(LocalDate.of(2011, 6, 30), TimeStampFinder.find(body + "\nPublished 30 June 2011"));
        assertEquals(LocalDate.of(2019, 3, 2), TimeStampFinder.find(body + "\nLast updated: March 2, 2019\nShare this"));
        // a date at the foot that no keyword opens is an event, not a stamp
        assertNull(TimeStampFinder.find(body + "\nThe talks resume on 30 June 2011."));
        assertNull(TimeStampFinder.find(body + "\nHe said it was published on 30 June 2011."));
    }
}
