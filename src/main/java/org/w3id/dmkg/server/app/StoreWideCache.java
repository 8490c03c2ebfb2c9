package org.w3id.dmkg.server.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers about the whole store (its figures, its latest meetings), kept once computed: they take
 * seconds on a large store, and a read-only server's store cannot change while it runs (TDB2 lets no
 * other process open it). When the server allows updates, an answer is kept {@value #UPDATABLE_MS} ms.
 * At most {@value #MAX_ENTRIES} answers are kept. Thread-safe.
 */
final class StoreWideCache {
    static final long UPDATABLE_MS = 60_000;
    static final int MAX_ENTRIES = 32;

    private record Entry(Map<String, AppQueries.Section> sections, long at) {
    }

    private final boolean readOnly;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    StoreWideCache(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** The answer kept under {@code key}, else the one {@code compute} gives, then kept. */
    Map<String, AppQueries.Section> get(String key, Supplier<Map<String, AppQueries.Section>> compute) {
        long now = System.currentTimeMillis();
        Entry e = entries.get(key);
        if (e != null && (readOnly || now - e.at() < UPDATABLE_MS)) {
            return e.sections();
        }
        Map<String, AppQueries.Section> fresh = Map.copyOf(compute.get());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(fresh, now));
        return fresh;
    }
}
