package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Layer;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Stage;
import org.w3id.dmkg.nlp.Token;

/**
 * Recognizes people from the text itself, without lists of names: a name-shaped run counts as a person
 * when its context says so (a title before it, an appositive title after it, a speech or meeting verb
 * beside it); names in the article's credits ({@link Credits}) are left out; once a name is known, its repetitions and short forms ("Xi",
 * "Putin", "Marcos Jr") count too. The mention key is the folded name as written. Thread-safe.
 */
public final class PersonStage implements Stage {
    private final NameRuns runs = new NameRuns();
    private final PersonEvidence evidence = new PersonEvidence();

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.POS, Layer.MENTIONS);
    }

    @Override
    public Layer provides() {
        return Layer.MENTIONS;
    }

    @Override
    public Document apply(Document document) {
        MentionIndex index = new MentionIndex(document.mentions());
        String text = document.text();
        List<Mention> accepted = new ArrayList<>();
        List<Mention> pending = new ArrayList<>();
        Set<String> knownWords = new HashSet<>();
        Credits credits = Credits.find(text, document.source().dateline());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            boolean wholeLine = isWholeLine(text, s);
            for (NameRuns.Run r : runs.find(tokens, index)) {
                if (credits.covers(tokens.get(r.first()).start(), tokens.get(r.last()).end())) {
                    continue; // photographers, editors and reporters are not people the story names
                }
                Mention m = new Mention(MentionType.PERSON, tokens.get(r.first()).start(), tokens.get(r.last()).end(),
                        Names.display(text.substring(tokens.get(r.first()).start(), tokens.get(r.last()).end())), null);
                m = new Mention(m.type(), m.start(), m.end(), m.text(), Names.key(m.text()));
                if (evidence.accepts(tokens, r, index, wholeLine)) {
                    accepted.add(m);
                    for (String w : Names.words(m.text())) {
                        knownWords.add(w);
                    }
                } else {
                    pending.add(m);
                }
            }
        }
        for (Mention m : pending) {
            String[] words = Names.words(m.text());
            boolean known = words.length > 0 && words.length <= 4;
            for (String w : words) {
                known &= knownWords.contains(w) || w.length() == 1;
            }
            if (known && !allShort(words)) {
                accepted.add(m);
            }
        }
        List<Mention> all = new ArrayList<>(document.mentions());
        all.addAll(accepted);
        return document.withMentions(all);
    }

    private static boolean allShort(String[] words) {
        for (String w : words) {
            if (w.length() > 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeLine(String text, Sentence s) {
        int ls = text.lastIndexOf('\n', s.start() - 1) + 1;
        int le = text.indexOf('\n', s.end());
        return text.substring(ls, le < 0 ? text.length() : le).strip().equals(s.text().strip());
    }

}
