package org.w3id.dmkg.link;

import java.time.LocalDate;

/**
 * A position an external entity held (Wikidata {@code p:P39}), with its English label and the
 * qualifiers start ({@code pq:P580}) and end ({@code pq:P582}); a null bound is open.
 */
public record HeldPosition(String iri, String label, LocalDate start, LocalDate end) {
    /** Whether {@code date} falls inside [start, end], bounds included. */
    public boolean covers(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
