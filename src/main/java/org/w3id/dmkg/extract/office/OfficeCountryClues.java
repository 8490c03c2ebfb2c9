package org.w3id.dmkg.extract.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.person.NameRuns;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/** What an article says around a person that hints at the country of the person's office. Stateless. */
final class OfficeCountryClues {
    private OfficeCountryClues() {
    }

    /** Countries of the people named with this person in sentences that report no meeting. */
    static Set<String> associates(OfficeHolding h, List<OfficeHolding> holdings, ArticleContext ctx,
                                          Set<Integer> meetingSentences) {
        Map<String, String> countryOf = new HashMap<>();
        for (OfficeHolding o : holdings) {
            if (o.country() != null) {
                countryOf.putIfAbsent(o.person(), o.country());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : ctx.document().sentences()) {
            List<String> names = new ArrayList<>();
            ctx.persons(s).forEach(p -> names.add(ctx.name(p)));
            if (meetingSentences.contains(s.index()) || !names.contains(h.person())) {
                continue;
            }
            for (String n : names) {
                if (!n.equals(h.person()) && countryOf.containsKey(n)) {
                    out.add(countryOf.get(n));
                }
            }
        }
        return out;
    }

    /**
     * The enumerations of people the article makes ("attended by Foreign Minister Nicolas Maduro, Finance
     * Minister Ali Rodriguez Araque and Oil and Energy Minister Rafael Ramirez"): names one after another with
     * nothing between them but commas, "and", titles, honorifics, countries and "of [the]"; each of two names
     * or more. A delegation or a cabinet listed together usually serves one country.
     */
    static List<Set<String>> enumerations(ArticleContext ctx) {
        List<Set<String>> out = new ArrayList<>();
        for (Sentence s : ctx.document().sentences()) {
            List<Mention> persons = ctx.persons(s);
            if (persons.size() < 2) {
                continue;
            }
            TokenWindow w = new TokenWindow(s, ctx.mentions());
            Set<String> group = new LinkedHashSet<>();
            for (int i = 0; i < persons.size(); i++) {
                if (i > 0 && !enumerated(w, persons.get(i - 1), persons.get(i))) {
                    if (group.size() >= 2) {
                        out.add(group);
                    }
                    group = new LinkedHashSet<>();
                }
                group.add(ctx.name(persons.get(i)));
            }
            if (group.size() >= 2) {
                out.add(group);
            }
        }
        return out;
    }

    /** The people named in one of the {@link #enumerations} with this person. */
    static Set<String> listMates(String person, List<Set<String>> enumerations) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> group : enumerations) {
            if (group.contains(person)) {
                out.addAll(group);
            }
        }
        out.remove(person);
        return out;
    }

    /** Whether only list punctuation, titles, honorifics and countries stand between two names. */
    private static boolean enumerated(TokenWindow w, Mention a, Mention b) {
        int from = w.indexAt(a.end() - 1) + 1;
        int to = w.indexAt(b.start());
        boolean separated = false;
        for (int k = from; k < to && k >= 0; ) {
            String t = w.text(k);
            Mention m = w.mentionAt(k);
            if (m != null && (m.type() == MentionType.TITLE || m.type() == MentionType.COUNTRY)) {
                k = w.indexAt(m.end() - 1) + 1;
                continue;
            }
            if (t.equals(",") || t.equals("and")) {
                separated = true;
            } else if (!(t.equals("of") || t.equals("the") || NameRuns.honorific(t))) {
                return false;
            }
            k++;
        }
        return separated && from <= to;
    }

    /**
     * The countries named, not as places ("in Myanmar", "to India"), in the sentences that name the person,
     * less those stated in the same sentence for someone else's office ("Spanish Prime Minister ...").
     */
    static Set<String> sentenceCountries(OfficeHolding h, List<OfficeHolding> holdings, ArticleContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : ctx.document().sentences()) {
            Set<String> names = new HashSet<>();
            ctx.persons(s).forEach(p -> names.add(ctx.name(p)));
            if (!names.contains(h.person())) {
                continue;
            }
            Set<String> others = new HashSet<>();
            for (OfficeHolding o : holdings) {
                if (o.country() != null && !o.person().equals(h.person()) && names.contains(o.person())) {
                    others.add(o.country());
                }
            }
            int at = Integer.MAX_VALUE;
            for (Mention p : ctx.persons(s)) {
                if (h.person().equals(ctx.name(p))) {
                    at = Math.min(at, p.start());
                }
            }
            for (Mention c : ctx.mentions().within(s.start(), s.end(), MentionType.COUNTRY)) {
                // a place after the person is where the person went ("Xi paid a visit to India", "met Modi in
                // Nay Pyi Taw, Myanmar"); one before is where the person was found ("went to Morocco, where he met
                // King ...")
                boolean travelled = HomeCountry.isPlace(ctx, c) && c.start() > at;
                // "Indian" in "Indian industrial projects" says less about a person than "India" does
                if (!travelled && !others.contains(c.key()) && !ctx.gazetteer().adjectiveOnly(c.text())) {
                    out.add(c.key());
                }
            }
        }
        return out;
    }
}
