package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/**
 * Marks in a decided meeting's evidence sentence what tells the meeting there: besides the meeting word its
 * proposal marked, every mention in that sentence of one of its participants, and of its place (a place or
 * country the gazetteer resolves to the meeting's place, the dateline's included). Stateless.
 */
final class EvidenceMarks {
    private EvidenceMarks() {
    }

    static MeetingFact of(ArticleContext ctx, MeetingFact f) {
        Span ev = f.evidence();
        List<MeetingMark> marks = new ArrayList<>(f.marks());
        for (Mention m : ctx.mentions().within(ev.start(), ev.end(), MentionType.PERSON)) {
            String name = ctx.name(m);
            if (name != null && f.participants().contains(name)) {
                marks.add(new MeetingMark(new Span(m.start(), m.end()), MeetingMark.Role.PARTICIPANT, name));
            }
        }
        if (f.place() != null) {
            for (MentionType type : List.of(MentionType.PLACE, MentionType.COUNTRY)) {
                for (Mention m : ctx.mentions().within(ev.start(), ev.end(), type)) {
                    if (f.place().equals(m.key())) {
                        marks.add(new MeetingMark(new Span(m.start(), m.end()), MeetingMark.Role.PLACE, f.place()));
                    }
                }
            }
        }
        marks.sort(Comparator.comparingInt((MeetingMark k) -> k.span().start()).thenComparingInt(k -> k.span().end()));
        return f.withMarks(marks);
    }
}
