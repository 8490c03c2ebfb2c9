package org.w3id.dmkg.link;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.link.Decision.Outcome;
import org.w3id.dmkg.link.Decision.Scored;

/**
 * Scores the candidates of a person and decides. A candidate must be human. Its score adds up:
 * {@value #LABEL} when the name is the candidate's label ({@value #ALIAS} when only an alias),
 * {@value #CITIZENSHIP} when a citizenship is the country of one of the person's offices, and
 * {@value #POSITION_IN_TIME} when a position held contains every word of one of the person's roles
 * ("President of Russia" for "President") and covers a date the person was active
 * ({@value #POSITION} when no such date falls inside it). The best candidate is linked when its
 * score reaches {@code threshold} and beats the second best by at least {@code margin}.
 * Immutable and thread-safe.
 */
public record Scorer(double threshold, double margin) {
    public static final double LABEL = 0.5;
    public static final double ALIAS = 0.35;
    public static final double CITIZENSHIP = 0.25;
    public static final double POSITION_IN_TIME = 0.25;
    public static final double POSITION = 0.1;
    /** Threshold 0.6 and margin 0.15: a name alone never links, a name with one corroboration does. */
    public static final Scorer DEFAULT = new Scorer(0.6, 0.15);
    private static final double EPSILON = 1e-9;

    /** The decision for {@code person} among {@code candidates} (non-humans are ignored). */
    public Decision decide(PersonProfile person, Collection<Candidate> candidates) {
        List<Scored> ranked = candidates.stream().filter(Candidate::human)
                .map(c -> new Scored(c, score(person, c)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> s.candidate().iri()))
                .toList();
        if (ranked.isEmpty()) {
            return new Decision(person, Outcome.NOT_FOUND, ranked);
        }
        double best = ranked.get(0).score();
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        boolean clear = best >= threshold - EPSILON && best - second >= margin - EPSILON;
        return new Decision(person, clear ? Outcome.LINKED : Outcome.AMBIGUOUS, ranked);
    }

    /** The score of {@code candidate} for {@code person}, in 0..1. */
    public double score(PersonProfile person, Candidate candidate) {
        double score = candidate.exactLabel() ? LABEL : ALIAS;
        if (!Collections.disjoint(person.countries(), candidate.citizenships())) {
            score += CITIZENSHIP;
        }
        return Math.min(1, score + position(person, candidate));
    }

    private static double position(PersonProfile person, Candidate candidate) {
        double best = 0;
        for (HeldPosition held : candidate.positions()) {
            if (person.roles().stream().anyMatch(role -> contains(held.label(), role))) {
                boolean inTime = person.dates().stream().anyMatch(held::covers);
                best = Math.max(best, inTime ? POSITION_IN_TIME : POSITION);
            }
        }
        return best;
    }

    /** Whether every word of {@code role} is a word of {@code label}, accents and case ignored. */
    static boolean contains(String label, String role) {
        List<String> roleWords = NameKeys.words(role);
        Set<String> labelWords = new HashSet<>(NameKeys.words(label));
        return !roleWords.isEmpty() && labelWords.containsAll(roleWords);
    }
}
