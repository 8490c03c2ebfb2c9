package org.w3id.dmkg.server.app;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers about the whole store (its figures, its latest meetings), kept once computed: they take
 * seconds on a large store, and a read-only server's store cannot change while it runs (TDB2 lets no
 * other process open it). When the server allows updates, an answer is kept {@value #UPDATABLE_MS} ms.
 * At most {@value #MAX_ENTRIES} answers are kept. A request arriving while the answer is being computed
 * for another waits for that computation instead of starting another. Thread-safe.
 */
final class StoreWideCache {
    static final long UPDATABLE_MS = 60_000;
    static final int MAX_ENTRIES = 32;

    private record Entry(CompletableFuture<Map<String, AppQueries.Section>> answer, long at) {
    }

    private final boolean readOnly;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    StoreWideCache(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Whether an answer is kept under {@code key}, computed and not failed. */
    boolean holds(String key) {
        Entry e = entries.get(key);
        return e != null && e.answer().isDone() && !e.answer().isCompletedExceptionally();
    }

    /**
     * The answer kept under {@code key}, else the one being computed, else the one {@code compute} gives,
     * then kept. A computation that fails is not kept; its failure is thrown to every request that waited
     * for it.
     */
    Map<String, AppQueries.Section> get(String key, Supplier<Map<String, AppQueries.Section>> compute) {
        while (true) {
            long now = System.currentTimeMillis();
            Entry e = entries.get(key);
            if (e != null && (readOnly || now - e.at() < UPDATABLE_MS)) {
                return join(e.answer());
            }
            Entry mine = new Entry(new CompletableFuture<>(), now);
            boolean claimed = e == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, e, mine);
            if (!claimed) {
                continue; // another request claimed it first: wait for its answer
            }
            if (entries.size() > MAX_ENTRIES) {
                entries.keySet().removeIf(k -> !k.equals(key));
            }
            try {
                mine.answer().complete(Map.copyOf(compute.get()));
            } catch (RuntimeException | Error failure) {
                entries.remove(key, mine);
                mine.answer().completeExceptionally(failure);
                throw failure;
            }
            return join(mine.answer());
        }
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
