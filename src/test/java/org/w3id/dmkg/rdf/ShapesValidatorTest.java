package org.w3id.dmkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

class ShapesValidatorTest {
    private final ShapesValidator validator = ShapesValidator.get();

    @Test
    void fixtureArticlesConform() {
        for (Model m : List.of(Fixture.article1(), Fixture.article2(), Fixture.reference())) {
            ValidationReport r = validator.validate(m);
            assertTrue(r.conforms(), () -> String.join("\n", r.messages()));
            assertEquals(List.of(), r.messages());
        }
    }

    @Test
    void unionOfFixtureConforms() {
        Model all = ModelFactory.createDefaultModel().add(Fixture.article1()).add(Fixture.article2()).add(Fixture.reference());
        ValidationReport r = validator.validate(all);
        assertTrue(r.conforms(), () -> String.join("\n", r.messages()));
    }

    @Test
    void meetingWithOneAttendeeAndConfidenceAboveOneIsRefused() {
        Model m = Fixture.article1();
        Resource meeting = m.getResource(Fixture.MEETING);
        m.removeAll(meeting, SCHEMA.attendee, m.getResource(DMKG.ID + "person/sergei-shoigu"));
        m.removeAll(meeting, DMKG.confidence, null);
        meeting.addLiteral(DMKG.confidence, m.createTypedLiteral(new BigDecimal("1.5")));
        ValidationReport r = validator.validate(m);
        assertFalse(r.conforms());
        String all = String.join("\n", r.messages());
        assertTrue(all.contains("schema:attendee"), all);
        assertTrue(all.contains("dmkg:confidence"), all);
        // the guest is no longer an attendee
        assertTrue(all.contains("must also be a schema:attendee"), all);
        r.messages().forEach(msg -> assertFalse(msg.contains("\n"), msg));
    }

    @Test
    void evidenceWithNegativeOffsetIsRefused() {
        Model m = Fixture.article1();
        Resource ev = m.getResource(Fixture.A1 + "#char=0,24");
        m.removeAll(ev, NIF.beginIndex, null);
        ev.addLiteral(NIF.beginIndex, -3);
        ValidationReport r = validator.validate(m);
        assertFalse(r.conforms());
        assertTrue(String.join("\n", r.messages()).contains("nif:beginIndex"), r.messages().toString());
    }
}
