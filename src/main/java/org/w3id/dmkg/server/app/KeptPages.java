package org.w3id.dmkg.server.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which page answers a server keeps ({@link KeptAnswers}), each under all it is computed from: the home
 * page's, for each minimum confidence asked for (at most {@value #STORE_WIDE_ANSWERS}); the person pages of
 * the people {@link #keepPeople} names, for the default confidence and each of the {@link
 * #CONFIDENCE_CHOICES}. Any other page is computed at each request. Thread-safe.
 */
final class KeptPages {
    /** Store-wide answers kept: the home page's, one per minimum confidence asked for. */
    static final int STORE_WIDE_ANSWERS = 32;
    /**
     * The minimum confidences a visitor chooses from at the top of every page ({@code index.html}), "" for
     * any: the busiest people's pages are kept for each of them.
     */
    static final List<String> CONFIDENCE_CHOICES = List.of("", "0.5", "0.7", "0.8", "0.9", "0.95");

    private final KeptAnswers storeWide;
    private final KeptAnswers people;
    /** The keys of the people whose pages are kept. */
    private volatile Set<String> kept = Set.of();

    /** Answers kept for the lifetime when {@code readOnly}, the pages of at most {@code mostPeople} people. */
    KeptPages(boolean readOnly, int mostPeople) {
        this.storeWide = new KeptAnswers(readOnly, STORE_WIDE_ANSWERS);
        this.people = new KeptAnswers(readOnly, mostPeople * CONFIDENCE_CHOICES.size());
    }

    /**
     * The answer of page {@code page} for entity {@code key} and the request's minimum confidence {@code
     * confidence} (empty, or {@code minConfidence} to its normalised value): the one kept, or being computed,
     * when the page is one kept, else the one {@code compute} gives.
     */
    Map<String, AppQueries.Section> answer(String page, String key, Map<String, String> confidence,
            Supplier<Map<String, AppQueries.Section>> compute) {
        if (page.equals("home")) {
            return storeWide.get(homeKey(confidence), compute);
        }
        if (page.equals("person") && kept.contains(key)
                && CONFIDENCE_CHOICES.contains(confidence.getOrDefault("minConfidence", ""))) {
            // the person page reads no parameter but the confidence: the key and it are all it is computed from
            return people.get(personKey(key, confidence), compute);
        }
        return compute.get();
    }

    /** From now on, keeps the pages of the people of keys {@code keys} (at most the number given at construction). */
    void keepPeople(List<String> keys) {
        kept = Set.copyOf(keys);
    }

    /** Whether the home page's answers for the minimum confidence {@code confidence} are kept. */
    boolean homeKept(Map<String, String> confidence) {
        return storeWide.holds(homeKey(confidence));
    }

    /** Whether the page of person {@code key} for the minimum confidence {@code confidence} is kept. */
    boolean personKept(String key, Map<String, String> confidence) {
        return people.holds(personKey(key, confidence));
    }

    private static String homeKey(Map<String, String> confidence) {
        return "home " + confidence;
    }

    private static String personKey(String key, Map<String, String> confidence) {
        return "person " + key + " " + confidence;
    }
}
