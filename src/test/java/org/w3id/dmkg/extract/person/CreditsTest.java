package org.w3id.dmkg.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /**
     * The patterns tried only at their openers ({@link Credits#OPENERS}) find what a scan of every character finds,
     * on this class's text and on every article of the golden cases and of {@code data/articles}.
     */
    @Test
    void patternsTriedAtTheirOpenersFindWhatAFullScanFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of(TEXT, "FILE PHOTO: Leaders meet (AP) -- /TASS/ (c) 2020 Web "
                + "Editor: Li Na [PHOTO: Xinhua] Video footage by Kai Berg Reporter: Tom Hill Written by Ann Reyes"));
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/golden")),
                Files.walk(Path.of("data/articles")))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        assertTrue(texts.size() > 40, "texts read: " + texts.size());
        int matches = 0;
        for (String text : texts) {
            String lower = Credits.lowerSameLength(text);
            for (Map.Entry<Pattern, List<String>> e : Credits.OPENERS.entrySet()) {
                List<int[]> tried = new ArrayList<>();
                Credits.matchesFrom(e.getKey(), text, lower, e.getValue(), tried);
                List<String> scanned = new ArrayList<>();
                Matcher m = e.getKey().matcher(text);
                while (m.find()) {
                    scanned.add(m.start() + "-" + m.end());
                }
                assertEquals(scanned, tried.stream().map(s -> s[0] + "-" + s[1]).toList(), e.getKey().pattern());
                matches += scanned.size();
            }
        }
        assertTrue(matches > 20, "matches: " + matches);
    }
}
