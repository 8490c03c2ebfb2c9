package org.w3id.dmkg.extract.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.KnownCountries;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.person.NameRuns;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * Finds who holds which office, from a title next to a name in its common forms: "Chinese President
 * Xi Jinping", "Russia's Foreign Minister Sergey Lavrov", "UN Secretary-General Antonio Guterres",
 * "President of Kazakhstan Nursultan Nazarbayev", "President Marcos Jr. of the Philippines", and the
 * appositive "Sergei Shoigu, secretary of the Russian Federation Security Council". Offices whose
 * country the text leaves open get one from {@link OfficeCountries} when the article makes it clear, and
 * then from the learned {@link OfficeCountryJudge} when there is a model.
 * Thread-safe.
 */
public final class OfficeExtractor {
    /** Ranks that stand between an office and a name. */
    private static final java.util.Set<String> RANKS = java.util.Set.of("Prince", "Princess");
    /** Words of time between a country's possessive and the title it owns: "Vietnam's then-Prime Minister". */
    private static final java.util.Set<String> TIMES = java.util.Set.of("then", "then-", "-", "former");

    /** Words of a country's body written in common nouns between the country and an office of it. */
    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("foreign", "defense", "defence",
            "interior", "finance", "ministry", "embassy", "presidential", "government", "cabinet", "affairs");

    private final OfficeCountryJudge countries;

    /** @param countryJudge the learned decision of open offices' countries, or null to keep the rules' */
    public OfficeExtractor(org.w3id.dmkg.nlp.Classifier countryJudge) {
        this.countries = new OfficeCountryJudge(countryJudge, KnownCountries.bundled());
    }

    /**
     * The offices the article states.
     *
     * @param meetingSentences indexes of the sentences that report a meeting (their people are counterparts)
     */
    public List<OfficeHolding> extract(ArticleContext ctx, java.util.Set<Integer> meetingSentences) {
        List<OfficeHolding> stated = stated(ctx);
        return countries.decide(stated, OfficeCountries.complete(stated, ctx, meetingSentences), ctx, meetingSentences);
    }

    /** The candidate countries of the offices the text leaves without one: what the judge learns from. */
    public List<OfficeCountryCandidate> countryCandidates(ArticleContext ctx, java.util.Set<Integer> meetingSentences) {
        List<OfficeHolding> stated = stated(ctx);
        return countries.candidates(stated, OfficeCountries.complete(stated, ctx, meetingSentences), ctx,
                meetingSentences);
    }

    /** The offices as the text states them, before countries left open are filled in. */
    public List<OfficeHolding> stated(ArticleContext ctx) {
        Map<String, OfficeHolding> found = new LinkedHashMap<>();
        OfficeHolding byline = OfficeForms.byline(ctx);
        if (byline != null) {
            found.put(byline.person() + "|" + byline.role() + "|" + byline.country() + "|" + byline.organization(), byline);
        }
        for (Sentence s : ctx.document().sentences()) {
            TokenWindow w = new TokenWindow(s, ctx.mentions());
            for (Mention p : ctx.persons(s)) {
                OfficeHolding h = before(ctx, w, p);
                List<OfficeHolding> listed = h == null ? OfficeForms.appositive(ctx, w, p) : List.of();
                if (!listed.isEmpty()) {
                    h = listed.get(0);
                }
                if (h == null) {
                    h = OfficeForms.predicative(ctx, w, p);
                }
                if (h == null || OfficeForms.RELATIONAL.contains(h.role())) {
                    h = OfficeForms.counterpart(ctx, w, p, found.values());
                    listed = List.of();
                }
                if (h == null) {
                    continue;
                }
                h = Envoys.posted(ctx, w, p, h);
                List<OfficeHolding> forms = new ArrayList<>(List.of(h));
                forms.add(OfficeForms.coordinated(ctx, w, h, p));
                forms.addAll(listed.subList(Math.min(1, listed.size()), listed.size()));
                for (OfficeHolding x : forms) {
                    if (x != null && !x.role().startsWith("!")) {
                        found.merge(x.person() + "|" + x.role() + "|" + x.country() + "|" + x.organization(), x,
                                (a, b) -> a.confidence() >= b.confidence() ? a : b);
                    }
                }
            }
        }
        return mostSpecific(found.values());
    }

    /** Drops an office that is only the head of another the same person holds ("Secretary" beside "Secretary of State"). */
    private static List<OfficeHolding> mostSpecific(java.util.Collection<OfficeHolding> holdings) {
        List<OfficeHolding> out = new ArrayList<>();
        for (OfficeHolding h : holdings) {
            boolean head = holdings.stream().anyMatch(o -> o.person().equals(h.person())
                    && o.role().startsWith(h.role() + " ") && (h.country() == null || h.country().equals(o.country())));
            if (!head) {
                out.add(h);
            }
        }
        return out;
    }

    /** The most names a plural title is read over. */
    private static final int LIST_LIMIT = 6;

