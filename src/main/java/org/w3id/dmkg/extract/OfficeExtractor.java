package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds who holds which office, from a title next to a name in its common forms: "Chinese President
 * Xi Jinping", "Russia's Foreign Minister Sergey Lavrov", "UN Secretary-General Antonio Guterres",
 * "President of Kazakhstan Nursultan Nazarbayev", "President Marcos Jr. of the Philippines", and the
 * appositive "Sergei Shoigu, secretary of the Russian Federation Security Council". Offices whose
 * country the text leaves open get one from {@link OfficeCountries} when the article makes it clear.
 * Thread-safe.
 */
public final class OfficeExtractor {

    /**
     * The offices the article states.
     *
     * @param meetingSentences indexes of the sentences that report a meeting (their people are counterparts)
     */
    public List<OfficeHolding> extract(ArticleContext ctx, java.util.Set<Integer> meetingSentences) {
        Map<String, OfficeHolding> found = new LinkedHashMap<>();
        for (Sentence s : ctx.document().sentences()) {
            TokenWindow w = new TokenWindow(s, ctx.mentions());
            for (Mention p : ctx.persons(s)) {
                OfficeHolding h = before(ctx, w, p);
                if (h == null) {
                    h = appositive(ctx, w, p);
                }
                if (h == null) {
                    continue;
                }
                for (OfficeHolding x : java.util.Arrays.asList(h, coordinated(ctx, w, h, p))) {
                    if (x != null && !x.role().startsWith("!")) {
                        found.merge(x.person() + "|" + x.role() + "|" + x.country() + "|" + x.organization(), x,
                                (a, b) -> a.confidence() >= b.confidence() ? a : b);
                    }
                }
            }
        }
        return OfficeCountries.complete(new ArrayList<>(found.values()), ctx, meetingSentences);
    }

    /** TITLE NAME, with what stands before the title or after the name. */
    private OfficeHolding before(ArticleContext ctx, TokenWindow w, Mention person) {
        int first = w.indexAt(person.start());
        if (first >= 2 && w.text(first - 1).equals(",")) {
            first--; // "the Minister of State Security, Dipuo Letsatsi-Duba"
        }
        Mention title = w.mentionEndingBefore(first);
        String country = null;
        String org = null;
        if (title != null && (title.type() == MentionType.COUNTRY || title.type() == MentionType.ORGANIZATION)) {
            // TITLE of (the) COUNTRY NAME
            Mention owner = title;
            int k = w.indexAt(owner.start()) - 1;
            if (k >= 0 && w.text(k).equals("the")) {
                k--;
            }
            if (k < 1 || !w.text(k).equals("of")) {
                return null;
            }
            title = w.mentionEndingBefore(k);
            if (owner.type() == MentionType.COUNTRY) {
                country = owner.key();
            } else {
                org = owner.key();
            }
        }
        if (title == null || title.type() != MentionType.TITLE) {
            return null;
        }
        if (country == null && org == null) {
            int at = w.indexAt(title.start());
            Mention pair = at >= 2 && w.text(at - 1).equals("and") ? w.mentionEndingBefore(at - 1) : null;
            if (pair != null && pair.type() == MentionType.TITLE) {
                at = w.indexAt(pair.start());
            }
            Mention owner = w.mentionEndingBefore(at);
            if (owner == null) {
                int k = at - 1;
                if (k >= 1 && w.isPossessive(k)) {
                    owner = w.mentionEndingBefore(k);
                }
            }
            if (owner != null && owner.type() == MentionType.COUNTRY) {
                country = owner.key();
            } else if (owner != null && owner.type() == MentionType.ORGANIZATION) {
                org = owner.key();
            }
        }
        if (country == null && org == null) {
            Mention after = w.ofAfter(w.indexAt(person.end() - 1) + 1);
            if (after != null && after.type() == MentionType.COUNTRY) {
                country = after.key();
            }
        }
        return holding(ctx, person, title.key(), country, org, w.sentence(), 0.85);
    }

    /** "State Councilor and Foreign Minister Wang Yi": the first of two titles joined by "and", same country. */
    private static OfficeHolding coordinated(ArticleContext ctx, TokenWindow w, OfficeHolding h, Mention person) {
        int first = w.indexAt(person.start());
        Mention title = w.mentionEndingBefore(first);
        if (title == null || title.type() != MentionType.TITLE) {
            return null;
        }
        int k = w.indexAt(title.start()) - 1;
        if (k < 1 || !w.text(k).equals("and")) {
            return null;
        }
        Mention other = w.mentionEndingBefore(k);
        if (other == null || other.type() != MentionType.TITLE) {
            return null;
        }
        return new OfficeHolding(h.person(), other.key(), h.country(), null, h.asOf(), h.confidence() - 0.05,
                h.evidence());
    }

    /** NAME, [the] [ADJ] TITLE [of|to [the] COUNTRY|ORG]. */
    private OfficeHolding appositive(ArticleContext ctx, TokenWindow w, Mention person) {
        int k = w.indexAt(person.end() - 1) + 1;
        if (k >= w.size() || !w.text(k).equals(",")) {
            return null;
        }
        String country = null;
        for (k = k + 1; k < w.size(); k++) {
            Mention m = w.mentionAt(k);
            if (m != null && m.type() == MentionType.TITLE) {
                String org = null;
                Mention owner = w.ofAfter(w.indexAt(m.end() - 1) + 1);
                if (owner != null && owner.type() == MentionType.COUNTRY) {
                    country = owner.key();
                } else if (owner != null && owner.type() == MentionType.ORGANIZATION) {
                    org = owner.key();
                }
                return holding(ctx, person, m.key(), country, org, w.sentence(), 0.8);
            }
            if (m != null && m.type() == MentionType.COUNTRY) {
                country = m.key();
                k = w.indexAt(m.end() - 1);
                continue;
            }
            Token t = w.token(k);
            if (!(t.text().equals("the") || t.text().equals("a") || t.text().equals("also") || t.text().equals("now")
                    || t.text().equals("then") || t.text().equals("who") || t.text().equals("is") || w.isPossessive(k)
                    || t.pos() != null && t.pos().startsWith("JJ") && Character.isLowerCase(t.text().charAt(0)))) {
                return null;
            }
        }
        return null;
    }

    private static OfficeHolding holding(ArticleContext ctx, Mention person, String role, String country, String org,
                                         Sentence s, double confidence) {
        String c = country;
        if (c == null && org != null) {
            c = ctx.gazetteer().countryOf(org);
        }
        return new OfficeHolding(ctx.name(person), role, c, org, ctx.referenceDate(),
                c != null ? confidence : confidence - 0.2, new Span(s.start(), s.end()));
    }
}
