package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;

/**
 * Merges the reports of one meeting within an article (a photo caption, the lead, a later sentence):
 * same participants and channel (in person or remote) with dates no more than a few days apart, or
 * any channel on the same date. The
 * merged meeting keeps the first date, the most specific place, and the highest confidence of its reports
 * (the judge's probability that it is a meeting).
 */
final class MeetingMerger {
    /** Reports of the same people meeting within this many days are taken for one visit's meeting. */
    private static final int SAME_VISIT_DAYS = 3;

    private MeetingMerger() {
    }

    /** Merges the reports, in the order of their first report. */
    static List<MeetingFact> merge(List<MeetingFact> meetings, Gazetteer gazetteer) {
        Map<String, List<MeetingFact>> groups = new LinkedHashMap<>();
        for (MeetingFact m : meetings) {
            String key = new TreeSet<>(m.participants()).toString();
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

    /** The more telling mode wins: a call or video link over talks over a plain meeting. */
    private static int rank(MeetingMode mode) {
        return switch (mode) {
            case IN_PERSON, VISIT -> 0;
            case TALKS -> 1;
            case PHONE, VIDEO -> 2;
        };
    }

    private static int indexOfCompatible(List<MeetingFact> merged, MeetingFact m) {
        for (int i = 0; i < merged.size(); i++) {
            MeetingFact a = merged.get(i);
            boolean bothDated = a.date() != null && m.date() != null;
            boolean sameChannel = a.mode().remote() == m.mode().remote();
            if (sameChannel && (!bothDated || Math.abs(a.date().toEpochDay() - m.date().toEpochDay()) <= SAME_VISIT_DAYS)
                    || bothDated && a.date().equals(m.date())) {
                return i;
            }
        }
        return -1;
    }

    private static MeetingFact combine(MeetingFact a, MeetingFact b, Gazetteer gazetteer) {
        String place = specificity(b.place(), gazetteer) > specificity(a.place(), gazetteer) ? b.place() : a.place();
        MeetingMode mode = rank(b.mode()) > rank(a.mode()) ? b.mode() : a.mode();
        return new MeetingFact(mode, a.planned() && b.planned(), a.participants(),
                a.host() != null ? a.host() : b.host(), a.host() != null ? a.guest() : b.guest(),
                a.date() != null ? a.date() : b.date(), place,
                Math.max(a.confidence(), b.confidence()), a.evidence(), a.marks());
    }

    private static int specificity(String place, Gazetteer gazetteer) {
        if (place == null) {
            return 0;
        }
        return gazetteer.entry(place).map(e -> switch (e.kind()) {
            case VENUE -> 3;
            case CITY -> 2;
            case REGION -> 1;
            default -> 1;
        }).orElse(0);
    }
}
