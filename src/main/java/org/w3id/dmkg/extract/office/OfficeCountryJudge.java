package org.w3id.dmkg.extract.office;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.KnownCountries;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * Decides whose country an office is when the text does not say it beside the title: every country the
 * article names (and the dateline's, and the outlet's by its web domain) is a candidate, the rules'
 * choice ({@link OfficeCountries}) is one feature among others (how near the country is named to the
 * person, how often, whether it is the dateline's or the outlet's, whether someone else already holds
 * that office there, whether it is the country of someone the person meets, whether it is the country of
 * someone listed with the person ({@link OfficeCountryClues#listMates}), whether other news names the
 * person with that country: {@link KnownCountries}), and a learned classifier
 * picks the likeliest. Without a model the rules' choice
 * stands. Immutable; thread-safe.
 */
final class OfficeCountryJudge {
    private final Classifier classifier;
    private final KnownCountries known;

    /** @param known the countries office holders are known to serve, from articles beyond this one */
    OfficeCountryJudge(Classifier classifier, KnownCountries known) {
        this.classifier = classifier;
        this.known = known;
    }

    /**
     * The holdings with the open ones' countries decided.
     *
     * @param stated the holdings as the text states them, before the rules filled countries in
     * @param ruled  the same after the rules
     */
    List<OfficeHolding> decide(List<OfficeHolding> stated, List<OfficeHolding> ruled, ArticleContext ctx,
                               Set<Integer> meetingSentences) {
        if (classifier == null) {
            return ruled;
        }
        Map<OfficeHolding, List<OfficeCountryCandidate>> byHolding = new LinkedHashMap<>();
        for (OfficeCountryCandidate c : candidates(stated, ruled, ctx, meetingSentences)) {
            byHolding.computeIfAbsent(c.holding(), k -> new ArrayList<>()).add(c);
        }
        List<OfficeHolding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (OfficeHolding h : ruled) {
            List<OfficeCountryCandidate> cs = byHolding.get(h);
            OfficeHolding decided = h;
            if (cs != null) {
                OfficeCountryCandidate best = null;
                double bestP = -1;
                for (OfficeCountryCandidate c : cs) {
                    double p = classifier.probability(c.features());
                    if (p > bestP) {
                        best = c;
                        bestP = p;
                    }
                }
                decided = new OfficeHolding(h.person(), h.role(), best.country(), h.organization(), h.asOf(),
                        h.confidence(), h.evidence());
            }
            if (seen.add(decided.person() + "|" + decided.role() + "|" + decided.country())) {
                out.add(decided);
            }
        }
        return out;
    }

    /**
     * The candidate countries of every holding the text left without a country.
     *
     * @param meetingSentences indexes of the sentences that report a meeting (whose people are counterparts)
     */
    List<OfficeCountryCandidate> candidates(List<OfficeHolding> stated, List<OfficeHolding> ruled, ArticleContext ctx,
                                            Set<Integer> meetingSentences) {
        Set<String> open = new LinkedHashSet<>();
        Set<String> told = new LinkedHashSet<>(); // the offices whose country the text states somewhere
        for (OfficeHolding h : stated) {
            if (h.country() == null && !OfficeCountries.international(h, ctx)) {
                open.add(h.person() + "|" + h.role());
            } else if (h.country() != null) {
                told.add(h.person() + "|" + h.role());
            }
        }
        open.removeAll(told);
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : ctx.mentions().all()) {
            if (m.type() == MentionType.COUNTRY) {
                counts.merge(m.key(), 1, Integer::sum);
            }
        }
        String dateline = HomeCountry.fromDateline(ctx);
        String outlet = outletCountry(ctx);
        Set<String> countries = new LinkedHashSet<>(counts.keySet());
        for (String c : new String[] {dateline, outlet}) {
            if (c != null) {
                countries.add(c);
            }
        }
        List<Integer> ranks = counts.values().stream().sorted((a, b) -> b - a).toList();
        List<OfficeCountryCandidate> out = new ArrayList<>();
        List<Set<String>> enumerations = OfficeCountryClues.enumerations(ctx);
        for (OfficeHolding h : ruled) {
            if (!open.contains(h.person() + "|" + h.role())) {
                continue;
            }
            Set<String> all = new LinkedHashSet<>(countries);
            if (h.country() != null) {
                all.add(h.country());
            }
            String serves = known.of(h.person());
            if (serves != null && h.person().contains(" ")) {
                // what other news says of the person, though this article does not name it; a family name alone
                // ("Rudd") may be another bearer's
                all.add(serves);
            }
            Set<String> mates = OfficeCountryClues.listMates(h.person(), enumerations);
            Set<String> mateCountries = mateCountries(mates, stated);
            Set<String> counterparts = counterpartCountries(h, ruled, ctx, meetingSentences, mates);
            Map<String, String> near = nearness(h, ctx);
            for (String c : all) {
                var entry = ctx.gazetteer().entry(c);
                if (entry.isEmpty()) {
                    continue;
                }
                List<String> f = features(h, c, ruled, ctx, counts, ranks, dateline, outlet,
                        near.getOrDefault(c, NEARNESS.get(0)));
                f.add("counterpart=" + counterparts.contains(c));
                f.add("listmate=" + (mateCountries.isEmpty() ? "none" : mateCountries.contains(c) ? "yes" : "other"));
                f.add("known=" + (serves == null ? "none" : serves.equals(c) ? "yes" : "other"));
                out.add(new OfficeCountryCandidate(h, c, entry.get().label(), f));
            }
        }
        return out;
    }

    private static List<String> features(OfficeHolding h, String c, List<OfficeHolding> ruled, ArticleContext ctx,
                                         Map<String, Integer> counts, List<Integer> ranks, String dateline,
                                         String outlet, String near) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        int n = counts.getOrDefault(c, 0);
        f.add("count=" + (n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : "4+"));
        int rank = ranks.indexOf(n);
        f.add("rank=" + (n == 0 ? "none" : rank == 0 ? "1" : rank == 1 ? "2" : "3+"));
        f.add("rule=" + c.equals(h.country()));
        f.add("dateline=" + c.equals(dateline));
        f.add("outlet=" + c.equals(outlet));
        f.add("title-names-it=" + c.equals(OfficeCountries.titleCountry(h.role())));
        f.add("posting=" + c.equals(Envoys.posting(h.role(), ctx)));
        boolean taken = false;
        boolean samePerson = false;
        for (OfficeHolding o : ruled) {
            if (c.equals(o.country()) && !o.person().equals(h.person())
                    && OfficeCountries.family(o.role()).equals(OfficeCountries.family(h.role()))) {
                taken = true;
            }
            if (c.equals(o.country()) && o.person().equals(h.person()) && !o.role().equals(h.role())) {
                samePerson = true;
            }
        }
        f.add("taken=" + taken);
        f.add("same-person=" + samePerson);
        f.add("near=" + near);
        boolean envoy = h.role().startsWith("Ambassador") || h.role().contains("Envoy");
        for (String x : List.copyOf(f)) {
            if (!x.equals("bias")) {
                f.add((envoy ? "envoy:" : "office:") + x);
            }
        }
        return f;
    }

    /** The countries the text states for the offices of the people listed with this person, or other news knows. */
    private Set<String> mateCountries(Set<String> mates, List<OfficeHolding> stated) {
        Set<String> out = new LinkedHashSet<>();
        for (OfficeHolding o : stated) {
            if (o.country() != null && mates.contains(o.person())) {
                out.add(o.country());
            }
        }
        for (String m : mates) {
            String serves = m.contains(" ") ? known.of(m) : null;
            if (serves != null) {
                out.add(serves);
            }
        }
        return out;
    }

    /**
     * The countries of the people this person meets, by the offices stated: usually not the person's own.
     * People listed with this person ({@code mates}) are of the same party, not counterparts.
     */
    private static Set<String> counterpartCountries(OfficeHolding h, List<OfficeHolding> ruled, ArticleContext ctx,
                                                    Set<Integer> meetingSentences, Set<String> mates) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : ctx.document().sentences()) {
            if (!meetingSentences.contains(s.index())) {
                continue;
            }
            List<String> names = ctx.persons(s).stream().map(ctx::name).toList();
            if (!names.contains(h.person())) {
                continue;
            }
            for (OfficeHolding o : ruled) {
                if (o.country() != null && !o.person().equals(h.person()) && names.contains(o.person())
                        && !mates.contains(o.person())) {
                    out.add(o.country());
                }
            }
        }
        return out;
    }

    /** How near a country is named to the person, from farthest to nearest. */
    private static final List<String> NEARNESS = List.of("far", "adjacent-city", "adjacent", "sentence-city",
            "sentence-place", "sentence");

    /**
     * How near each country is named to the person ({@link #NEARNESS}), for every country named near them: in the
     * same sentence (as a place where one went: "sentence-place"), the next one or before, or farther; a place of
     * the country (a city, a region: "visited Bucharest") counts apart, below the country's own name. Countries
     * named nowhere near are "far".
     */
    private static Map<String, String> nearness(OfficeHolding h, ArticleContext ctx) {
        List<Sentence> sentences = ctx.document().sentences();
        Map<String, Integer> best = new HashMap<>();
        for (Sentence s : sentences) {
            boolean person = ctx.persons(s).stream().anyMatch(m -> h.person().equals(ctx.name(m)));
            if (!person) {
                continue;
            }
            for (int k = Math.max(0, s.index() - 1); k <= Math.min(sentences.size() - 1, s.index() + 1); k++) {
                Sentence t = sentences.get(k);
                boolean same = k == s.index();
                for (Mention m : ctx.mentions().within(t.start(), t.end(), MentionType.COUNTRY)) {
                    best.merge(m.key(), same ? HomeCountry.isPlace(ctx, m) ? 4 : 5 : 2, Math::max);
                }
                for (Mention m : ctx.mentions().within(t.start(), t.end(), MentionType.PLACE)) {
                    String c = ctx.gazetteer().countryOf(m.key());
                    if (c != null) {
                        best.merge(c, same ? 3 : 1, Math::max);
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        best.forEach((c, level) -> out.put(c, NEARNESS.get(level)));
        return out;
    }

    /** The country of the outlet's web domain ("koreaherald.co.kr", "japantimes.co.jp"), or null. */
    private static String outletCountry(ArticleContext ctx) {
        String url = ctx.document().source().url();
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            String tld = host.substring(host.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
            String key = "country/" + (tld.equals("UK") ? "GB" : tld);
            return tld.length() == 2 && ctx.gazetteer().entry(key).isPresent() ? key : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
