package org.w3id.dmkg.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.w3id.dmkg.server.ServerSettings;
import org.w3id.dmkg.server.app.PageAnswers;
import org.w3id.dmkg.store.DmkgStore;

/**
 * Times stage (6) of a benchmark: the data of the web app's pages ({@code /api/PAGE}, by the same code
 * the server runs, without HTTP) on a loaded store, for the median and the slowest of the timed runs.
 * The home page's store-wide answers are timed at their first request, the one a server pays for; the
 * other pages after {@value #WARM_UP_RUNS} untimed runs, as a server answers them before its preparation
 * ({@link PageAnswers#prepare}) is over; then the preparation, and the most frequent person's page again, as
 * a server answers it after. Parameters come from the store: the persons named are looked up with the
 * search page, the meeting is the first person's latest, the periods end at the latest meeting date of the
 * store's figures.
 */
final class PageTimer {
    /** Untimed runs of a page before it is timed. */
    static final int WARM_UP_RUNS = 2;
    /** Timed runs of one page stop after this many seconds, once three are done. */
    static final int BUDGET_S = 10;

    private record Page(String label, String page, String key, Map<String, String> request) {
    }

    private PageTimer() {
    }

    /**
     * Times the pages and prints one line each to {@code out}.
     *
     * @param persons names of persons in the store: the first a typical one, the last the most frequent
     * @param country the name of a country in the store
     * @param runs    timed runs of each page
     */
    static void run(DmkgStore store, List<String> persons, String country, int runs, PrintWriter out) {
        PageAnswers app = new PageAnswers(store, ServerSettings.defaults()
                .withTimeout(Duration.ofSeconds(QueryTimer.TIMEOUT_S)));
        PageAnswers.Answer home = app.get("home", null, Map.of());
        out.printf("(6) page %-52s first %8.1f ms  (%s; kept after the first request)%n", "home: store figures, latest meetings",
                home.ms(), rows(home));
        out.flush();
        String latestDate = home.rows("figures").isEmpty() ? null : home.rows("figures").get(0).get("latestMeeting");
        if (latestDate == null) {
            out.println("(6) pages: the store has no dated meeting; no page timed");
            return;
        }
        LocalDate latest = LocalDate.parse(latestDate.substring(0, 10));
        String typical = persons.get(0);
        String frequent = persons.get(persons.size() - 1);
        String typicalKey = key(app, typical, "person", out);
        String frequentKey = key(app, frequent, "person", out);
        String countryKey = key(app, country, "country", out);
        List<Map<String, String>> meetings = typicalKey == null ? List.of()
                : app.get("person", typicalKey, Map.of()).rows("meetings");
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("search \"" + typical.split(" ")[0] + "\"", "search", null, Map.of("q", typical.split(" ")[0])));
        pages.add(new Page("search \"an\" (two letters)", "search", null, Map.of("q", "an")));
        if (!meetings.isEmpty()) {
            pages.add(new Page("meeting", "meeting", last(meetings.get(0).get("meeting")), Map.of()));
        }
        if (typicalKey != null) {
            pages.add(new Page("person, typical (" + typical + ")", "person", typicalKey, Map.of()));
            pages.add(new Page("person, typical, minConfidence=0.9", "person", typicalKey, Map.of("minConfidence", "0.9")));
        }
        Page busiest = null;
        if (frequentKey != null) {
            busiest = new Page("person, most frequent (" + frequent + ")", "person", frequentKey, Map.of());
            pages.add(busiest);
            pages.add(new Page("person, most frequent, minConfidence=0.9", "person", frequentKey,
                    Map.of("minConfidence", "0.9")));
        }
        if (countryKey != null) {
            pages.add(new Page("country (" + country + ")", "country", countryKey, Map.of()));
        }
        String month = latest.minusMonths(1).toString();
        pages.add(new Page("network, person " + typical, "network", null, Map.of("person", typical)));
        pages.add(new Page("network, last month", "network", null, Map.of("from", month, "to", latest.toString())));
        pages.add(new Page("network, " + country + ", last month", "network", null,
                Map.of("country", country, "from", month, "to", latest.toString())));
        pages.add(new Page("network, default: last three months", "network", null,
                Map.of("from", latest.minusMonths(3).toString(), "to", latest.toString())));
        int year = latest.getYear() - 5;
        pages.add(new Page("anniversaries of " + year, "anniversaries", null, Map.of("year", Integer.toString(year))));
        for (Page p : pages) {
            time(app, p, runs, out);
        }
        prepared(app, busiest, runs, out);
    }

    /**
     * Computes what a server computes ahead once it listens ({@link PageAnswers#prepare}), says how long it
     * took and what it keeps, and times the most frequent person's page again, as a server answers it then.
     */
    private static void prepared(PageAnswers app, Page busiest, int runs, PrintWriter out) {
        PageAnswers.Prepared p = app.prepare();
        long rows = 0;
        long bytes = 0;
        for (String key : p.people()) {
            for (String confidence : p.confidences()) {
                Map<String, String> request = confidence.isEmpty() ? Map.of() : Map.of("minConfidence", confidence);
                for (List<Map<String, String>> section : app.get("person", key, request).sections().values()) {
                    rows += section.size();
                    bytes += section.stream().mapToLong(PageTimer::rowBytes).sum();
                }
            }
        }
        out.printf("(6) prepared: home and the pages of %d people for %d confidences in %.1f ms, "
                + "kept: %d rows, about %.1f MB%n", p.people().size(), p.confidences().size(), p.ms(), rows, bytes / 1e6);
        if (busiest != null) {
            time(app, new Page(busiest.label() + ", prepared", busiest.page(), busiest.key(), busiest.request()), runs, out);
            time(app, new Page("person, most frequent, minConfidence=0.9, prepared", busiest.page(), busiest.key(),
                    Map.of("minConfidence", "0.9")), runs, out);
            time(app, new Page("person, most frequent, minConfidence=0.85 (not kept)", busiest.page(), busiest.key(),
                    Map.of("minConfidence", "0.85")), runs, out);
        }
    }

    /**
     * An estimate of the heap a kept row takes: a linked hash map of its values (136 bytes, 40 an entry),
     * each value a string (40 bytes and two a character at most).
     */
    private static long rowBytes(Map<String, String> row) {
        return 136 + row.values().stream().mapToLong(v -> 80 + 2L * v.length()).sum();
    }

    private static void time(PageAnswers app, Page p, int runs, PrintWriter out) {
        PageAnswers.Answer last = null;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            last = app.get(p.page(), p.key(), p.request());
        }
        double[] ms = new double[runs];
        int n = 0;
        long budget = System.nanoTime() + BUDGET_S * 1_000_000_000L;
        while (n < runs && (n < 3 || System.nanoTime() < budget)) {
            last = app.get(p.page(), p.key(), p.request());
            ms[n++] = last.ms();
        }
        double[] sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        out.printf("(6) page %-52s p50 %8.1f ms  max %8.1f ms  (%s; %d runs)%n", p.label(),
                QueryTimer.percentile(sorted, 50), sorted[n - 1], rows(last), n);
        out.flush();
    }

    /**
     * The key of the entity of kind {@code kind} the search page finds first for {@code name}, or null
     * (said on {@code out}) when it finds none.
     */
    private static String key(PageAnswers app, String name, String kind, PrintWriter out) {
        for (Map<String, String> row : app.get("search", null, Map.of("q", name)).rows("results")) {
            if (kind.equals(row.get("kind"))) {
                return last(row.get("entity"));
            }
        }
        out.printf("(6) pages: no %s named %s in the store; its page is not timed%n", kind, name);
        return null;
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Each section's rows and the milliseconds of its query (of the last run). */
    private static String rows(PageAnswers.Answer a) {
        StringJoiner j = new StringJoiner(", ");
        a.sections().forEach((name, rows) -> j.add(String.format(java.util.Locale.ROOT, "%s %d in %.0f ms", name,
                rows.size(), a.sectionMs().get(name))));
        return j.toString();
    }
}
