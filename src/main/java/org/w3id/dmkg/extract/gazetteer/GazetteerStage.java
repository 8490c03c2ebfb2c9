package org.w3id.dmkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Layer;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Stage;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds countries (by name or adjective), organizations and places from the gazetteer: at each token
 * the longest span that is a known name wins. Mentions carry the entry's key. Stateless; thread-safe.
 */
public final class GazetteerStage implements Stage {
    private final Gazetteer gazetteer;

    public GazetteerStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Layer provides() {
        return Layer.MENTIONS;
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Mention> found = new ArrayList<>(document.mentions());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int next = i + 1;
                Token first = tokens.get(i);
                if (gazetteer.mayStart(first.text())) {
                    int last = Math.min(tokens.size(), i + gazetteer.maxTokens()) - 1;
                    long lengths = gazetteer.nameLengths(first.text());
                    int plainEnd = Names.plainEnd(text, first.start(), tokens.get(last).end());
                    for (int j = last; j >= i; j--) {
                        int end = tokens.get(j).end();
                        if (end <= plainEnd && !KeyLengths.has(lengths, end - first.start())) {
                            continue; // a plain span (tokens hold no spaces) of a length no name starting so has
                        }
                        String surface = text.substring(first.start(), end);
                        Gazetteer.Name best = best(gazetteer.lookup(surface));
                        if (best != null) {
                            found.add(new Mention(typeOf(best.entry().kind()), first.start(), end, surface,
                                    best.entry().key()));
                            next = j + 1;
                            break;
                        }
                    }
                }
                i = next;
            }
        }
        return document.withMentions(found);
    }

    static MentionType typeOf(EntryKind kind) {
        return switch (kind) {
            case COUNTRY -> MentionType.COUNTRY;
            case ORGANIZATION -> MentionType.ORGANIZATION;
            case CITY, VENUE, REGION -> MentionType.PLACE;
        };
    }

    /** Names before adjectives; organizations and venues before countries before cities before regions. */
    private static Gazetteer.Name best(List<Gazetteer.Name> names) {
        Gazetteer.Name best = null;
        for (Gazetteer.Name n : names) {
            if (best == null || rank(n) < rank(best)) {
                best = n;
            }
        }
        return best;
    }

    private static int rank(Gazetteer.Name n) {
        int kind = switch (n.entry().kind()) {
            case ORGANIZATION -> 0;
            case VENUE -> 1;
            case COUNTRY -> 2;
            case CITY -> 3;
            case REGION -> 4;
        };
        return (n.adjective() ? 10 : 0) + kind;
    }
}
