package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldsTest {
    private static final List<String> URLS = List.of(
            "http://en.people.cn/n3/2022/1.html", "http://en.people.cn/n3/2023/2.html", "https://www.xinhuanet.com/a",
            "http://english.www.gov.cn/x", "https://english.gov.cn/y", "https://www.bbc.co.uk/news/1",
            "https://news.bbc.co.uk/2", "https://apnews.com/3", "https://www.reuters.com/4", "not a url");

    @Test
    void anOutletStaysInOneFold() {
        List<Integer> folds = Folds.assign(URLS, 3);
        assertEquals(folds.get(0), folds.get(1), "people.cn");
        assertEquals(folds.get(3), folds.get(4), "gov.cn");
        assertEquals(folds.get(5), folds.get(6), "bbc.co.uk");
    }

    @Test
    void foldsAreBalancedAndDeterministic() {
        List<Integer> folds = Folds.assign(URLS, 3);
        assertEquals(folds, Folds.assign(URLS, 3));
        Map<Integer, Integer> sizes = new HashMap<>();
        folds.forEach(f -> sizes.merge(f, 1, Integer::sum));
        assertEquals(3, sizes.size());
        sizes.values().forEach(n -> assertTrue(n >= 3 && n <= 4, "fold size " + n));
    }

    @Test
    void outletsAreRegisteredNames() {
        assertEquals("people.cn", Folds.outlet("http://en.people.cn/n3/1.html"));
        assertEquals("bbc.co.uk", Folds.outlet("https://news.bbc.co.uk/2"));
        assertEquals("reuters.com", Folds.outlet("https://www.reuters.com/4"));
    }

    @Test
    void oneFoldIsNoCrossValidation() {
        assertThrows(IllegalArgumentException.class, () -> Folds.assign(URLS, 1));
    }
}
