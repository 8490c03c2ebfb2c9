package org.w3id.dmkg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;

/**
 * What synthetic articles are made of: countries from the reference data with a demonym and a city,
 * international organizations, and a fixed pool of invented office holders, each with a country and a
 * title, so the same people recur across articles as they do in the news. Immutable.
 */
final class SyntheticCast {
    /** A country: its name, demonym and a city of it. */
    record Country(String name, String demonym, String city) {
    }

    /** An invented office holder. */
    record Person(String name, String title, Country country) {
        String surname() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }

    private static final String[] TITLES = {"President", "Prime Minister", "Foreign Minister", "Vice President",
        "Defense Minister", "Premier", "Vice Premier", "Trade Minister"};

    final List<Country> countries;
    final List<String> organizations;
    final List<Person> people;

    SyntheticCast(List<GazetteerEntry> entries, long seed, int poolSize) {
        Map<String, String> cityOf = new HashMap<>();
        List<String> orgs = new ArrayList<>();
        for (GazetteerEntry e : entries) {
            if (e.kind() == EntryKind.CITY && e.country() != null && isPlain(e.label())) {
                cityOf.putIfAbsent(e.country(), e.label());
            } else if (e.kind() == EntryKind.ORGANIZATION && e.country() == null && isPlain(e.label())) {
                orgs.add(e.label());
            }
        }
        List<Country> cs = new ArrayList<>();
        for (GazetteerEntry e : entries) {
            if (e.kind() == EntryKind.COUNTRY && !e.adjectives().isEmpty() && cityOf.containsKey(e.key())
                    && isPlain(e.label())) {
                cs.add(new Country(e.label(), e.adjectives().get(0), cityOf.get(e.key())));
            }
        }
        if (cs.size() < 2 || orgs.isEmpty()) {
            throw new IllegalStateException("reference data too small for synthetic articles");
        }
        Random random = new Random(seed);
        List<Person> pool = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            pool.add(new Person(SyllableNames.person(random), TITLES[random.nextInt(TITLES.length)],
                    cs.get(random.nextInt(cs.size()))));
        }
        this.countries = List.copyOf(cs);
        this.organizations = List.copyOf(orgs);
        this.people = List.copyOf(pool);
    }

    /** A person, the first of the pool more often than the last (news repeats a few names). */
    Person person(Random random) {
        double u = random.nextDouble();
        return people.get((int) (u * u * people.size()));
    }

    /** Names without characters that would need escaping or confuse the templates. */
    private static boolean isPlain(String label) {
        return label != null && label.matches("[A-Z][A-Za-z .'-]+") && !label.contains("  ");
    }
}
