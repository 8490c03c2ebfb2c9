package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Layer;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Stage;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds office titles from {@code titles.txt} (longest first, any case), extended by two general forms:
 * "Minister of International Relations and Cooperation" (a capitalized portfolio) and "Ambassador to
 * India" (a country the gazetteer found). The mention key is the canonical office label; a label starting
 * with {@code !} marks a role word that is not an office. Runs after {@link GazetteerStage}. Thread-safe.
 */
public final class TitleStage implements Stage {
    private final Map<String, String> titles = new HashMap<>();
    private final int maxWords;
    private final Gazetteer gazetteer;

    public TitleStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        int max = 1;
        for (String line : Lexicon.lines("titles.txt")) {
            String[] parts = line.split("=>");
            String surface = parts[0].strip();
            String label = parts.length > 1 ? parts[1].strip() : surface;
            titles.put(surface.toLowerCase(Locale.ROOT), label);
            max = Math.max(max, surface.split("[ -]").length * 2);
        }
        this.maxWords = max;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Layer provides() {
        return Layer.MENTIONS;
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Mention> found = new ArrayList<>(document.mentions());
        MentionIndex index = new MentionIndex(document.mentions());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (index.at(tokens.get(i).start()) != null || !Character.isLetter(tokens.get(i).text().charAt(0))) {
                    continue;
                }
                for (int j = Math.min(tokens.size(), i + maxWords) - 1; j >= i; j--) {
                    String surface = text.substring(tokens.get(i).start(), tokens.get(j).end());
                    String label = titles.get(surface.toLowerCase(Locale.ROOT));
                    if (label != null) {
                        int end = j;
                        Extension ext = extend(text, index, tokens, j, label);
                        if (ext != null) {
                            end = ext.end();
                            label = ext.label();
                        }
                        found.add(new Mention(MentionType.TITLE, tokens.get(i).start(), tokens.get(end).end(),
                                text.substring(tokens.get(i).start(), tokens.get(end).end()), label));
                        i = end;
                        break;
                    }
                }
            }
        }
        return document.withMentions(found);
    }

    private record Extension(int end, String label) {
    }

    /** "Ambassador to COUNTRY" or "Minister of/for Capitalized Words"; null when the title stands alone. */
    private Extension extend(String text, MentionIndex index, List<Token> tokens, int j, String label) {
        if (j + 2 >= tokens.size()) {
            return null;
        }
        String prep = tokens.get(j + 1).text();
        if (label.equals("Ambassador") && prep.equals("to")) {
            int at = j + 2;
            if (tokens.get(at).text().equalsIgnoreCase("the") && at + 1 < tokens.size()) {
                at++; // "Ambassador to the United States"
            }
            Mention m = index.at(tokens.get(at).start());
            if (m == null || m.type() != MentionType.COUNTRY) {
                return null;
            }
            int k = at;
            while (k + 1 < tokens.size() && tokens.get(k + 1).end() <= m.end()) {
                k++;
            }
            return new Extension(k, Envoys.title(gazetteer.entry(m.key()).map(GazetteerEntry::label).orElse(m.text())));
        }
        if (label.equals("Minister") && (prep.equals("of") || prep.equals("for"))) {
            int last = -1;
            for (int k = j + 2; k < tokens.size(); k++) {
                String t = tokens.get(k).text();
                if (Character.isUpperCase(t.charAt(0)) && index.at(tokens.get(k).start()) == null) {
                    last = k;
                } else if (!(t.equals("and") || t.equals("&")) || last < 0) {
                    break;
                }
            }
            if (last < 0) {
                return null;
            }
            return new Extension(last, "Minister " + text.substring(tokens.get(j + 1).start(),
                    tokens.get(last).end()).replaceAll("\\s+", " "));
        }
        return null;
    }
}
