package org.w3id.dmkg.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The time spent on each article of a pass, summed by the article's length in characters, in bands
 * ({@code <2k}, {@code 2-5k}, {@code 5-10k}, {@code 10-20k}, {@code >=20k}), and by the site (host) of
 * its URL, so that a band or an outlet slower than its length explains stands out; and the articles
 * slowest per character. The time of an article is its worker's wall time on it, so a band's rate is
 * that of one worker. Not thread-safe: one pass adds from one thread.
 */
final class ArticleTimes {
    /** Lower bounds of the bands, in characters; the first band starts at 0. */
    static final int[] BOUNDS = {0, 2_000, 5_000, 10_000, 20_000};
    static final String[] NAMES = {"<2k", "2-5k", "5-10k", "10-20k", ">=20k"};
    /** Articles shorter than this are not ranked among the slowest per character: fixed costs dominate them. */
    static final int RANKED_FROM = 1_000;
    private static final int SLOWEST = 5;

    /** One band's totals. */
    record Band(String name, int articles, long chars, long nanos) {
        /** Articles per second of one worker. */
        double articlesPerSecond() {
            return articles * 1e9 / Math.max(nanos, 1);
        }

        /** Milliseconds per 1,000 characters. */
        double msPerKiloChar() {
            return nanos / 1e6 / Math.max(chars / 1000.0, 1e-9);
        }
    }

    /** One article's time. */
    record Article(String origin, int chars, long nanos) {
        double msPerKiloChar() {
            return nanos / 1e6 / (chars / 1000.0);
        }
    }

    private final int[] articles = new int[BOUNDS.length];
    private final long[] chars = new long[BOUNDS.length];
    private final long[] nanos = new long[BOUNDS.length];
    private final Map<String, long[]> sites = new HashMap<>();
    private final PriorityQueue<Article> slowest = new PriorityQueue<>(Comparator.comparingDouble(Article::msPerKiloChar));

    /** The band of an article of {@code length} characters. */
    static int band(int length) {
        int b = 0;
        while (b + 1 < BOUNDS.length && length >= BOUNDS[b + 1]) {
            b++;
        }
        return b;
    }

    /** Adds one article: where it came from, its length and the time it took. */
    void add(String origin, String url, int length, long articleNanos) {
        long[] site = sites.computeIfAbsent(site(url), k -> new long[3]);
        site[0]++;
        site[1] += length;
        site[2] += articleNanos;
        int b = band(length);
        articles[b]++;
        chars[b] += length;
        nanos[b] += articleNanos;
        if (length >= RANKED_FROM) {
            slowest.add(new Article(origin, length, articleNanos));
            if (slowest.size() > SLOWEST) {
                slowest.poll();
            }
        }
    }

    /** The bands, shortest first, empty ones included. */
    List<Band> bands() {
        List<Band> out = new ArrayList<>();
        for (int b = 0; b < BOUNDS.length; b++) {
            out.add(new Band(NAMES[b], articles[b], chars[b], nanos[b]));
        }
        return out;
    }

    /** The host of a URL without {@code www.}, or "(no URL)". */
    static String site(String url) {
        if (url == null) {
            return "(no URL)";
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? "(no host)" : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "(no host)";
        }
    }

    /** The {@code top} sites with the most articles (ties by name), most first. */
    List<Band> sites(int top) {
        return sites.entrySet().stream()
                .map(e -> new Band(e.getKey(), (int) e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt(Band::articles).reversed().thenComparing(Band::name))
                .limit(top).toList();
    }

    /** All bands together. */
    Band total() {
        int a = 0;
        long c = 0;
        long n = 0;
        for (int b = 0; b < BOUNDS.length; b++) {
            a += articles[b];
            c += chars[b];
            n += nanos[b];
        }
        return new Band("all", a, c, n);
    }

    /** The articles of at least {@value #RANKED_FROM} characters that took longest per character, slowest first. */
    List<Article> slowest() {
        return slowest.stream().sorted(Comparator.comparingDouble(Article::msPerKiloChar).reversed()).toList();
    }

    /** The table of floor and full extraction by band, one line each after a heading. */
    static List<String> table(ArticleTimes floor, ArticleTimes full) {
        List<Band> fl = floor.bands();
        List<Band> fu = full.bands();
        fl.add(floor.total());
        fu.add(full.total());
        return table("(2) by length", fl, fu);
    }

    /** The same table for the {@code top} sites with the most articles. */
    static List<String> siteTable(ArticleTimes floor, ArticleTimes full, int top) {
        List<Band> fu = full.sites(top);
        List<Band> fl = new ArrayList<>();
        for (Band b : fu) {
            long[] f = floor.sites.getOrDefault(b.name(), new long[3]);
            fl.add(new Band(b.name(), (int) f[0], f[1], f[2]));
        }
        return table("(2) by site", fl, fu);
    }

    private static List<String> table(String heading, List<Band> fl, List<Band> fu) {
        List<String> lines = new ArrayList<>();
        int width = Math.max(heading.length(), fu.stream().mapToInt(b -> b.name().length()).max().orElse(0));
        lines.add(String.format(Locale.ROOT, "%-" + width + "s %8s %10s %12s %11s %12s %11s %10s", heading,
                "articles", "mean chars", "floor art/s", "full art/s", "floor ms/1k", "full ms/1k", "full/floor"));
        for (int b = 0; b < fu.size(); b++) {
            Band f = fl.get(b);
            Band x = fu.get(b);
            if (x.articles() == 0 || f.articles() == 0) {
                lines.add(String.format(Locale.ROOT, "%-" + width + "s %8d", x.name(), x.articles()));
                continue;
            }
            lines.add(String.format(Locale.ROOT, "%-" + width + "s %8d %10d %12.1f %11.1f %12.2f %11.2f %10.2f",
                    x.name(), x.articles(), x.chars() / x.articles(), f.articlesPerSecond(), x.articlesPerSecond(),
                    f.msPerKiloChar(), x.msPerKiloChar(), x.articlesPerSecond() / f.articlesPerSecond()));
        }
        return lines;
    }
}
