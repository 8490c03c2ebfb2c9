package org.w3id.dmkg.extract.office;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

/**
 * Ambassadors: the title naming the country they are posted to ("Ambassador to the United States"), the
 * posting read from where the text places them ("Ambassador Roos here in Tokyo"), and the country they
 * serve when the article is about two countries: the one that is not their posting. Stateless.
 */
final class Envoys {
    private static final String PREFIX = "Ambassador to ";
    /** Country names written with "the": the United States, the Philippines, the Czech Republic (not Laos, Cyprus). */
    private static final Pattern WITH_ARTICLE = Pattern.compile("(?:United|Central African|Dominican|Czech) .*"
            + "|.*\\b(?:Republic|Kingdom|Islands|Emirates)\\b.*|.*(?:ines|lands|amas|ives|oros|elles)|Gambia");

    private Envoys() {
    }

    /** "Ambassador to Japan", "Ambassador to the United States". */
    static String title(String countryLabel) {
        return PREFIX + (WITH_ARTICLE.matcher(countryLabel).matches() ? "the " : "") + countryLabel;
    }

    /** A bare "Ambassador NAME [here|there] in CITY" made an ambassador to the city's country, else {@code h}. */
    static OfficeHolding posted(ArticleContext ctx, TokenWindow w, Mention person, OfficeHolding h) {
        if (!h.role().equals("Ambassador")) {
            return h;
        }
        int k = w.indexAt(person.end() - 1) + 1;
        if (k < w.size() && (w.text(k).equals("here") || w.text(k).equals("there"))) {
            k++;
        }
        if (k + 1 >= w.size() || !w.text(k).equals("in")) {
            return h;
        }
        Mention place = w.mentionAt(k + 1);
        String country = place == null ? null : place.type() == MentionType.COUNTRY ? place.key()
                : place.type() == MentionType.PLACE ? ctx.gazetteer().countryOf(place.key()) : null;
        String label = country == null ? null : ctx.gazetteer().entry(country).map(GazetteerEntry::label).orElse(null);
        return label == null ? h : new OfficeHolding(h.person(), title(label), h.country(), h.organization(), h.asOf(),
                h.confidence() - 0.05, h.evidence());
    }

    /**
     * Gives an ambassador without a country the one country other than their posting among those whose
     * offices the article states ("Ambassador Roos here in Tokyo" in a report on the United States and Japan).
     */
    static List<OfficeHolding> serving(List<OfficeHolding> holdings, ArticleContext ctx) {
        Set<String> sides = new HashSet<>();
        for (OfficeHolding h : holdings) {
            if (h.country() != null && !h.role().startsWith(PREFIX)) {
                sides.add(h.country());
            }
        }
        List<OfficeHolding> out = new ArrayList<>(holdings.size());
        for (OfficeHolding h : holdings) {
            String posting = h.country() == null && h.role().startsWith(PREFIX) ? posting(h.role(), ctx) : null;
            Set<String> others = new HashSet<>(sides);
            others.remove(posting);
            if (posting != null && others.size() == 1 && sides.contains(posting)) {
                out.add(new OfficeHolding(h.person(), h.role(), others.iterator().next(), h.organization(), h.asOf(),
                        h.confidence() - 0.1, h.evidence()));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /** The country an ambassador's title posts them to, or null. */
    static String posting(String role, ArticleContext ctx) {
        if (!role.startsWith(PREFIX)) {
            return null;
        }
        String name = role.substring(PREFIX.length()).replaceFirst("^the ", "");
        for (Gazetteer.Name n : ctx.gazetteer().lookup(name)) {
            if (n.entry().kind() == EntryKind.COUNTRY) {
                return n.entry().key();
            }
        }
        return null;
    }
}
