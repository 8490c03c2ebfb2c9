package org.w3id.dmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTimesTest {
    @Test
    void bandsStartAtTheirLowerBound() {
        assertEquals(0, ArticleTimes.band(0));
        assertEquals(0, ArticleTimes.band(1_999));
        assertEquals(1, ArticleTimes.band(2_000));
        assertEquals(1, ArticleTimes.band(4_999));
        assertEquals(2, ArticleTimes.band(5_000));
        assertEquals(3, ArticleTimes.band(19_999));
        assertEquals(4, ArticleTimes.band(20_000));
        assertEquals(4, ArticleTimes.band(5_000_000));
    }

    @Test
    void eachArticleCountsInItsBandAndSiteAndTheTotal() {
        ArticleTimes t = new ArticleTimes();
        t.add("a", "https://www.thehill.com/x", 1_500, 10_000_000L);
        t.add("b", "https://thehill.com/y", 2_500, 20_000_000L);
        t.add("c", "https://www.reuters.com/z", 3_500, 30_000_000L);
        t.add("d", null, 25_000, 500_000_000L);
        List<ArticleTimes.Band> bands = t.bands();
        assertEquals(List.of("<2k", "2-5k", "5-10k", "10-20k", ">=20k"), bands.stream().map(ArticleTimes.Band::name).toList());
        assertEquals(List.of(1, 2, 0, 0, 1), bands.stream().map(ArticleTimes.Band::articles).toList());
        assertEquals(List.of(1_500L, 6_000L, 0L, 0L, 25_000L), bands.stream().map(ArticleTimes.Band::chars).toList());
        ArticleTimes.Band mid = bands.get(1);
        assertEquals(50_000_000L, mid.nanos());
        assertEquals(40.0, mid.articlesPerSecond(), 1e-9);
        assertEquals(50.0 / 6.0, mid.msPerKiloChar(), 1e-9);
        ArticleTimes.Band all = t.total();
        assertEquals(4, all.articles());
        assertEquals(32_500L, all.chars());
        assertEquals(560_000_000L, all.nanos());
        List<ArticleTimes.Band> sites = t.sites(2);
        assertEquals(List.of("thehill.com", "(no URL)"), sites.stream().map(ArticleTimes.Band::name).toList());
        assertEquals(2, sites.get(0).articles());
        assertEquals(4_000L, sites.get(0).chars());
    }

    @Test
    void theSlowestPerCharacterComeFirstAndShortArticlesAreNotRanked() {
        ArticleTimes t = new ArticleTimes();
        t.add("short", null, 500, 900_000_000L);
        for (int i = 1; i <= 7; i++) {
            t.add("a" + i, null, 10_000, i * 10_000_000L);
        }
        List<String> slowest = t.slowest().stream().map(ArticleTimes.Article::origin).toList();
        assertEquals(List.of("a7", "a6", "a5", "a4", "a3"), slowest);
        assertEquals(7.0, t.slowest().get(0).msPerKiloChar(), 1e-9);
    }

    @Test
    void theTableHasOneLinePerBandAndTheTotal() {
        ArticleTimes floor = new ArticleTimes();
        ArticleTimes full = new ArticleTimes();
        floor.add("a", null, 1_000, 1_000_000L);
        full.add("a", null, 1_000, 4_000_000L);
        List<String> lines = ArticleTimes.table(floor, full);
        assertEquals(7, lines.size());
        assertTrue(lines.get(0).startsWith("(2) by length"), lines.get(0));
        // 1000 articles/s on the floor, 250 in full: a quarter
        assertTrue(lines.get(1).matches("<2k\\s+1\\s+1000\\s+1000\\.0\\s+250\\.0\\s+1\\.00\\s+4\\.00\\s+0\\.25"), lines.get(1));
        assertTrue(lines.get(2).matches("2-5k\\s+0"), lines.get(2));
        assertTrue(lines.get(6).startsWith("all "), lines.get(6));
    }
}
