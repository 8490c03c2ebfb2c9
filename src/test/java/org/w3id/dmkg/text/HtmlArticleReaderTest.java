package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {
    private static final String PAGE = """
            <html><head><title>Xi meets Shoigu - Xinhua</title>
            <link rel="canonical" href="https://example.org/xi-shoigu">
            <meta property="article:published_time" content="2025-03-01T09:22:00+08:00">
            <script>var tracker = "BEIJING, Jan. 1 (Xinhua) -- fake";</script>
            <style>p { color: red }</style></head>
            <body>
            <nav><ul><li>Home</li><li>World</li></ul></nav>
            <div class="share-bar">Share on Facebook</div>
            <header><p>Site banner text</p></header>
            <div id="main">
              <h1>Xi meets Russian Federation Security Council secretary</h1>
              <p>BEIJING, Feb. 28 (Xinhua) -- Chinese President Xi Jinping met with Sergei Shoigu here on Friday.</p>
              <p>Noting that China and <b>Russia</b> are friendly neighbors, Xi said ...</p>
              <div class="related-news"><p>Related: something else</p></div>
            </div>
            <aside><p>Most read</p></aside>
            <footer><p>Copyright</p></footer>
            </body></html>
            """;

    @Test
    void extractsStoryAndMetadataAndDropsFurniture() {
        SourceDocument doc = HtmlArticleReader.parse("page.html", PAGE);
        assertEquals("Xi meets Russian Federation Security Council secretary", doc.headline());
        assertEquals("https://example.org/xi-shoigu", doc.url());
        assertEquals(LocalDate.of(2025, 3, 1), doc.published());
        assertEquals("BEIJING", doc.dateline().place());
        assertEquals(LocalDate.of(2025, 2, 28), doc.dateline().date());
        assertTrue(doc.text().contains("Shoigu here on Friday.\n\nNoting that China and Russia are"), doc.text());
        for (String furniture : new String[] {"tracker", "color", "Home", "Share", "banner", "Related", "Most read",
                "Copyright"}) {
            assertFalse(doc.text().contains(furniture), furniture + " in: " + doc.text());
        }
    }

    @Test
    void prefersArticleElementAndTimeElement() {
        String html = "<html><body><div><p>Menu text that is rather long long long long long long long</p></div>"
                + "<article><h2>Talks</h2><p>ANKARA (AA) - Turkey's president met ...</p>"
                + "<time datetime=\"2020-11-12\">12 Nov</time></article></body></html>";
        SourceDocument doc = HtmlArticleReader.parse("p.html", html);
        assertEquals("Talks\n\nANKARA (AA) - Turkey's president met ...", doc.text());
        assertEquals(LocalDate.of(2020, 11, 12), doc.published());
        assertEquals("AA", doc.publisher());
        assertEquals(0, doc.text().indexOf("ANKARA") - 7);
    }

    @Test
    void titleWhenNoHeading() {
        SourceDocument doc = HtmlArticleReader.parse("p.html", "<title>Only title</title><p>Body text.</p>");
        assertEquals("Only title", doc.headline());
        assertEquals("Body text.", doc.text());
    }
}
