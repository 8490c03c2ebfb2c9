package org.w3id.dmkg.extract;

import java.util.List;
import org.w3id.dmkg.text.SourceDocument;

/** Everything extracted from one article, with the article itself. */
public record ArticleFacts(SourceDocument source, List<PersonFact> persons, List<EntityFact> entities,
                           List<MeetingFact> meetings, List<OfficeHolding> offices,
                           List<AnniversaryFact> anniversaries, List<StatementFact> statements) {
    public ArticleFacts {
        persons = List.copyOf(persons);
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        offices = List.copyOf(offices);
        anniversaries = List.copyOf(anniversaries);
        statements = List.copyOf(statements);
    }
}
