package org.w3id.dmkg.server.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryCancelledException;

import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.DMKG;

/**
 * What each page of the web app reads: for a page and its request parameters, the named queries it
 * runs, each under a section name, with the parameters bound. Checks the request's values first: a
 * key that is not a plain IRI ending, a confidence that is no number from 0 to 1, a year that is no
 * year is {@link DmkgException#USAGE}. Thread-safe.
 */
final class PageData {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Rows of a list on a page; a longer one is cut and says so. */
    static final long LIST_ROWS = 300;

    /** The pages that have data, and whether each is about one entity (named by a key). */
    static final Set<String> PAGES = Set.of("home", "search", "person", "meeting", "country", "organization",
            "network", "anniversaries");
    static final Set<String> ENTITY_PAGES = Set.of("person", "meeting", "country", "organization");

    /**
     * Threads running the queries of a page side by side, one per core (with cores to spare a page takes
     * about as long as its slowest list); shared by all requests, daemons.
     */
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "dmkg-page-query");
                t.setDaemon(true);
                return t;
            });

    private final AppQueries queries;
    private final BusyPeople busy;
    private final KeptPages kept;

    /**
     * The pages over {@code queries}; the store-wide answers and, once {@link #prepare} has chosen them, the
     * pages of the people {@code busy} names are kept ({@link KeptPages}: for the lifetime when {@code
     * readOnly}).
     */
    PageData(AppQueries queries, boolean readOnly, BusyPeople busy) {
        this.queries = queries;
        this.busy = busy;
        this.kept = new KeptPages(readOnly, busy.most());
    }

    /**
     * The sections of page {@code page} for entity {@code key} (null for pages of no entity) and
     * request parameters {@code request} (one value each).
     *
     * @throws DmkgException {@code USAGE} for a bad value
     * @throws IllegalArgumentException for a page not in {@link #PAGES}
     */
    Map<String, AppQueries.Section> sections(String page, String key, Map<String, String> request) {
        Map<String, String> confidence = confidence(request.get("minConfidence"));
        Map<String, Supplier<AppQueries.Section>> out = new LinkedHashMap<>();
        switch (page) {
            case "home" -> {
                out.put("figures", () -> queries.run("store-figures", Map.of(), 1));
                out.put("latest", () -> queries.run("latest-meetings", confidence, 20));
            }
            case "search" -> {
                String q = request.getOrDefault("q", "").strip();
                if (q.length() > 100) {
                    throw new DmkgException(DmkgException.USAGE, "search: at most 100 characters");
                }
                out.put("results", () -> queries.run("search", Map.of("q", q), 20));
            }
            case "person" -> {
                String iri = iri("person", key);
                out.put("entity", () -> queries.run("entity", Map.of("entity", iri), 100));
                out.put("offices", () -> queries.run("person-offices", with(confidence, "person", iri), LIST_ROWS));
                out.put("meetings", () -> queries.run("person-meetings", with(confidence, "person", iri), LIST_ROWS));
                out.put("countries", () -> queries.run("person-countries", with(confidence, "person", iri), 50));
                out.put("network", () -> queries.run("person-network", with(confidence, "person", iri), LIST_ROWS));
                out.put("articles", () -> queries.run("entity-articles", Map.of("entity", iri), LIST_ROWS));
            }
            case "meeting" -> {
                String iri = iri("meeting", key);
                out.put("meeting", () -> queries.run("meeting", Map.of("meeting", iri), 1));
                out.put("participants", () -> queries.run("meeting-participants", Map.of("meeting", iri), 100));
                out.put("sources", () -> queries.run("meeting-sources", Map.of("meeting", iri), LIST_ROWS));
                out.put("statements", () -> queries.run("meeting-statements", with(confidence, "meeting", iri), LIST_ROWS));
            }
            case "country" -> {
                String iri = iri("country", key);
                out.put("entity", () -> queries.run("entity", Map.of("entity", iri), 100));
                out.put("offices", () -> queries.run("country-offices", with(confidence, "country", iri), LIST_ROWS));
                out.put("months", () -> queries.run("country-months", with(confidence, "country", iri), 1000));
                out.put("counterparts", () -> queries.run("country-counterparts", with(confidence, "country", iri), 100));
                out.put("anniversaries", () -> queries.run("country-anniversaries", with(confidence, "country", iri), LIST_ROWS));
            }
            case "organization" -> {
                String iri = iri("org", key);
                out.put("entity", () -> queries.run("entity", Map.of("entity", iri), 100));
                out.put("articles", () -> queries.run("entity-articles", Map.of("entity", iri), LIST_ROWS));
            }
            case "network" -> {
                Map<String, String> params = new LinkedHashMap<>(confidence);
                for (String name : new String[] {"from", "to", "country", "person"}) {
                    String v = request.getOrDefault(name, "").strip();
                    if (!v.isEmpty()) {
                        params.put(name, v);
                    }
                }
                out.put("edges", () -> queries.run("network", params, 400));
            }
            case "anniversaries" -> {
                String year = request.getOrDefault("year", "").strip();
                if (!YEAR.matcher(year).matches()) {
                    throw new DmkgException(DmkgException.USAGE, "anniversaries: year must be four digits, e.g. 2024");
                }
                out.put("anniversaries", () -> queries.run("anniversaries-of-year", with(confidence, "year", year), LIST_ROWS));
            }
            default -> throw new IllegalArgumentException("no such page: " + page);
        }
        return kept.answer(page, key, confidence, () -> runAll(out));
    }

    /**
     * Computes and keeps, in the calling thread, the answers a server keeps for its visitors: the home page's
     * for the default confidence, then the pages of the people the given {@link BusyPeople} choose, the
     * busiest first, for the default confidence, then for each other of {@link KeptPages#CONFIDENCE_CHOICES}.
     * Each is computed by {@link #sections} as a request computes it: a request for one of them arriving
     * meanwhile waits for its computation, or makes it for both. Stops before the next page once {@code stop}
     * says so. A failure ends the preparation and is thrown; a request meets it again.
     *
     * @return the keys of the people whose pages are kept once computed
     */
    List<String> prepare(BooleanSupplier stop) {
        sections("home", null, Map.of());
        List<String> keys = busy.find(queries);
        kept.keepPeople(keys);
        for (String confidence : KeptPages.CONFIDENCE_CHOICES) {
            for (String key : keys) {
                if (stop.getAsBoolean()) {
                    return keys;
                }
                sections("person", key, confidence.isEmpty() ? Map.of() : Map.of("minConfidence", confidence));
            }
        }
        return keys;
    }

    /**
     * The sections, each computed by its query; the queries of a page are independent of each other, so
     * all but the first run on {@link #WORKERS} while the calling thread runs the first. The first failure
     * is thrown.
     */
    private static Map<String, AppQueries.Section> runAll(Map<String, Supplier<AppQueries.Section>> tasks) {
        Map<String, Future<AppQueries.Section>> started = new LinkedHashMap<>();
        Map.Entry<String, Supplier<AppQueries.Section>> first = null;
        for (Map.Entry<String, Supplier<AppQueries.Section>> t : tasks.entrySet()) {
            if (first == null) {
                first = t;
            } else {
                started.put(t.getKey(), WORKERS.submit(t.getValue()::get));
            }
        }
        Map<String, AppQueries.Section> out = new LinkedHashMap<>();
        try {
            if (first != null) {
                out.put(first.getKey(), first.getValue().get());
            }
            for (Map.Entry<String, Future<AppQueries.Section>> f : started.entrySet()) {
                out.put(f.getKey(), result(f.getValue()));
            }
        } finally {
            started.values().forEach(f -> f.cancel(true));
        }
        return out;
    }

    private static AppQueries.Section result(Future<AppQueries.Section> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether {@code key} can name an entity: letters, digits, '.', '-', '_', a letter or digit first. */
    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    private static String iri(String kind, String key) {
        if (!isKey(key)) {
            throw new DmkgException(DmkgException.USAGE, kind + ": not a key of the store (letters, digits, '.', '-', '_')");
        }
        return DMKG.ID + kind + "/" + key;
    }

    /** Whether the home page's answers for the default confidence are kept. */
    boolean homeKept() {
        return kept.homeKept(Map.of());
    }

    /** Whether the page of person {@code key} for the minimum confidence {@code confidence} ("" for any) is kept. */
    boolean personKept(String key, String confidence) {
        return kept.personKept(key, confidence(confidence));
    }

    private static Map<String, String> confidence(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            double v = Double.parseDouble(value.strip());
            if (v >= 0 && v <= 1) {
                return Map.of("minConfidence", Double.toString(v));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DmkgException(DmkgException.USAGE, "minConfidence must be a number from 0 to 1");
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(name, value);
        return m;
    }
}
