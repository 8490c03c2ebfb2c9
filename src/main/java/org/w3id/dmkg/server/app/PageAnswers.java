package org.w3id.dmkg.server.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.dmkg.server.ServerSettings;
import org.w3id.dmkg.store.DmkgStore;

/**
 * The data of the web app's pages without HTTP: what {@code GET /api/PAGE} answers, by the same code
 * ({@link PageData} over the named queries), for benchmarks. Answers are kept as a read-only server keeps
 * them. Thread-safe.
 */
public final class PageAnswers {
    /**
     * One page's answer: the rows of each section, the milliseconds each section's query took (the
     * queries of a page run side by side) and those the page's data took.
     */
    public record Answer(Map<String, List<Map<String, String>>> sections, Map<String, Double> sectionMs, double ms) {
        /** The rows of section {@code name}, empty when the page has no such section. */
        public List<Map<String, String>> rows(String name) {
            return sections.getOrDefault(name, List.of());
        }
    }

    /**
     * What {@link #prepare} computed: the keys of the people whose pages it keeps, the values of the request
     * parameter {@code minConfidence} each is kept for ("" for none), and the milliseconds it took.
     */
    public record Prepared(List<String> people, List<String> confidences, double ms) {
    }

    private final PageData pages;

    public PageAnswers(DmkgStore store, ServerSettings settings) {
        this.pages = new PageData(new AppQueries(store, settings), true, BusyPeople.DEFAULT);
    }

    /**
     * Computes and keeps, now, what a read-only server computes in the background as soon as it listens
     * ({@link WebApp#prepare}): the home page's answers, then the pages of the busiest people. Pages asked
     * after that are answered as a server answers them once its preparation is over; before, as it answers
     * them while it starts.
     */
    public Prepared prepare() {
        long start = System.nanoTime();
        List<String> people = pages.prepare(() -> false);
        return new Prepared(people, KeptPages.CONFIDENCE_CHOICES, (System.nanoTime() - start) / 1e6);
    }

    /**
     * The answer of page {@code page} about entity {@code key} (null for pages of no entity) to request
     * parameters {@code request}.
     *
     * @throws org.w3id.dmkg.DmkgException {@code USAGE} for a bad value
     * @throws IllegalArgumentException for a page the app does not have
     */
    public Answer get(String page, String key, Map<String, String> request) {
        long start = System.nanoTime();
        Map<String, AppQueries.Section> sections = pages.sections(page, key, request);
        double ms = (System.nanoTime() - start) / 1e6;
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        Map<String, Double> sectionMs = new LinkedHashMap<>();
        sections.forEach((name, s) -> {
            rows.put(name, s.rows());
            sectionMs.put(name, s.ms());
        });
        return new Answer(rows, sectionMs, ms);
    }
}
