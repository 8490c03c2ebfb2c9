package org.w3id.dmkg.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a graph states about one article, read through the public vocabulary: its meetings, office
 * holdings, anniversaries, and the label sets of the persons, countries and organizations it mentions.
 * Countries and organizations carry canonical names (see {@link Aliases}), each distinct set once.
 */
public record PredictedArticle(List<Meeting> meetings, List<Office> offices, List<Anniversary> anniversaries,
        List<Set<String>> persons, List<Set<String>> countries, List<Set<String>> organizations) {

    /** Nothing: the article is not in the graph. */
    public static final PredictedArticle EMPTY =
            new PredictedArticle(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * A meeting: the label set of each attendee in order of first appearance, the dates
     * ({@code YYYY-MM-DD}), the normalized labels of its location and every place containing it, and its
     * confidences (lexical forms; one per report when articles disagree).
     * Attendee order matters to matching (see {@link FactMatching#participantsMatch}); display sorts them.
     */
    public record Meeting(String iri, List<Set<String>> attendees, Set<String> dates, Set<String> places,
                          Set<String> confidences) {
        /** A meeting known only by its attendees' names, as a candidate before it is written. */
        public static Meeting of(List<String> names) {
            return new Meeting(null, names.stream().map(Set::of).toList(), Set.of(), Set.of(), Set.of());
        }

        /** The highest confidence stated, or -1 when none is. */
        public double confidence() {
            return confidences.stream().mapToDouble(Double::parseDouble).max().orElse(-1);
        }

        @Override
        public String toString() {
            List<String> names = attendees.stream().map(PredictedArticle::show).sorted().toList();
            return String.join(" + ", names) + (dates.isEmpty() ? "" : ", " + show(dates))
                    + (places.isEmpty() ? "" : ", in " + show(places));
        }
    }

    /** An office holding: member labels, role labels, and canonical country and organization names. */
    public record Office(String iri, Set<String> persons, Set<String> roles, Set<String> countries,
            Set<String> organizations) {
        @Override
        public String toString() {
            return show(persons) + ": " + show(roles) + (countries.isEmpty() ? "" : " (" + show(countries) + ")");
        }
    }

    /** An anniversary: ordinals and years as lexical forms, and the labels of the commemorated events. */
    public record Anniversary(String iri, Set<String> ordinals, Set<String> years, Set<String> events) {
        @Override
        public String toString() {
            return show(ordinals) + (years.isEmpty() ? "" : " (" + show(years) + ")") + ": " + show(events);
        }
    }

    /** Labels for display: sorted, separated by " / ", "?" when there are none. */
    static String show(Set<String> labels) {
        return labels.isEmpty() ? "?" : String.join(" / ", new TreeSet<>(labels));
    }
}
