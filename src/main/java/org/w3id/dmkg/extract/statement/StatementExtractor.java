package org.w3id.dmkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.meeting.MeetingFact;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * Finds who said what: a speech verb ("said", "noted", "stressed" ...) with a person, or a pronoun
 * standing for the person last named, as its subject. The words are the reported clause: what
 * precedes ", X said", or what follows "X said that". A statement by a participant of the article's
 * only meeting is tied to it. Thread-safe.
 */
public final class StatementExtractor {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private final Set<String> verbs = Lexicon.SPEECH_VERBS;

    public List<StatementFact> extract(ArticleContext ctx, List<MeetingFact> meetings) {
        List<StatementFact> out = new ArrayList<>();
        for (Sentence s : ctx.document().sentences()) {
            TokenWindow w = new TokenWindow(s, ctx.mentions());
            for (int i = 0; i < w.size(); i++) {
                if (!verbs.contains(w.text(i).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String speaker = speakerBefore(ctx, w, i);
                boolean after = false;
                if (speaker == null) {
                    Mention m = w.mentionAt(i + 1);
                    while (m != null && m.type() == MentionType.TITLE || m != null && m.type() == MentionType.COUNTRY) {
                        m = w.mentionAt(w.indexAt(m.end() - 1) + 1);
                    }
                    speaker = m != null && m.type() == MentionType.PERSON ? ctx.name(m) : null;
                    after = speaker != null;
                }
                if (speaker == null) {
                    continue;
                }
                String words = reported(s, w, i, after);
                if (words.split("\\s+").length >= 4) {
                    out.add(new StatementFact(speaker, words, meetingOf(speaker, meetings), 0.7,
                            new Span(s.start(), s.end())));
                }
                break;
            }
        }
        return out;
    }

    private static String speakerBefore(ArticleContext ctx, TokenWindow w, int verb) {
        if (verb < 1) {
            return null;
        }
        String prev = w.text(verb - 1).toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(prev)) {
            return ctx.personBefore(w.token(verb - 1).start());
        }
        Mention m = w.mentionEndingBefore(verb);
        return m != null && m.type() == MentionType.PERSON ? ctx.name(m) : null;
    }

    /** The clause reported: before ", X said" when the verb ends the sentence, else after "said (that)". */
    private static String reported(Sentence s, TokenWindow w, int verb, boolean speakerAfter) {
        int verbStart = w.token(verb).start() - s.start();
        String before = s.text().substring(0, verbStart);
        int comma = Math.max(before.lastIndexOf(','), before.lastIndexOf('\u201d'));
        if (comma > 20 && (speakerAfter || verb >= w.size() - 4 || comma > before.length() - 40)) {
            return trim(before.substring(0, comma));
        }
        String rest = s.text().substring(w.token(verb).end() - s.start()).replaceFirst("^\\s*(that|on|to)\\s+", "");
        return trim(rest);
    }

    private static String trim(String t) {
        return t.strip().replaceAll("^[\"\u201c\u201d,\\s]+|[\"\u201c\u201d,.\\s]+$", "");
    }

    private static int meetingOf(String speaker, List<MeetingFact> meetings) {
        int found = -1;
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).participants().contains(speaker)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}
