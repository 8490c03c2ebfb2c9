package org.w3id.dmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.link.Decision.Outcome;

class ScorerTest {
    static final String RUSSIA = "http://www.wikidata.org/entity/Q159";
    static final LocalDate MEETING = LocalDate.of(2025, 2, 28);

    static PersonProfile person(Set<String> roles, Set<String> countries) {
        return new PersonProfile("urn:p", Set.of("Sergei Shoigu"), roles, countries, Set.of(MEETING));
    }

    static Candidate candidate(String id, boolean label, HeldPosition... positions) {
        return new Candidate("http://www.wikidata.org/entity/" + id, label, true, Set.of(RUSSIA), List.of(positions));
    }

    @Test
    void roleWordsMustAllAppearAsWords() {
        assertTrue(Scorer.contains("President of Russia", "President"));
        assertTrue(Scorer.contains("Minister of Foreign Affairs of Russia", "Foreign Minister"));
        assertTrue(Scorer.contains("Président de la République", "President"));
        assertFalse(Scorer.contains("Presidential Envoy", "President"));
        assertFalse(Scorer.contains("Secretary of State", ""));
    }

    @Test
    void aPositionCountsFullyOnlyWhenItCoversADate() {
        HeldPosition now = new HeldPosition("urn:s", "Secretary of the Security Council", LocalDate.of(2024, 5, 12), null);
        HeldPosition past = new HeldPosition("urn:m", "Secretary of Defence", LocalDate.of(2012, 1, 1),
                LocalDate.of(2024, 5, 12));
        PersonProfile p = person(Set.of("Secretary"), Set.of(RUSSIA));
        assertEquals(1.0, Scorer.DEFAULT.score(p, candidate("Q1", true, now)), 1e-9);
        assertEquals(0.85, Scorer.DEFAULT.score(p, candidate("Q1", true, past)), 1e-9);
        assertEquals(0.7, Scorer.DEFAULT.score(p, candidate("Q1", false, past)), 1e-9);
    }

    @Test
    void aNameAloneNeverLinks() {
        PersonProfile p = person(Set.of(), Set.of());
        Decision d = Scorer.DEFAULT.decide(p, List.of(candidate("Q1", true)));
        assertEquals(Outcome.AMBIGUOUS, d.outcome());
    }

    @Test
    void theBestMustBeatTheSecondByTheMargin() {
        HeldPosition now = new HeldPosition("urn:s", "Secretary", LocalDate.of(2024, 5, 12), null);
        PersonProfile p = person(Set.of("Secretary"), Set.of(RUSSIA));
        Decision clear = Scorer.DEFAULT.decide(p, List.of(candidate("Q1", true, now), candidate("Q2", true)));
        assertEquals(Outcome.LINKED, clear.outcome());
        assertEquals("Q1", clear.link().id());
        List<Candidate> close = List.of(candidate("Q1", true, now), candidate("Q2", false, now));
        assertEquals(Outcome.LINKED, Scorer.DEFAULT.decide(p, close).outcome(), "1.0 against 0.85: margin met");
        assertEquals(Outcome.AMBIGUOUS, new Scorer(0.6, 0.2).decide(p, close).outcome());
        Decision tie = Scorer.DEFAULT.decide(p, List.of(candidate("Q1", true, now), candidate("Q2", true, now)));
        assertEquals(Outcome.AMBIGUOUS, tie.outcome());
    }

    @Test
    void nonHumansAreNotCandidates() {
        Candidate film = new Candidate("http://www.wikidata.org/entity/Q9", true, false, Set.of(RUSSIA), List.of());
        assertEquals(Outcome.NOT_FOUND, Scorer.DEFAULT.decide(person(Set.of(), Set.of(RUSSIA)), List.of(film)).outcome());
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertEquals("recep tayyip erdogan", NameKeys.key("Recep Tayyip  Erdoğan"));
        assertEquals("Erdogan", NameKeys.stripAccents("Erdoğan"));
    }
}
