package org.w3id.dmkg.extract;

import java.util.List;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Everything extracted from one article, with the article itself: the persons and entities it mentions,
 * the organizations credited as its source ({@code sources}), and its facts.
 */
public record ArticleFacts(SourceDocument source, List<PersonFact> persons, List<EntityFact> entities,
                           List<EntityFact> sources, List<MeetingFact> meetings, List<OfficeHolding> offices,
                           List<AnniversaryFact> anniversaries, List<StatementFact> statements) {
    public ArticleFacts {
        persons = List.copyOf(persons);
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
        meetings = List.copyOf(meetings);
        offices = List.copyOf(offices);
        anniversaries = List.copyOf(anniversaries);
        statements = List.copyOf(statements);
    }
}
