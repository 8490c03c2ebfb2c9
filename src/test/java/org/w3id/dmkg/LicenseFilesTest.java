package org.w3id.dmkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The licence and the notice that the shipped reference data's sources ask for are in the project. */
class LicenseFilesTest {
    @Test
    void licenseIsApache2() throws IOException {
        String license = Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8);
        assertTrue(license.contains("Apache License") && license.contains("Version 2.0, January 2004"));
    }

    @Test
    void noticeCreditsEverySourceOfTheReferenceData() throws IOException {
        String notice = Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8);
        String sources = Files.readString(Path.of("data/reference/README.md"), StandardCharsets.UTF_8);
        for (String source : new String[] {"GeoNames", "Wikidata", "DBpedia", "ISO 3166"}) {
            assertTrue(sources.contains(source), "data/reference/README.md names " + source);
            assertTrue(notice.contains(source), "NOTICE credits " + source);
        }
        assertTrue(notice.contains("CC BY 4.0"), "GeoNames asks for attribution under CC BY 4.0");
    }
}
