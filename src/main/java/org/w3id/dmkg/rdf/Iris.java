package org.w3id.dmkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.w3id.dmkg.extract.Names;
import org.w3id.dmkg.extract.anniversary.AnniversaryFact;
import org.w3id.dmkg.extract.meeting.MeetingFact;
import org.w3id.dmkg.extract.meeting.MeetingMode;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Mints the IRIs of everything dmkg writes, deterministically from stable keys, so that the same input
 * always gives the same graph and the same person, country or meeting named in two articles is one
 * resource. Stateless; thread-safe.
 */
public final class Iris {
    private Iris() {
    }

    /** An article: by its URL when it has one, else by its text. */
    public static String article(SourceDocument source) {
        String basis = source.url() != null ? "url:" + source.url().strip() : "text:" + source.text();
        return DMKG.ID + "article/" + hash(basis);
    }

    /** A reference-data or extracted entity by its key ({@code country/CN}, {@code org/...}, {@code place/...}). */
    public static String entity(String key) {
        return DMKG.ID + key;
    }

    /**
     * A person by the words of the name, case folded and sorted: "Kim Jong-un" and "Kim Jong Un" meet, and so do
     * the family-name-first and given-name-first orders of one name. A word the name repeats counts each time:
     * "Abdullah Abdullah" is not "King Abdullah".
     */
    public static String person(String name) {
        List<String> words = new ArrayList<>(List.of(Names.words(name)));
        Collections.sort(words);
        return DMKG.ID + "person/" + Names.slug(String.join(" ", words));
    }

    public static String role(String label) {
        return DMKG.ID + "role/" + Names.slug(label);
    }

    public static String event(String label) {
        return DMKG.ID + "event/" + Names.slug(label);
    }

    /**
     * A meeting: with a date, by date and participants, so that reports of it by several articles meet
     * in one node; without one, only within its article.
     */
    public static String meeting(MeetingFact m, String articleIri) {
        TreeSet<String> people = new TreeSet<>();
        for (String p : m.participants()) {
            people.add(person(p));
        }
        boolean remote = m.mode() == MeetingMode.PHONE || m.mode() == MeetingMode.VIDEO;
        String basis = people + "|" + remote;
        if (m.date() != null) {
            return DMKG.ID + "meeting/" + m.date() + "-" + hash(basis);
        }
        return DMKG.ID + "meeting/" + hash(articleIri + "|" + basis);
    }

    /**
     * An anniversary: with its year, by the event, the ordinal and the year, so that the articles marking it
     * meet in one node, as meetings do; without one, only within its article.
     */
    public static String anniversary(AnniversaryFact a, String articleIri) {
        if (a.year() != null) {
            return DMKG.ID + "anniversary/" + a.year() + "-" + a.ordinal() + "-" + hash(event(a.event()));
        }
        return local("anniversary", articleIri, a.ordinal(), a.event());
    }

    /** Anything stated by one article: the article and the parts that identify it. */
    public static String local(String kind, String articleIri, Object... parts) {
        StringBuilder b = new StringBuilder(articleIri);
        for (Object p : parts) {
            b.append('|').append(p);
        }
        return DMKG.ID + kind + "/" + hash(b.toString());
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
