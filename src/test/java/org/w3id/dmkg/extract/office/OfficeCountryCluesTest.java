package org.w3id.dmkg.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.text.TextArticleParser;

/** What the office-country judge is told of the people named with an office holder. */
class OfficeCountryCluesTest {
    private static final Extractor EXTRACTOR = new Extractor(Dmkg.shared().gazetteer(), OpenNlpModels.shared(),
            Judges.bundled());

    /** The list-mate feature of each candidate country of the person's open office, as "country listmate=...". */
    private static List<String> listmates(String person, String... sentences) {
        String text = "url: https://example.org/world/2021/03/12/talks\ndate: 2021-03-12\n\nTalks in Asia\n\n"
                + String.join("\n\n", sentences) + "\n";
        return EXTRACTOR.decisionCandidates(TextArticleParser.parse("test", text)).officeCountries().stream()
                .filter(c -> c.holding().person().equals(person))
                .map(c -> c.country() + " " + c.features().stream().filter(f -> f.startsWith("listmate="))
                        .findFirst().orElse(""))
                .sorted().toList();
    }

    @Test
    void twoPeopleAfterBetweenAreTheTwoSidesNotOneList() {
        assertEquals(List.of("country/CN listmate=none", "country/JP listmate=none"), listmates("Lin Tao",
                "Premier Lin Tao urged his new Japanese counterpart, Kenji Sato, to seize the moment.",
                "It was the first meeting between Mr Lin and Mr Sato, who took office as prime minister of Japan in "
                        + "September.", "China and Japan agreed to meet again."));
    }

    @Test
    void twoPeopleListedTogetherServeOneCountry() {
        assertEquals(List.of("country/CN listmate=other", "country/JP listmate=yes"), listmates("Lin Tao",
                "Premier Lin Tao urged his new Japanese counterpart, Kenji Sato, to seize the moment.",
                "Mr Lin and Mr Sato, who took office as prime minister of Japan in September, spoke for an hour.",
                "China and Japan agreed to meet again."));
    }
}
