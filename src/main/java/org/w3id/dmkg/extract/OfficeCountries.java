package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * Fills in the country of an office the text states without one ("President Vladimir Putin") when the
 * article makes it clear, trying in turn: the same person's office stated elsewhere with its country;
 * the article's home country (the dateline's, else the one it names most apart from the countries of
 * offices it states outright), unless someone else holds that office there; the one country among the
 * people named with this person outside meeting sentences (a meeting's counterpart is from elsewhere)
 * where the office is free; the one free country named, other than as a place, in the sentences naming
 * the person. Offices that
 * a country gives to one person at a time are grouped by {@code office-families.txt}.
 */
final class OfficeCountries {
    private static final Map<String, String> FAMILY = Lexicon.pairs("office-families.txt");

    private OfficeCountries() {
    }

    static List<OfficeHolding> complete(List<OfficeHolding> holdings, ArticleContext ctx, Set<Integer> meetingSentences) {
        String home = HomeCountry.of(ctx, holdings);
        List<OfficeHolding> out = new ArrayList<>();
        for (OfficeHolding h : holdings) {
            if (h.country() != null) {
                out.add(h);
                continue;
            }
            Set<String> taken = taken(h, holdings);
            String country = fromSamePerson(h, holdings);
            if (country == null && home != null && !taken.contains(home) && alone(h, holdings)) {
                country = home;
            }
            if (country == null) {
                country = unique(associates(h, holdings, ctx, meetingSentences), taken);
            }
            if (country == null) {
                country = unique(sentenceCountries(h, holdings, ctx), taken);
            }
            OfficeHolding filled = new OfficeHolding(h.person(), h.role(), country, h.organization(), h.asOf(),
                    h.confidence() - 0.05, h.evidence());
            if (country == null || !contains(holdings, filled)) {
                out.add(filled);
            }
        }
        return out;
    }

    /** Whether no one else holds an office of this family without a country: then "home" is not telling. */
    private static boolean alone(OfficeHolding h, List<OfficeHolding> holdings) {
        for (OfficeHolding o : holdings) {
            if (o.country() == null && !o.person().equals(h.person()) && family(o.role()).equals(family(h.role()))) {
                return false;
            }
        }
        return true;
    }

    static String family(String role) {
        return FAMILY.getOrDefault(role, role);
    }

    /** Countries where someone else holds an office of the same family. */
    private static Set<String> taken(OfficeHolding h, List<OfficeHolding> holdings) {
        Set<String> taken = new HashSet<>();
        for (OfficeHolding o : holdings) {
            if (o.country() != null && !o.person().equals(h.person()) && family(o.role()).equals(family(h.role()))) {
                taken.add(o.country());
            }
        }
        return taken;
    }

    private static String unique(Set<String> candidates, Set<String> taken) {
        candidates.removeAll(taken);
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    private static boolean contains(List<OfficeHolding> holdings, OfficeHolding h) {
        for (OfficeHolding o : holdings) {
            if (o.person().equals(h.person()) && o.role().equals(h.role()) && h.country().equals(o.country())) {
                return true;
            }
        }
        return false;
    }

    private static String fromSamePerson(OfficeHolding h, List<OfficeHolding> holdings) {
        for (OfficeHolding o : holdings) {
            if (o.person().equals(h.person()) && o.country() != null) {
                return o.country();
            }
        }
        return null;
    }

    /** Countries of the people named with this person in sentences that report no meeting. */
    private static Set<String> associates(OfficeHolding h, List<OfficeHolding> holdings, ArticleContext ctx,
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
     * The countries named, not as places ("in Myanmar", "to India"), in the sentences that name the person,
     * less those stated in the same sentence for someone else's office ("Spanish Prime Minister ...").
     */
    private static Set<String> sentenceCountries(OfficeHolding h, List<OfficeHolding> holdings, ArticleContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        String text = ctx.document().text();
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
            for (Mention c : ctx.mentions().within(s.start(), s.end(), MentionType.COUNTRY)) {
                if (!HomeCountry.isPlace(text, c) && !others.contains(c.key())) {
                    out.add(c.key());
                }
            }
        }
        return out;
    }
}