    /**
     * "Presidents Lula of Brazil and Hugo Chavez of Venezuela", "Prime Ministers Sheikh Hasina and Narendra
     * Modi": the plural title a list of names (each perhaps "of COUNTRY") starts with, seen from a later name
     * at token {@code first}; null when the name is not in such a list.
     */
    private static Mention pluralBefore(TokenWindow w, int first) {
        int k = first;
        for (int names = 0; names < LIST_LIMIT; names++) {
            int sep = k - 1; // the token before this name: "and", "," or ", and"
            boolean and = sep >= 0 && w.text(sep).equals("and");
            if (and) {
                sep--;
            }
            boolean comma = sep >= 0 && w.text(sep).equals(",");
            if (comma) {
                sep--;
            }
            if (!and && !comma || sep < 1) {
                return null;
            }
            Mention prev = w.mentionEndingBefore(sep + 1);
            if (prev != null && prev.type() == MentionType.COUNTRY) {
                prev = w.ofBefore(prev); // "Lula of Brazil and ..."
            }
            if (prev == null || prev.type() != MentionType.PERSON) {
                return null;
            }
            k = NameRuns.honorificsStart(w::text, w.indexAt(prev.start()));
            Mention title = w.mentionEndingBefore(k);
            if (title != null && title.type() == MentionType.TITLE) {
                String plural = TitleStage.plural(title.key());
                return plural != null && plural.equalsIgnoreCase(title.text()) ? title : null;
            }
        }
        return null;
    }

    /** TITLE NAME, with what stands before the title or after the name. */
    private OfficeHolding before(ArticleContext ctx, TokenWindow w, Mention person) {
        int named = w.indexAt(person.start());
        Mention adjacent = w.mentionEndingBefore(named);
        // an abbreviated title is also an honorific ("Gov. Mitt Romney"): the title, not a word of respect
        int first = adjacent != null && adjacent.type() == MentionType.TITLE ? named
                : OfficeForms.nameStart(w, named);
        if (first >= 2 && (w.text(first - 1).equals(",") || w.text(first - 1).equals("]"))) {
            first--; // "the Minister of State Security, Dipuo Letsatsi-Duba", "[Senate Minority Leader] Chuck Schumer"
        } else if (first >= 4 && TokenWindow.bracketedBefore(w.sentence().tokens(), first)
                && w.text(first - 2).matches("\\p{Lu}{2,}")) {
            first -= 3; // "General Secretary of the Communist Party of Vietnam (CPV) Nguyen Phu Trong"
        }
        Mention title = w.mentionEndingBefore(first);
        String country = null;
        String org = null;
        if (title != null && (title.type() == MentionType.COUNTRY || title.type() == MentionType.ORGANIZATION)) {
            // TITLE of (the) COUNTRY NAME
            Mention owner = title;
            title = w.ofBefore(owner);
            if (title == null) {
                return null;
            }
            if (owner.type() == MentionType.COUNTRY) {
                country = owner.key();
            } else {
                org = owner.key();
            }
        }
        if (title == null) {
            title = pluralBefore(w, first);
        }
        if (title == null || title.type() != MentionType.TITLE) {
            return null;
        }
        if (RANKS.contains(title.key())) {
            Mention office = w.mentionEndingBefore(w.indexAt(title.start()));
            if (office == null || office.type() != MentionType.TITLE) {
                return null; // a rank is no office ("Prince Faisal bin Farhan, minister of foreign affairs")
            }
            title = office; // "Foreign Minister Prince Faisal bin Farhan": the office, not the rank
        }
        if (country == null && org == null) {
            int at = w.indexAt(title.start());
            Mention pair = at >= 2 && w.text(at - 1).equals("and") ? w.mentionEndingBefore(at - 1) : null;
            if (pair != null && pair.type() == MentionType.TITLE) {
                at = w.indexAt(pair.start());
            }
            while (at >= 1 && TIMES.contains(w.text(at - 1).toLowerCase(java.util.Locale.ROOT))) {
                at--; // "Vietnam's then-Prime Minister", "Brazil's former President": the country is still the owner
            }
            Mention owner = w.mentionEndingBefore(at);
            if (owner == null) {
                int k = at - 1;
                if (k >= 1 && w.isPossessive(k)) {
                    owner = w.mentionEndingBefore(k);
                }
            }
            if (owner == null) {
                // "Finnish foreign ministry spokeswoman X": the country owns the body whose office it is
                int k = at;
                while (k >= 1 && at - k < 3 && w.mentionAt(k - 1) == null
                        && BODY_WORDS.contains(w.text(k - 1).toLowerCase(java.util.Locale.ROOT))) {
                    k--;
                }
                Mention before = k < at ? w.mentionEndingBefore(k) : null;
                owner = before != null && before.type() == MentionType.COUNTRY ? before : null;
            }
            if (owner != null && owner.type() == MentionType.COUNTRY) {
                country = owner.key();
            } else if (owner != null && owner.type() == MentionType.ORGANIZATION) {
                org = owner.key();
            } else if (owner != null && owner.type() == MentionType.PLACE
                    && ctx.document().text().substring(owner.end(), title.start()).equals(" ")) {
                country = ctx.gazetteer().countryOf(owner.key()); // "Istanbul governor Vasip Sahin", not "BEIJING -"
            }
        }
        int next = w.indexAt(person.end() - 1) + 1;
        if (country == null && org == null && next < w.size() && w.text(next).equals("of")) {
            // "President Xi Jinping of China"; not "to": "the visit of Prime Minister X to India" is a journey
            Mention after = w.ofAfter(next);
            if (after != null && after.type() == MentionType.COUNTRY) {
                country = after.key();
            }
        }
        return OfficeForms.holding(ctx, person, title.key(), country, org, w.sentence(), 0.85);
    }

}
