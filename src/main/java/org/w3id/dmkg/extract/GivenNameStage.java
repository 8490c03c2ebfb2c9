package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionStage;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Gives back to a name the country or place word that is its given name: a one-word country or city right
 * after a title and right before a capitalized word no mention accounts for ("Foreign Minister Israel Katz",
 * "his Nepal counterpart Bharat Raj Paudyal", "Foreign Minister Santiago Cafiero", "Mayor London Breed"). A
 * place named there would stand before the title ("Israeli Foreign Minister"), not between it and a name.
 * Runs after the title stage. Thread-safe.
 */
public final class GivenNameStage implements MentionStage {
    @Override
    public Document apply(Document document) {
        MentionIndex index = new MentionIndex(document.mentions());
        List<Mention> drop = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i + 1 < tokens.size(); i++) {
                Token t = tokens.get(i);
                Mention m = index.at(t.start());
                if (m == null || m.type() != MentionType.COUNTRY && m.type() != MentionType.PLACE || m.end() != t.end()
                        || index.coversInside(t.start())) {
                    continue;
                }
                Mention title = index.endingAt(tokens.get(i - 1).end());
                Token next = tokens.get(i + 1);
                if (title != null && title.type() == MentionType.TITLE && Character.isUpperCase(next.text().charAt(0))
                        && next.text().chars().anyMatch(Character::isLowerCase) && !index.covers(next.start())) {
                    drop.add(m);
                }
            }
        }
        return document.withoutMentions(drop);
    }
}
