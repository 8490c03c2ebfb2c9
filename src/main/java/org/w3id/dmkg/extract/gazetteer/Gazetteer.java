package org.w3id.dmkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.dmkg.extract.Names;

/**
 * Looks up countries, organizations and places by any of their names or adjectives. Names written
 * in capitals (abbreviations such as "SCO") match only as written; others match when the text writes
 * them capitalized in any case ("Security Council of the Russian Federation"). Immutable; thread-safe.
 */
public final class Gazetteer {
    /** One way an entry is named: the entry and whether the form is an adjective ("Chinese"). */
    public record Name(GazetteerEntry entry, boolean adjective) {
    }

    /** One-word demonyms whose plural adds an s: "Israeli", "Mexican" (not "Chinese", "Swiss", "French"). */
    private static final Pattern PLURAL_DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|i)");
    /** An acronym of four letters or more, which some styles write with one capital. */
    private static final Pattern LONG_ACRONYM = Pattern.compile("\\p{Lu}{4,}");
    /** Long acronyms whose one-capital form is a name of something else ("Mena" is a given name). */
    private static final java.util.Set<String> TITLE_CASE_WORDS = java.util.Set.of("MENA");
    private final Map<String, GazetteerEntry> byKey = new HashMap<>();
    private final Map<String, List<Name>> exact = new HashMap<>();
    private final Map<String, List<Name>> folded = new HashMap<>();
    private final int maxWords;
    /** First words of the few names that start in lower case ("dpa"). */
    private final java.util.Set<String> lowerStarts = new java.util.HashSet<>();
    /** The lengths of the names, lower-cased, by prefix. */
    private final KeyLengths lengths;

    public Gazetteer(List<GazetteerEntry> entries) {
        int max = 1;
        for (GazetteerEntry e : entries) {
            byKey.put(e.key(), e);
            for (String n : e.names()) {
                max = Math.max(max, add(n, new Name(e, false)));
            }
            for (String a : e.adjectives()) {
                max = Math.max(max, add(a, new Name(e, true)));
                if (e.kind() == EntryKind.COUNTRY && PLURAL_DEMONYM.matcher(a).matches()) {
                    add(a + "s", new Name(e, false)); // "Israelis", "Palestinians": the people of a country name it
                }
            }
        }
        this.maxWords = max + 4;
        List<String> lower = new ArrayList<>(exact.size());
        for (String f : exact.keySet()) {
            lower.add(f.toLowerCase(java.util.Locale.ROOT));
        }
        this.lengths = new KeyLengths(lower);
    }

    private int add(String name, Name value) {
        String f = Names.fold(name);
        if (f.isEmpty()) {
            return 0;
        }
        exact.computeIfAbsent(f, k -> new ArrayList<>(1)).add(value);
        if (Character.isLowerCase(f.charAt(0))) {
            lowerStarts.add(f.split(" ")[0]);
        }
        if (!f.equals(f.toUpperCase(java.util.Locale.ROOT)) || LONG_ACRONYM.matcher(f).matches()
                && !TITLE_CASE_WORDS.contains(f)) {
            // "Nato", "Asean", "Unesco": British style writes a long acronym as a word
            folded.computeIfAbsent(f.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>(1)).add(value);
        }
        return f.split(" ").length;
    }

    /** The names an exact surface form has, best first; empty when none. */
    public List<Name> lookup(String surface) {
        String f = Names.fold(surface);
        List<Name> hits = exact.get(f);
        if (hits != null) {
            return hits;
        }
        if (!f.isEmpty() && Character.isUpperCase(f.charAt(0))) {
            hits = folded.get(f.toLowerCase(java.util.Locale.ROOT));
        }
        return hits == null ? List.of() : hits;
    }

    /**
     * Whether every name this surface form has is an adjective ("Finnish", "Indian"; not "Finland"); true when it has
     * none.
     */
    public boolean adjectiveOnly(String surface) {
        return lookup(surface).stream().allMatch(Name::adjective);
    }

    /** Whether a name may start with this token: a capital, a digit, or a name known to start in lower case. */
    public boolean mayStart(String token) {
        char c = token.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || lowerStarts.contains(token);
    }

    /**
     * The lengths, as a {@link KeyLengths} bit set, of the names a span starting with this token may match
     * when the span lies in a run of {@link Names#plainEnd}: such a span of another length matches none.
     */
    long nameLengths(String token) {
        return lengths.startingWith(Names.fold(token).toLowerCase(java.util.Locale.ROOT));
    }

    public Optional<GazetteerEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The longest name, in tokens, with some slack for tokenization; bounds the matcher's window. */
    public int maxTokens() {
        return maxWords;
    }

    /** The country an entry belongs to: itself for a country, else its country key, else null. */
    public String countryOf(String key) {
        GazetteerEntry e = byKey.get(key);
        if (e == null) {
            return null;
        }
        return e.kind() == EntryKind.COUNTRY ? e.key() : e.country();
    }
}
