package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.extract.person.Credits;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.text.Dateline;

/**
 * The countries, organizations and places an article names, each once, with its preferred label;
 * a dateline's place does not count, organizations named inside longer names do. An agency or outlet named
 * only in the article's credits ({@link Credits}) is not a mention but the article's source. Stateless.
 */
final class EntityCollector {
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EntityCollector() {
    }

    /** The entities the story names. */
    static List<EntityFact> collect(ArticleContext ctx) {
        return collect(ctx, false);
    }

    /** The organizations named only in the article's credits: its sources. */
    static List<EntityFact> sources(ArticleContext ctx) {
        Map<String, EntityFact> named = new LinkedHashMap<>();
        collect(ctx, false).forEach(e -> named.put(e.key(), e));
        List<EntityFact> out = new ArrayList<>();
        for (EntityFact e : collect(ctx, true)) {
            if (e.kind() == EntryKind.ORGANIZATION && !named.containsKey(e.key())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<EntityFact> collect(ArticleContext ctx, boolean inCredits) {
        Map<String, EntityFact> out = new LinkedHashMap<>();
        Gazetteer g = ctx.gazetteer();
        Dateline d = ctx.document().source().dateline();
        for (Mention m : ctx.mentions().all()) {
            boolean credited = m.type() == MentionType.ORGANIZATION ? ctx.credits().coversOrganization(m.start(), m.end())
                    : ctx.credits().covers(m.start(), m.end());
            if (credited != inCredits) {
                continue;
            }
            if (d != null && m.start() >= d.start() && m.end() <= d.end() && m.type() != MentionType.ORGANIZATION) {
                continue; // the dateline's place says where the story was filed, not what it is about
            }
            switch (m.type()) {
                case COUNTRY, PLACE, ORGANIZATION -> {
                    GazetteerEntry e = g.entry(m.key()).orElse(null);
                    EntityFact f = e != null ? new EntityFact(e.kind(), e.key(), e.label(), written(m.text(), e))
                            : new EntityFact(EntryKind.ORGANIZATION, m.key(), LEADING_THE.matcher(m.text()).replaceFirst(""));
                    out.putIfAbsent(f.key(), f);
                    if (m.type() == MentionType.ORGANIZATION) {
                        nested(m.text(), g, out);
                    }
                }
                default -> {
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The surface form when it is a differently spelled name, not a case variant ("BEIJING") or a possessive;
     * for an organization also its abbreviation ("ANI" for Asian News International).
     */
    private static String written(String surface, GazetteerEntry e) {
        String s = LEADING_THE.matcher(POSSESSIVE.matcher(surface).replaceAll("")).replaceFirst("").strip();
        if (Names.key(s).equals(Names.key(e.label()))) {
            return null;
        }
        if (e.kind() == EntryKind.ORGANIZATION) {
            return s;
        }
        boolean shouting = s.equals(s.toUpperCase(java.util.Locale.ROOT));
        return shouting || s.length() < 4 ? null : s;
    }

    /** Whether the words from i on follow "of" or "of the": a body named as the owner of the longer one. */
    private static boolean afterOf(String[] words, int i) {
        return i >= 1 && words[i - 1].equalsIgnoreCase("of") || i >= 2 && words[i - 1].equalsIgnoreCase("the")
                && words[i - 2].equalsIgnoreCase("of");
    }

    /**
     * Organizations and countries named inside a longer name: "CPC" and "CPC Central Committee" in "Political
     * Bureau of the CPC Central Committee", the United States in "U.S. Marshals Service"; not the tail of a name
     * found there ("Congress" of "National People's Congress Standing Committee" is not the US Congress).
     */
    private static void nested(String name, Gazetteer g, Map<String, EntityFact> out) {
        String[] words = SPACES.split(name);
        boolean[] endsName = new boolean[words.length + 1]; // a name found ends before this word
        for (int i = 0; i < words.length; i++) {
            for (int j = Math.min(words.length, i + 8); j > i; j--) {
                if (i == 0 && j == words.length || j == words.length && !afterOf(words, i) || endsName[j]) {
                    continue; // the whole name, its own tail ("Democratic Party" of "Social Democratic Party"), or
                              // the tail of a name found ("Congress" of "National People's Congress")
                }
                String written = String.join(" ", java.util.Arrays.copyOfRange(words, i, j));
                String bare = POSSESSIVE.matcher(written).replaceAll("");
                List<Gazetteer.Name> found = g.lookup(written);
                if (found.isEmpty() && !bare.equals(written)) {
                    found = g.lookup(bare); // "National People Congress" is looked up only when "'s" was written
                }
                if (!found.isEmpty()) {
                    endsName[j] = true;
                }
                for (Gazetteer.Name n : found) {
                    if (n.entry().kind() == EntryKind.ORGANIZATION && !n.adjective()) {
                        out.putIfAbsent(n.entry().key(), new EntityFact(EntryKind.ORGANIZATION, n.entry().key(),
                                n.entry().label()));
                    } else if (n.entry().kind() == EntryKind.COUNTRY) {
                        // "U.S. Marshals Service", "German Social Democratic Party" name their country too
                        out.putIfAbsent(n.entry().key(), new EntityFact(EntryKind.COUNTRY, n.entry().key(),
                                n.entry().label()));
                    }
                }
            }
        }
    }
}
