package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/** Mentions of a document by start and end offset and in text order; lookups are hash or binary searches. Immutable. */
public final class MentionIndex {
    private final Map<Integer, Mention> byStart = new HashMap<>();
    private final Map<Integer, Mention> byEnd = new HashMap<>();
    private final List<Mention> ordered;
    /** maxEnd[i]: the largest end offset of ordered[0..i], so coverage is one binary search. */
    private final int[] maxEnd;

    public MentionIndex(List<Mention> mentions) {
        ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        for (Mention m : ordered) {
            byStart.putIfAbsent(m.start(), m);
            byEnd.putIfAbsent(m.end(), m);
        }
        maxEnd = new int[ordered.size()];
        for (int i = 0; i < maxEnd.length; i++) {
            maxEnd[i] = Math.max(ordered.get(i).end(), i > 0 ? maxEnd[i - 1] : Integer.MIN_VALUE);
        }
    }

    /** The mention starting at the offset, or null. */
    public Mention at(int start) {
        return byStart.get(start);
    }

    /** The mention ending at the offset, or null. */
    public Mention endingAt(int end) {
        return byEnd.get(end);
    }

    /** Whether any mention covers the offset. */
    public boolean covers(int offset) {
        int j = lastStartingBefore(offset + 1);
        return j >= 0 && maxEnd[j] > offset;
    }

    /** Whether a mention covers the offset without starting there. */
    public boolean coversInside(int offset) {
        int j = lastStartingBefore(offset);
        return j >= 0 && maxEnd[j] > offset;
    }

    /** Mentions of a type inside [start, end), in order. */
    public List<Mention> within(int start, int end, MentionType type) {
        List<Mention> out = new ArrayList<>();
        for (int i = lastStartingBefore(start) + 1; i < ordered.size() && ordered.get(i).start() <= end; i++) {
            Mention m = ordered.get(i);
            if (m.end() <= end && (type == null || m.type() == type)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The index of the last mention (in order) starting before the offset, or -1. */
    private int lastStartingBefore(int offset) {
        int lo = 0;
        int hi = ordered.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ordered.get(mid).start() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    public List<Mention> all() {
        return ordered;
    }
}
