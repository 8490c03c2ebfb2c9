package org.w3id.dmkg.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.text.SourceDocument;
import org.w3id.dmkg.text.TextArticleParser;

/**
 * Generates varied news articles about diplomatic meetings from templates, the reference data
 * (countries with their demonyms and cities, organizations) and invented people ({@link SyllableNames}):
 * different meeting verbs and modes, datelines of several agencies, dates, statements, anniversaries
 * and organizations. Article {@code i} depends only on the seed and {@code i}, so articles can be made
 * on demand, in any order, by any thread. Immutable and thread-safe.
 */
public final class SyntheticArticles {
    private static final String[] MEETINGS = {
        "%1$s met with %2$s in %3$s on %4$s.",
        "%1$s held talks with visiting %2$s in %3$s on %4$s.",
        "%1$s received %2$s in %3$s on %4$s.",
        "%1$s hosted %2$s for talks in %3$s on %4$s.",
        "%1$s had a phone call with %2$s on %4$s.",
        "%1$s held a video call with %2$s on %4$s.",
        "%1$s will meet %2$s in %3$s next week, the foreign ministry said on %4$s.",
    };
    private static final String[] STATEMENTS = {
        "%1$s said %2$s is ready to work with %3$s to deepen cooperation in %4$s.",
        "%1$s said that %2$s and %3$s should expand exchanges in %4$s.",
        "\"We will strengthen our partnership in %4$s,\" %1$s said, adding that %2$s values its ties with %3$s.",
    };
    private static final String[] FIELDS = {"trade", "energy", "agriculture", "education", "infrastructure",
        "public health", "tourism", "science and technology", "security", "culture"};
    private static final String[] ORDINALS = {"10th", "20th", "25th", "30th", "40th", "45th", "50th", "60th",
        "70th", "75th"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private final SyntheticCast cast;
    private final long seed;

    /** A generator over the given reference entries with a pool of invented people. */
    public SyntheticArticles(List<GazetteerEntry> entries, long seed) {
        this.cast = new SyntheticCast(entries, seed, 2000);
        this.seed = seed;
    }

    /** Article {@code i}, parsed as a text input would be. */
    public SourceDocument article(int i) {
        return TextArticleParser.parse("synthetic/" + seed + "/" + i, text(i));
    }

    /** The person the articles name most often (about 5% of them), the heaviest {@code person} parameter. */
    public String frequentPerson() {
        return cast.people.get(0).name();
    }

    /** A person of the middle of the pool, named about as often as most (about 0.1% of the articles). */
    public String typicalPerson() {
        return cast.people.get(cast.people.size() / 2).name();
    }

    /** The text of article {@code i}, in the plain-text input format. */
    public String text(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        SyntheticCast.Person host = cast.person(r);
        SyntheticCast.Person guest = cast.person(r);
        while (guest.country() == host.country()) {
            guest = cast.people.get(r.nextInt(cast.people.size()));
        }
        LocalDate date = FIRST_DAY.plusDays(r.nextInt(3650));
        String weekday = date.minusDays(r.nextInt(3)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        StringBuilder b = new StringBuilder();
        b.append("url: https://news.example.org/synthetic/").append(seed).append('/').append(i).append('\n');
        b.append("date ").append(date).append(' ').append(host.country().demonym()).append(' ')
                .append(host.title().toLowerCase(Locale.ROOT)).append(" meets ").append(guest.country().demonym())
                .append(' ').append(guest.title().toLowerCase(Locale.ROOT)).append("\n\n");
        b.append(dateline(r, host.country(), date));
        b.append(String.format(pick(r, MEETINGS), full(host), full(guest), host.country().city(), weekday));
        b.append("\n\n").append(String.format(pick(r, STATEMENTS), host.surname(), host.country().name(),
                guest.country().name(), pick(r, FIELDS)));
        if (r.nextInt(3) == 0) {
            b.append("\n\nThis year marks the ").append(pick(r, ORDINALS))
                    .append(" anniversary of the establishment of diplomatic relations between ")
                    .append(host.country().name()).append(" and ").append(guest.country().name()).append('.');
        }
        if (r.nextBoolean()) {
            b.append("\n\nThe two sides agreed to strengthen coordination within the ")
                    .append(pick(r, cast.organizations)).append(" and other multilateral frameworks.");
        }
        if (r.nextInt(4) == 0) {
            SyntheticCast.Person third = cast.person(r);
            b.append("\n\nDuring the visit, ").append(guest.surname()).append(" also met ").append(full(third))
                    .append('.');
        }
        b.append("\n\n").append(String.format(pick(r, STATEMENTS), guest.surname(), guest.country().name(),
                host.country().name(), pick(r, FIELDS))).append('\n');
        return b.toString();
    }

    private static String dateline(Random r, SyntheticCast.Country where, LocalDate date) {
        String city = where.city().toUpperCase(Locale.ROOT);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (r.nextInt(3)) {
            case 0 -> city + ", " + month.substring(0, 3) + ". " + date.getDayOfMonth() + " (Xinhua) -- ";
            case 1 -> city + ", " + month + " " + date.getDayOfMonth() + ". /TASS/. ";
            default -> city + " [" + where.name() + "], " + month + " " + date.getDayOfMonth() + " (ANI): ";
        };
    }

    private static String full(SyntheticCast.Person p) {
        return p.country().demonym() + " " + p.title() + " " + p.name();
    }

    private static <T> T pick(Random r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    private static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }
}
