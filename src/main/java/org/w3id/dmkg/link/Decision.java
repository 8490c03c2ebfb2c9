package org.w3id.dmkg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the linker decided for one person.
 *
 * @param person  the person
 * @param outcome linked, ambiguous (candidates, none clearly best) or not found (no human candidate)
 * @param ranked  the human candidates with their scores, best first; for a link, the first is chosen
 */
public record Decision(PersonProfile person, Outcome outcome, List<Scored> ranked) {
    /** The kinds of decision. */
    public enum Outcome { LINKED, AMBIGUOUS, NOT_FOUND }

    /** A candidate and its score in 0..1. */
    public record Scored(Candidate candidate, double score) {
    }

    public Decision {
        ranked = List.copyOf(ranked);
        if (outcome == Outcome.LINKED && ranked.isEmpty()) {
            throw new IllegalArgumentException("a link needs a candidate");
        }
    }

    /** The chosen entity, or null unless linked. */
    public Candidate link() {
        return outcome == Outcome.LINKED ? ranked.get(0).candidate() : null;
    }

    /** The confidence of the link: the chosen candidate's score, two decimals; null unless linked. */
    public BigDecimal confidence() {
        return outcome == Outcome.LINKED
                ? BigDecimal.valueOf(ranked.get(0).score()).setScale(2, RoundingMode.HALF_UP) : null;
    }

    /** One line for people: the name and the candidates with their scores. */
    public String describe() {
        String candidates = ranked.stream()
                .map(s -> s.candidate().id() + " " + BigDecimal.valueOf(s.score()).setScale(2, RoundingMode.HALF_UP))
                .collect(Collectors.joining(", "));
        return person.name() + (candidates.isEmpty() ? "" : ": " + candidates);
    }
}
