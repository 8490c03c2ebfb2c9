package org.w3id.dmkg.extract.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * Fills in the country of an office the text states without one ("President Vladimir Putin") when the
 * article makes it clear, trying in turn: the same person's office stated elsewhere with its country;
 * the dateline's country, unless someone else holds that office there; the one country among the
 * people named with this person outside meeting sentences (a meeting's counterpart is from elsewhere)
 * where the office is free; the one free country named (not by an adjective, nor as a place the person
 * went to) in the sentences naming the person. A second pass gives what is still open the country the
 * article names most ({@link HomeCountry#mostNamed}) on the same conditions; last, a title that names its
 * country ({@code office-home-countries.txt}: "Secretary of State") gives it, and an ambassador serves the
 * other side of a two-country report ({@link Envoys#serving}). Offices that a country gives
 * to one person at a time are grouped by {@code office-families.txt}.
 */
final class OfficeCountries {
    private static final Map<String, String> FAMILY = Lexicon.pairs("office-families.txt");
    private static final Map<String, String> TITLE_COUNTRY = Lexicon.pairs("office-home-countries.txt");

    private OfficeCountries() {
    }

    static List<OfficeHolding> complete(List<OfficeHolding> holdings, ArticleContext ctx, Set<Integer> meetingSentences) {
        List<OfficeHolding> first = pass(holdings, ctx, meetingSentences, HomeCountry.fromDateline(ctx));
        // the second pass adds only the most-named country; associates were already asked in the first
        List<OfficeHolding> second = pass(first, ctx, null, HomeCountry.mostNamed(ctx, holdings));
        return Envoys.serving(second.stream().map(OfficeCountries::byTitle).toList(), ctx);
    }

    /** Last, an office whose title names its country ("Secretary of State") gets that country. */
    private static OfficeHolding byTitle(OfficeHolding h) {
        String country = h.country() == null && h.organization() == null ? titleCountry(h.role()) : null;
        return country == null ? h : new OfficeHolding(h.person(), h.role(), country, null, h.asOf(),
                h.confidence() - 0.1, h.evidence());
    }

    /** The country a title names by itself ({@code office-home-countries.txt}: "Secretary of State"), or null. */
    static String titleCountry(String role) {
        String code = TITLE_COUNTRY.get(role);
        return code == null ? null : "country/" + code;
    }

    /**
     * Fills what can be filled, trying the home country first when it is known; associates are asked only
     * when {@code meetingSentences} is given.
     */
    private static List<OfficeHolding> pass(List<OfficeHolding> holdings, ArticleContext ctx,
                                            Set<Integer> meetingSentences, String home) {
        List<OfficeHolding> out = new ArrayList<>();
        for (OfficeHolding h : holdings) {
            if (h.country() != null || international(h, ctx)) {
                out.add(h);
                continue;
            }
            Set<String> taken = taken(h, holdings);
            String posting = Envoys.posting(h.role(), ctx);
            if (posting != null) {
                taken.add(posting); // an ambassador does not serve the country they are posted to
            }
            String country = fromSamePerson(h, holdings);
            if (country == null && home != null && !taken.contains(home) && alone(h, holdings)) {
                country = home;
            }
            if (country == null && meetingSentences != null) {
                country = unique(OfficeCountryClues.associates(h, holdings, ctx, meetingSentences), taken);
            }
            if (country == null) {
                country = unique(OfficeCountryClues.sentenceCountries(h, holdings, ctx), taken);
            }
            OfficeHolding filled = new OfficeHolding(h.person(), h.role(), country, h.organization(), h.asOf(),
                    h.confidence() - (country == null ? 0 : 0.05), h.evidence());
            if (country == null || !contains(holdings, filled)) {
                out.add(filled);
            }
        }
        return out;
    }

    /** An office of an international body ("UN Secretary-General") is no country's. */
    static boolean international(OfficeHolding h, ArticleContext ctx) {
        return h.organization() != null && ctx.gazetteer().entry(h.organization()).isPresent()
                && ctx.gazetteer().countryOf(h.organization()) == null;
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

    /** The group of offices a country gives to one person at a time that this office is of, else the office. */
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
}
