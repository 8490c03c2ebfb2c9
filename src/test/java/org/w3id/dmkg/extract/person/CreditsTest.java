package org.w3id.dmkg.extract.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditsTest {
    private static final String TEXT = String.join("\n",
            "The Coastal Times",
            "Leaders meet",
            "Maria Lopez",
            "Updated: Jan 3, 2024 10:20",
            "",
            "President A met President B in Lima on Tuesday, and both leaders agreed to open a new border crossing soon.",
            "A caption. (Xinhua/Li Tao) [Photo by Wu Zhiyi/China Daily] REUTERS/Jonathan Ernst",
            "Image copyright AFP Image caption Forensic experts",
            "Source: Xinhua",
            "Issued by: Office of Ines Moreno",
            "B told TASS that the talks went well.",
            "By Daniel Kiprono",
            "© State Dept Image by Paul GrantSECRETARY: Welcome. Photo courtesy of Lena Ortiz",
            "Copyright © 2019 The Harbor Herald, LLC. Click here for reprint permission.",
            "More: Senator Mary Stone meets Governor Ray Lake",
            "Photos: Ann Reyes Reyes meets Mayor Tom Hill in 2009. Hide Caption 1 of 6 Photos: Ann Reyes Reyes speaks.",
            "The two leaders agreed to work togetherImage: Kai Berg");

    private static boolean credited(Credits c, String part) {
        int i = TEXT.indexOf(part);
        return c.covers(i, i + part.length());
    }

    @Test
    void creditsAreFound() {
        Credits c = Credits.find(TEXT, null);
        for (String part : new String[] {"Maria Lopez", "Li Tao", "Xinhua/Li", "Wu Zhiyi", "China Daily",
                "Jonathan Ernst", "AFP", "Daniel Kiprono", "Mary Stone", "Paul Grant", "Lena Ortiz",
                "The Harbor Herald", "Tom Hill", "Ann Reyes Reyes speaks", "Office of Ines Moreno",
                "Kai Berg"}) {
            assertTrue(credited(c, part), part);
        }
        int x = TEXT.lastIndexOf("Xinhua");
        assertTrue(c.covers(x, x + 6), "Source: Xinhua");
    }

    @Test
    void theStoryIsNoCredit() {
        Credits c = Credits.find(TEXT, null);
        assertFalse(credited(c, "President A met President B"));
        assertFalse(credited(c, "agreed to work together"), "a caption glued to the story's last word");
        assertFalse(credited(c, "TASS"), "an agency the story names");
    }

    @Test
    void theSiteNameInThePageHeadCreditsOrganizationsOnly() {
        Credits c = Credits.find(TEXT, null);
        int i = TEXT.indexOf("The Coastal Times");
        assertTrue(c.coversOrganization(i, i + 17));
        assertFalse(c.covers(i, i + 17));
    }
}
