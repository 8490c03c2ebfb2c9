package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * Fills in the country of an office the text states without one ("President Vladimir Putin"), when
 * the article makes it clear: the same person's office elsewhere in the article names the country; or,
 * of the countries named in the sentences that name the person, exactly one is not already the
 * country of someone else holding the same office.
 */
final class OfficeCountries {
    private OfficeCountries() {
    }

    static List<OfficeHolding> complete(List<OfficeHolding> holdings, ArticleContext ctx) {
        List<OfficeHolding> out = new ArrayList<>();
        for (OfficeHolding h : holdings) {
            if (h.country() != null) {
                out.add(h);
                continue;
            }
            String country = fromSamePerson(h, holdings);
            double confidence = h.confidence() + 0.05;
            if (country == null) {
                country = byElimination(h, holdings, ctx);
                confidence = h.confidence();
            }
            OfficeHolding filled = new OfficeHolding(h.person(), h.role(), country, h.organization(), h.asOf(),
                    confidence, h.evidence());
            if (country == null || !contains(holdings, filled)) {
                out.add(filled);
            }
        }
        return out;
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

    private static String byElimination(OfficeHolding h, List<OfficeHolding> holdings, ArticleContext ctx) {
        Set<String> taken = new HashSet<>();
        for (OfficeHolding o : holdings) {
            if (o.role().equals(h.role()) && o.country() != null && !o.person().equals(h.person())) {
                taken.add(o.country());
            }
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (Sentence s : ctx.document().sentences()) {
            boolean names = false;
            for (Mention p : ctx.persons(s)) {
                names |= h.person().equals(ctx.name(p));
            }
            if (!names) {
                continue;
            }
            for (Mention c : ctx.mentions().within(s.start(), s.end(), MentionType.COUNTRY)) {
                if (!taken.contains(c.key())) {
                    candidates.add(c.key());
                }
            }
        }
        return candidates.size() == 1 && !taken.isEmpty() ? candidates.iterator().next() : null;
    }
}
