package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/** Mentions of a document by start offset and in text order. Immutable. */
public final class MentionIndex {
    private final Map<Integer, Mention> byStart = new HashMap<>();
    private final Map<Integer, Mention> byEnd = new HashMap<>();
    private final List<Mention> ordered;

    public MentionIndex(List<Mention> mentions) {
        ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        for (Mention m : ordered) {
            byStart.putIfAbsent(m.start(), m);
            byEnd.putIfAbsent(m.end(), m);
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
        for (Mention m : ordered) {
            if (m.start() <= offset && offset < m.end()) {
                return true;
            }
            if (m.start() > offset) {
                return false;
            }
        }
        return false;
    }

    /** Whether a mention covers the offset without starting there. */
    public boolean coversInside(int offset) {
        for (Mention m : ordered) {
            if (m.start() < offset && offset < m.end()) {
                return true;
            }
            if (m.start() > offset) {
                return false;
            }
        }
        return false;
    }

    /** Mentions of a type inside [start, end), in order. */
    public List<Mention> within(int start, int end, MentionType type) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ordered) {
            if (m.start() >= start && m.end() <= end && (type == null || m.type() == type)) {
                out.add(m);
            }
        }
        return out;
    }

    public List<Mention> all() {
        return ordered;
    }
}
