package org.w3id.dmkg.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from an HTML page with jsoup: page furniture (scripts, navigation, menus,
 * share bars, related links, comments, ads) is dropped, the story is taken from {@code <article>} or
 * else the element holding the most paragraph text, and paragraphs and headings are separated by
 * blank lines. Metadata gives the headline, canonical URL and publication date. Thread-safe.
 */
public final class HtmlArticleReader {
    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, "
            + "iframe, svg, button, template";
    // Class or id words that mark non-story blocks on news sites.
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|ads?|advert\\w*|sponsor\\w*|banner|share"
            + "|sharing|social|related|recommended|comments?|sidebar|footer|header|cookie\\w*|newsletter|promo)"
            + "(?:$|[\\s_-])");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    private HtmlArticleReader() {
    }

    /**
     * Parses one page.
     *
     * @param origin where the page came from, for messages and provenance
     * @param html   the decoded page
     */
    public static SourceDocument parse(String origin, String html) {
        Document doc = Jsoup.parse(html);
        String headline = firstNonBlank(doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(),
                meta(doc, "og:title"), doc.title());
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
        LocalDate published = Months.isoDate(firstNonBlank(meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), attr(doc, "time[datetime]", "datetime")));
        doc.select(FURNITURE).remove();
        removeNamedFurniture(doc);
        String text = ArticleDating.normalize(blocks(storyRoot(doc)));
        return ArticleDating.complete(origin, url, headline, published, meta(doc, "og:site_name"), text);
    }

    /**
     * Removes blocks whose class or id names them furniture, sparing any that hold the story
     * (an {@code <article>} or half the paragraph text): a wrapper named "page has-sidebar" is not a sidebar.
     */
    private static void removeNamedFurniture(Document doc) {
        int total = doc.select("p").text().length();
        List<Element> furniture = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if ((FURNITURE_NAME.matcher(e.className()).find() || FURNITURE_NAME.matcher(e.id()).find())
                    && e.selectFirst("article") == null && e.select("p").text().length() * 2 <= total) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    /** The largest {@code <article>}, else the element whose own paragraphs hold the most text. */
    private static Element storyRoot(Document doc) {
        Element best = null;
        for (Element article : doc.select("article")) {
            if (best == null || article.text().length() > best.text().length()) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Integer> paragraphText = new HashMap<>();
        for (Element p : doc.select("p")) {
            Element parent = p.parent() == null ? doc.body() : p.parent();
            paragraphText.merge(parent, p.text().length(), Integer::sum);
        }
        return paragraphText.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(doc.body());
    }

    /** Text of the block elements under {@code root}, outermost only, one paragraph each. */
    private static String blocks(Element root) {
        StringBuilder out = new StringBuilder();
        for (Element block : root.select(BLOCKS)) {
            if (insideBlock(block, root)) {
                continue; // already included with its enclosing block
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                out.append(t).append("\n\n");
            }
        }
        return out.length() > 0 ? out.toString() : root.wholeText();
    }

    private static boolean insideBlock(Element block, Element root) {
        for (Element a = block.parent(); a != null && a != root; a = a.parent()) {
            if (a.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property='" + key + "'], meta[name='" + key + "'], meta[itemprop='"
                + key + "']");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
