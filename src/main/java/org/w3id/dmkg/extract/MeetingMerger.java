package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Merges the reports of one meeting within an article (a photo caption, the lead, a later sentence):
 * same participants, same kind of channel (in person or remote), dates that do not disagree. The
 * merged meeting keeps the first date, the most specific place, and the highest confidence raised a
 * little for each further report.
 */
final class MeetingMerger {
    private MeetingMerger() {
    }

    static List<MeetingFact> merge(List<MeetingFact> meetings, Gazetteer gazetteer) {
        Map<String, List<MeetingFact>> groups = new LinkedHashMap<>();
        for (MeetingFact m : meetings) {
            String key = new TreeSet<>(m.participants()) + "|" + remote(m.mode());
            List<MeetingFact> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
            group.add(m);
        }
        List<MeetingFact> out = new ArrayList<>();
        for (List<MeetingFact> group : groups.values()) {
            List<MeetingFact> merged = new ArrayList<>();
            for (MeetingFact m : group) {
                int i = indexOfCompatible(merged, m);
                if (i < 0) {
                    merged.add(m);
                } else {
                    merged.set(i, combine(merged.get(i), m, gazetteer));
                }
            }
            out.addAll(merged);
        }
        return out;
    }

    private static boolean remote(MeetingMode mode) {
        return mode == MeetingMode.PHONE || mode == MeetingMode.VIDEO;
    }

    private static int indexOfCompatible(List<MeetingFact> merged, MeetingFact m) {
        for (int i = 0; i < merged.size(); i++) {
            MeetingFact a = merged.get(i);
            if (a.date() == null || m.date() == null || a.date().equals(m.date())) {
                return i;
            }
        }
        return -1;
    }

    private static MeetingFact combine(MeetingFact a, MeetingFact b, Gazetteer gazetteer) {
        String place = specificity(b.place(), gazetteer) > specificity(a.place(), gazetteer) ? b.place() : a.place();
        MeetingMode mode = a.mode() == MeetingMode.IN_PERSON ? b.mode() : a.mode();
        return new MeetingFact(mode, a.planned() && b.planned(), a.participants(),
                a.host() != null ? a.host() : b.host(), a.host() != null ? a.guest() : b.guest(),
                a.date() != null ? a.date() : b.date(), place,
                Math.min(0.99, Math.max(a.confidence(), b.confidence()) + 0.03), a.evidence());
    }

    private static int specificity(String place, Gazetteer gazetteer) {
        if (place == null) {
            return 0;
        }
        return gazetteer.entry(place).map(e -> switch (e.kind()) {
            case VENUE -> 3;
            case CITY -> 2;
            default -> 1;
        }).orElse(0);
    }
}
