package org.w3id.dmkg.extract;

import java.util.List;
import org.w3id.dmkg.extract.anniversary.AnniversaryFact;
import org.w3id.dmkg.extract.meeting.MeetingFact;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.extract.person.PersonFact;
import org.w3id.dmkg.extract.statement.StatementFact;
import org.w3id.dmkg.text.FoldedText;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Everything extracted from one article, with the article itself: the persons and entities it mentions,
 * the organizations credited as its source ({@code sources}), and its facts.
 *
 * @param source the article as read
 * @param folded its text as the extractors read it: every {@link Span} of the facts is into
 *               {@code folded.text()}; {@link #inSource} maps a span to {@code source.text()}
 */
public record ArticleFacts(SourceDocument source, FoldedText folded, List<PersonFact> persons, List<EntityFact> entities,
                           List<EntityFact> sources, List<MeetingFact> meetings, List<OfficeHolding> offices,
                           List<AnniversaryFact> anniversaries, List<StatementFact> statements) {
    public ArticleFacts {
        if (!folded.original().equals(source.text())) {
            throw new IllegalArgumentException("the folded text is not that of " + source.origin());
        }
        persons = List.copyOf(persons);
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
        meetings = List.copyOf(meetings);
        offices = List.copyOf(offices);
        anniversaries = List.copyOf(anniversaries);
        statements = List.copyOf(statements);
    }

    /** A span of the folded text as the same stretch of the article's text as read. */
    public Span inSource(Span span) {
        return new Span(folded.originalStart(span.start()), folded.originalEnd(span.end()));
    }
}
