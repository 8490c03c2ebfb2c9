package org.w3id.dmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KnownCountriesTest {
    private static KnownCountries table(String text) throws IOException {
        return KnownCountries.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void looksNamesUpWhateverTheirCaseAccentsAndHyphens() throws IOException {
        KnownCountries k = table("# comment\nmoon jae in\tcountry/KR\t88\t88\tMoon Jae-In\nviktor orban\tcountry/HU\n");
        assertEquals(2, k.size());
        assertEquals("country/KR", k.of("Moon Jae-in"));
        assertEquals("country/KR", k.of("MOON JAE-IN"));
        assertEquals("country/HU", k.of("Viktor Orbán"));
        assertNull(k.of("Moon"));
    }

    @Test
    void aFamilyNameAloneIsKnownWhenAllItsBearersServeOneCountry() throws IOException {
        KnownCountries k = table("donald trump\tcountry/US\nivanka trump\tcountry/US\nkim\tcountry/KP\n"
                + "david cameron\tcountry/GB\nmaria cameron\tcountry/AU\njoe biden\tcountry/US\n");
        assertEquals("country/US", k.of("Trump"));
        assertEquals("country/US", k.of("Biden"));
        assertEquals("country/KP", k.of("Kim"), "a name the table holds as such");
        assertNull(k.of("Cameron"), "bearers of the family name serve different countries");
        assertNull(k.of("Melania Trump"), "a full name is looked up as such");
    }

    @Test
    void onePersonOneArticleGaveACountryDoesNotSpeakForTheFamily() throws IOException {
        KnownCountries k = table("joe biden\tcountry/US\t37\t38\tJoe Biden\n"
                + "hunter biden\tcountry/UA\t1\t1\tHunter Biden\n");
        assertEquals("country/US", k.of("Biden"), "the one-article entry does not split the family name");
        assertEquals("country/UA", k.of("Hunter Biden"));
        assertEquals(2, k.standing("Joe Biden"));
        assertEquals(1, k.standing("Hunter Biden"));
        assertEquals(0, k.standing("Ashley Biden"));
    }

    @Test
    void givenAndFamilyNamesAreTheWordsThatOpenOrEndNamesAndNeverTheOther() throws IOException {
        KnownCountries k = table("donald trump\tcountry/US\ndonald tusk\tcountry/PL\nmitt romney\tcountry/US\n"
                + "kim jong un\tcountry/KP\nsung kim\tcountry/US\nmoon jae in\tcountry/KR\ntrump\tcountry/US\n");
        assertEquals(2, k.givenName("donald"));
        assertEquals(1, k.givenName("mitt"));
        assertEquals(0, k.givenName("kim"), "first in one name, last in another");
        assertEquals(0, k.givenName("trump"));
        assertTrue(k.familyName("trump"));
        assertTrue(k.familyName("romney"));
        assertFalse(k.familyName("kim"));
        assertFalse(k.familyName("donald"));
        assertFalse(k.familyName("moon"), "opens a name");
    }

    @Test
    void aLineWithoutACountryIsAnError() {
        assertThrows(IOException.class, () -> table("moon jae in\n"));
    }

    @Test
    void theShippedTableKnowsLeadersTheNewsNamesOften() {
        KnownCountries k = KnownCountries.bundled();
        assertTrue(k.size() > 100, "shipped table has " + k.size() + " people");
        assertEquals("country/CN", k.of("Xi Jinping"));
        assertEquals("country/RU", k.of("Vladimir Putin"));
    }
}
