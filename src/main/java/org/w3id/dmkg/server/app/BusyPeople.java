package org.w3id.dmkg.server.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3id.dmkg.rdf.DMKG;

/**
 * Whose person pages a server computes ahead and keeps ({@link PageData#prepare}): the people in at least
 * {@code minMeetings} meetings, at most {@code most} of them, the busiest first. A person page takes time
 * with the person's meetings (on the 100,000-article synthetic store, on two busy cores: 87 meetings 0.1 s,
 * 1,006 meetings 0.17 s, 2,319 meetings 0.24-0.45 s, 5,625 meetings 0.8 s), and a kept page holds at most its
 * lists' caps of rows (about 1,300), so the few busiest people are those worth keeping.
 *
 * @param minMeetings the fewest meetings of a person whose pages are kept
 * @param most        the most people whose pages are kept, which bounds their memory: each is kept for
 *                    each of the {@link KeptPages#CONFIDENCE_CHOICES}
 */
record BusyPeople(long minMeetings, int most) {
    /** From about 1,000 meetings on, a busy machine may take a page past the 300 ms it may take. */
    static final BusyPeople DEFAULT = new BusyPeople(1_000, 20);

    BusyPeople {
        if (minMeetings < 1 || most < 1) {
            throw new IllegalArgumentException("minMeetings and most must be positive");
        }
    }

    /** The keys of the people chosen, the busiest first, found by the named query {@code busiest-people}. */
    List<String> find(AppQueries queries) {
        String prefix = DMKG.ID + "person/";
        List<String> keys = new ArrayList<>();
        for (Map<String, String> row : queries.run("busiest-people",
                Map.of("minMeetings", Long.toString(minMeetings)), most).rows()) {
            String iri = row.get("person");
            if (iri != null && iri.startsWith(prefix) && PageData.isKey(iri.substring(prefix.length()))) {
                keys.add(iri.substring(prefix.length()));
            }
        }
        return List.copyOf(keys);
    }
}
