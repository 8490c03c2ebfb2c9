package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionStage;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Recognizes the parties and chambers a country's news names by a short word ({@code short-names.txt}:
 * "Democrats", "Republican governors", "a House investigation") in an article that names that country or a
 * place or body of it. A word inside a mention already found, or joined to capitalized words no mention
 * accounts for ("Democratic Republic of the Congo", "Puerto Rico House"), is left alone. Thread-safe.
 */
public final class ShortNameStage implements MentionStage {
    private final Map<String, String> names = Lexicon.pairs("short-names.txt");
    private final Set<String> functionWords = Set.copyOf(Lexicon.lines("function-words.txt"));
    private final Gazetteer gazetteer;

    public ShortNameStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Document apply(Document document) {
        MentionIndex index = new MentionIndex(document.mentions());
        List<Mention> all = new ArrayList<>(document.mentions());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String body = names.get(t.text());
                if (body == null || index.covers(t.start()) || loose(tokens, i - 1, index)
                        || loose(tokens, i + 1, index) || !named(document, gazetteer.countryOf(body))) {
                    continue;
                }
                all.add(new Mention(MentionType.ORGANIZATION, t.start(), t.end(), t.text(), body));
            }
        }
        return all.size() == document.mentions().size() ? document : document.withMentions(all);
    }

    /**
     * Whether token k is a capitalized word no mention or short name accounts for ("The" opening a sentence
     * is not).
     */
    private boolean loose(List<Token> tokens, int k, MentionIndex index) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return Character.isUpperCase(t.text().charAt(0)) && !index.covers(t.start()) && !names.containsKey(t.text())
                && !(k == 0 && functionWords.contains(t.text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the article names the country, or a place or body of it. */
    private boolean named(Document document, String country) {
        if (country == null) {
            return false;
        }
        for (Mention m : document.mentions()) {
            if (m.key() != null && (m.key().equals(country) || country.equals(gazetteer.countryOf(m.key())))) {
                return true;
            }
        }
        return false;
    }
}
