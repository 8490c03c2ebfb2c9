package org.w3id.dmkg.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Which pages are kept, without a store. */
class KeptPagesTest {
    @Test
    void theConfidencesKeptAreThoseThePagesOffer() throws IOException {
        String page;
        try (InputStream in = KeptPagesTest.class.getResourceAsStream("/org/w3id/dmkg/app/index.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String select = page.substring(page.indexOf("<select id=\"minConfidence\">"), page.indexOf("</select>"));
        List<String> offered = new ArrayList<>();
        Matcher m = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select);
        while (m.find()) {
            offered.add(m.group(1));
        }
        assertEquals(offered, KeptPages.CONFIDENCE_CHOICES);
    }

    /** How many times {@code page} computes in {@code times} requests. */
    private static int computations(KeptPages kept, String page, String key, Map<String, String> confidence, int times) {
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < times; i++) {
            kept.answer(page, key, confidence, () -> {
                runs.incrementAndGet();
                return Map.of("rows", new AppQueries.Section(List.of(), false, 1));
            });
        }
        return runs.get();
    }

    @Test
    void onlyTheHomePageAndTheChosenPeopleForTheOfferedConfidencesAreKept() {
        KeptPages kept = new KeptPages(true, 2);
        Map<String, String> any = Map.of();
        Map<String, String> strict = Map.of("minConfidence", "0.8");
        assertEquals(1, computations(kept, "home", null, any, 3));
        assertEquals(1, computations(kept, "home", null, Map.of("minConfidence", "0.85"), 3));
        assertEquals(3, computations(kept, "person", "xi-jinping", any, 3), "no person is chosen yet");
        kept.keepPeople(List.of("xi-jinping"));
        assertEquals(1, computations(kept, "person", "xi-jinping", any, 3));
        assertEquals(1, computations(kept, "person", "xi-jinping", strict, 3), "kept under its own key");
        assertTrue(kept.personKept("xi-jinping", strict));
        assertEquals(3, computations(kept, "person", "xi-jinping", Map.of("minConfidence", "0.85"), 3), "not offered");
        assertEquals(3, computations(kept, "person", "vladimir-putin", any, 3), "not chosen");
        assertEquals(3, computations(kept, "country", "xi-jinping", any, 3), "not a person page");
    }
}
