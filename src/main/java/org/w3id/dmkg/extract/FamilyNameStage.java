package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionStage;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Gives back to a name the title word that is its family name: a title of one word right after a title and
 * one name word, with no name after it ("Rep. Steve King of Iowa", "Acting Secretary Elaine Duke said",
 * "Chairman Claude Pope Jr."). A title of its own there would name the holder after it ("President Trump
 * Speaker Nancy Pelosi"), so a capitalized word after it other than a generation keeps it a title. Runs
 * after the title stage. Thread-safe.
 */
public final class FamilyNameStage implements MentionStage {
    /** Words that follow a family name as part of the name: "Claude Pope Jr.", "Martin Luther King III". */
    private static final Set<String> GENERATIONS = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    @Override
    public Document apply(Document document) {
        MentionIndex index = new MentionIndex(document.mentions());
        List<Mention> drop = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 2; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                Mention m = index.at(t.start());
                if (m == null || m.type() != MentionType.TITLE || m.end() != t.end()
                        || !t.text().chars().allMatch(Character::isLetter)) {
                    continue;
                }
                Token given = tokens.get(i - 1);
                Mention title = index.endingAt(tokens.get(i - 2).end());
                if (title == null || title.type() != MentionType.TITLE || !nameWord(given) || index.covers(given.start())) {
                    continue;
                }
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (next == null || !Character.isUpperCase(next.text().charAt(0)) || GENERATIONS.contains(next.text())) {
                    drop.add(m);
                }
            }
        }
        return document.withoutMentions(drop);
    }

    /** A capitalized word of letters with a lower-case letter in it: "Steve", not "NATO" or "U.S.". */
    private static boolean nameWord(Token t) {
        String w = t.text();
        return Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && w.chars().anyMatch(Character::isLowerCase);
    }
}
