package org.w3id.dmkg.server.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Page answers kept once computed, each under the key of everything it was computed from: the home page's
 * answers about the whole store, which take seconds on a large store, and the person pages of the people in
 * the most meetings ({@link KeptPages}). A read-only server's store cannot change while it runs (TDB2
 * lets no other process open it), so its answers are kept for its lifetime; when the server allows updates,
 * an answer is kept {@value #UPDATABLE_MS} ms. At most {@code maxEntries} answers are kept: one more drops
 * all the others. A request arriving while the answer is being computed for another waits for that
 * computation instead of starting another. Thread-safe.
 */
final class KeptAnswers {
    static final long UPDATABLE_MS = 60_000;

    private record Entry(CompletableFuture<Map<String, AppQueries.Section>> answer, long at) {
    }

    private final boolean readOnly;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Answers kept for the lifetime when {@code readOnly}, else {@value #UPDATABLE_MS} ms; at most {@code maxEntries}. */
    KeptAnswers(boolean readOnly, int maxEntries) {
        this(readOnly, maxEntries, System::currentTimeMillis);
    }

    /** As above, with the time in milliseconds read from {@code clock} (for tests). */
    KeptAnswers(boolean readOnly, int maxEntries, LongSupplier clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.readOnly = readOnly;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** Whether an answer is kept under {@code key}, computed, not failed and not expired. */
    boolean holds(String key) {
        Entry e = entries.get(key);
        return e != null && fresh(e, clock.getAsLong()) && e.answer().isDone() && !e.answer().isCompletedExceptionally();
    }

    /**
     * The answer kept under {@code key}, else the one being computed, else the one {@code compute} gives,
     * then kept. A computation that fails is not kept; its failure is thrown to every request that waited
     * for it.
     */
    Map<String, AppQueries.Section> get(String key, Supplier<Map<String, AppQueries.Section>> compute) {
        while (true) {
            long now = clock.getAsLong();
            Entry e = entries.get(key);
            if (e != null && fresh(e, now)) {
                return join(e.answer());
            }
            Entry mine = new Entry(new CompletableFuture<>(), now);
            boolean claimed = e == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, e, mine);
            if (!claimed) {
                continue; // another request claimed it first: wait for its answer
            }
            if (entries.size() > maxEntries) {
                entries.keySet().removeIf(k -> !k.equals(key));
            }
            try {
                // in the order computed: the page lists its sections in that order
                mine.answer().complete(Collections.unmodifiableMap(new LinkedHashMap<>(compute.get())));
            } catch (RuntimeException | Error failure) {
                entries.remove(key, mine);
                mine.answer().completeExceptionally(failure);
                throw failure;
            }
            return join(mine.answer());
        }
    }

    private boolean fresh(Entry e, long now) {
        return readOnly || now - e.at() < UPDATABLE_MS;
    }

    private static Map<String, AppQueries.Section> join(CompletableFuture<Map<String, AppQueries.Section>> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
