package org.w3id.dmkg.eval;

import java.util.List;

/**
 * The gold annotation of one article, as read from its {@code ID.json} file (see the corpus README).
 * Absent optional values are {@code null}; lists are never null.
 */
public record GoldArticle(String id, String url, List<Meeting> meetings, List<Office> offices,
        List<Anniversary> anniversaries, List<String> persons, List<String> countries, List<String> organizations) {

    public GoldArticle {
        meetings = List.copyOf(meetings);
        offices = List.copyOf(offices);
        anniversaries = List.copyOf(anniversaries);
        persons = List.copyOf(persons);
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
    }

    /** A meeting, call or visit; {@code main} when the article mainly reports it. */
    public record Meeting(List<String> participants, String date, String city, boolean main) {
        public Meeting {
            participants = List.copyOf(participants);
        }

        /** Meetings between fewer than two named people (one-person visits) are not scored. */
        public boolean scored() {
            return participants.size() >= 2;
        }

        @Override
        public String toString() {
            return String.join(" + ", participants) + (date != null ? ", " + date : "")
                    + (city != null ? ", in " + city : "") + (main ? " [main]" : "");
        }
    }

    /** An office held by a person: the office's title, and the country whose office it is when known. */
    public record Office(String person, String office, String country) {
        @Override
        public String toString() {
            return person + ": " + office + (country != null ? " (" + country + ")" : "");
        }
    }

    /**
     * An anniversary: ordinal and year as the JSON spells the numbers ({@code "80"}), year {@code null}
     * when not given, and the commemorated event.
     */
    public record Anniversary(String ordinal, String year, String event) {
        @Override
        public String toString() {
            return ordinal + (year != null ? " (" + year + ")" : "") + ": " + event;
        }
    }
}
