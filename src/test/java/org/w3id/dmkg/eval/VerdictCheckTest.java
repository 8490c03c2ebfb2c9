package org.w3id.dmkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.learn.MeetingLabels;

/** Verdicts matched to the meetings a graph states: kept with their confidence, dropped at 0, others unread. */
class VerdictCheckTest {
    private static final String GRAPH = ScorerTest.PREFIXES + """
            :a a schema:NewsArticle ; schema:url <http://example.org/1> .
            :trump a schema:Person ; rdfs:label "Donald J. Trump" .
            :putin a schema:Person ; rdfs:label "Vladimir Putin" .
            :comey a schema:Person ; rdfs:label "James Comey" .
            :m1 a dmkg:Meeting ; prov:wasDerivedFrom :a ; schema:attendee :trump, :putin ; dmkg:confidence 0.91 .
            :m2 a dmkg:Meeting ; prov:wasDerivedFrom :a ; schema:attendee :trump, :comey .
            """;
    private static final String VERDICTS = """
            # a comment, then verdicts on two articles, one of which the graph does not hold
            http://example.org/1\tDonald Trump + Putin\tyes
            http://example.org/1\tJames Comey + Donald Trump\tno
            http://example.org/1\tPutin + Comey\tyes
            http://example.org/2\tA + B\tno
            """;

    @Test
    void readsEachVerdictOfTheArticlesTheGraphHolds() throws IOException {
        Model model = ModelFactory.createDefaultModel().read(new StringReader(GRAPH), null, "TTL");
        MeetingLabels verdicts = MeetingLabels.read(new ByteArrayInputStream(VERDICTS.getBytes(StandardCharsets.UTF_8)));
        List<Calibration.Judged> judged = VerdictCheck.judge(verdicts, new GraphFacts(model));
        assertEquals(List.of(new Calibration.Judged(0.91, true), new Calibration.Judged(1, false),
                new Calibration.Judged(0, true)), judged);
    }
}
