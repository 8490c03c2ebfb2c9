package org.w3id.dmkg.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Answers kept once computed, without a store: computed once, in order, expired only when updates are allowed. */
class KeptAnswersTest {
    private static Map<String, AppQueries.Section> answer(String... sections) {
        Map<String, AppQueries.Section> out = new LinkedHashMap<>();
        for (String s : sections) {
            out.put(s, new AppQueries.Section(List.of(Map.of("name", s)), false, 1));
        }
        return out;
    }

    private static Supplier<Map<String, AppQueries.Section>> counting(AtomicInteger runs, String... sections) {
        return () -> {
            runs.incrementAndGet();
            return answer(sections);
        };
    }

    @Test
    void aReadOnlyAnswerIsComputedOnceAndKeepsItsSectionsInOrder() {
        AtomicLong now = new AtomicLong();
        KeptAnswers kept = new KeptAnswers(true, 4, now::get);
        AtomicInteger runs = new AtomicInteger();
        List<String> order = List.of("entity", "offices", "meetings", "countries", "network", "articles");
        Map<String, AppQueries.Section> first = kept.get("person a", counting(runs, order.toArray(String[]::new)));
        now.addAndGet(KeptAnswers.UPDATABLE_MS * 100);
        Map<String, AppQueries.Section> again = kept.get("person a", counting(runs, "other"));
        assertSame(first, again);
        assertEquals(1, runs.get());
        assertEquals(order, List.copyOf(again.keySet()), "the page lists its sections in the order computed");
        assertTrue(kept.holds("person a"));
        assertFalse(kept.holds("person b"));
    }

    @Test
    void withUpdatesAnAnswerExpires() {
        AtomicLong now = new AtomicLong();
        KeptAnswers kept = new KeptAnswers(false, 4, now::get);
        AtomicInteger runs = new AtomicInteger();
        kept.get("home {}", counting(runs, "figures"));
        now.addAndGet(KeptAnswers.UPDATABLE_MS - 1);
        kept.get("home {}", counting(runs, "figures"));
        assertEquals(1, runs.get(), "kept within the minute");
        now.addAndGet(1);
        assertFalse(kept.holds("home {}"));
        kept.get("home {}", counting(runs, "figures"));
        assertEquals(2, runs.get(), "computed again after it");
    }

    @Test
    void aRequestArrivingDuringTheComputationWaitsForIt() throws Exception {
        KeptAnswers kept = new KeptAnswers(true, 4);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService requests = Executors.newFixedThreadPool(2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Map<String, AppQueries.Section>> first = CompletableFuture.supplyAsync(() ->
                kept.get("person a", () -> {
                    runs.incrementAndGet();
                    started.countDown();
                    await(release);
                    return answer("meetings");
                }), requests);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        CompletableFuture<Map<String, AppQueries.Section>> second = CompletableFuture.supplyAsync(() ->
                kept.get("person a", counting(runs, "second")), requests);
        Thread.sleep(200);
        assertFalse(second.isDone(), "waits for the computation under way");
        release.countDown();
        assertSame(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
        assertEquals(1, runs.get());
        requests.shutdown();
    }

    @Test
    void aFailureIsNotKept() {
        KeptAnswers kept = new KeptAnswers(true, 4);
        assertThrows(IllegalStateException.class, () -> kept.get("home {}", () -> {
            throw new IllegalStateException("timeout");
        }));
        assertFalse(kept.holds("home {}"));
        AtomicInteger runs = new AtomicInteger();
        kept.get("home {}", counting(runs, "figures"));
        assertEquals(1, runs.get());
        assertTrue(kept.holds("home {}"));
    }

    @Test
    void oneAnswerTooManyDropsTheOthers() {
        KeptAnswers kept = new KeptAnswers(true, 2);
        AtomicInteger runs = new AtomicInteger();
        kept.get("a", counting(runs, "x"));
        kept.get("b", counting(runs, "x"));
        assertTrue(kept.holds("a") && kept.holds("b"));
        kept.get("c", counting(runs, "x"));
        assertTrue(kept.holds("c"));
        assertFalse(kept.holds("a") || kept.holds("b"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
