package org.w3id.dmkg.extract.office;

import java.util.List;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * The byline block of a transcript or readout: a line naming only a person, the next line the office
 * they speak in ("Hillary Rodham Clinton / Secretary of State"), near the top of the article.
 *
 * @param person    the speaker's mention
 * @param title     the title opening the next line
 * @param titleLine the next line
 */
public record Byline(Mention person, Mention title, TokenWindow titleLine) {
    /** How far into the article a byline block may stand, in sentences. */
    private static final int WITHIN_SENTENCES = 8;

    /** The article's byline block, or null. */
    public static Byline find(ArticleContext ctx) {
        List<Sentence> sentences = ctx.document().sentences();
        for (int i = 0; i + 1 < Math.min(sentences.size(), WITHIN_SENTENCES); i++) {
            Sentence s = sentences.get(i);
            List<Mention> persons = ctx.persons(s);
            if (persons.size() != 1 || !persons.get(0).text().equals(s.text().strip())) {
                continue;
            }
            TokenWindow next = new TokenWindow(sentences.get(i + 1), ctx.mentions());
            Mention title = next.size() == 0 ? null : next.mentionAt(0);
            if (title != null && title.type() == MentionType.TITLE && !title.key().startsWith("!")) {
                return new Byline(persons.get(0), title, next);
            }
        }
        return null;
    }
}
