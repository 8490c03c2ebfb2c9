package org.w3id.dmkg.extract.office;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.extract.TokenWindow;
import org.w3id.dmkg.extract.person.NameRuns;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * The office forms beside the title-before-name one: titles joined by "and", appositives, and the byline
 * block of a transcript (a line with a name, the next with its title). Stateless.
 */
final class OfficeForms {
    private OfficeForms() {
    }

    /**
     * Spelled-out military ranks that stand between an office and a name ("Chief of Defence Staff General Anil
     * Chauhan", "his Vietnamese counterpart General Phan Van Giang"); abbreviated ones are honorifics already.
     */
    private static final java.util.Set<String> RANK_WORDS = java.util.Set.of("General", "Admiral", "Marshal",
            "Colonel", "Brigadier");

    /** Where the words before a name at token {@code named} start once honorifics and a military rank are passed. */
    static int nameStart(TokenWindow w, int named) {
        int first = NameRuns.honorificsStart(w::text, named);
        if (first >= 1 && RANK_WORDS.contains(w.text(first - 1)) && w.mentionEndingBefore(first) == null) {
            first = NameRuns.honorificsStart(w::text, first - 1);
        }
        return first;
    }

    /** "State Councilor and Foreign Minister Wang Yi": the first of two titles joined by "and", same country. */
    static OfficeHolding coordinated(ArticleContext ctx, TokenWindow w, OfficeHolding h, Mention person) {
        int first = w.indexAt(person.start());
        Mention title = w.mentionEndingBefore(first);
        if (title == null || title.type() != MentionType.TITLE) {
            return null;
        }
        int k = w.indexAt(title.start()) - 1;
        if (k < 1 || !w.text(k).equals("and")) {
            return null;
        }
        Mention other = w.mentionEndingBefore(k);
        if (other == null || other.type() != MentionType.TITLE) {
            return null;
        }
        return new OfficeHolding(h.person(), other.key(), h.country(), null, h.asOf(), h.confidence() - 0.05,
                h.evidence());
    }

    /**
     * NAME [MP], [the] [ADJ] TITLE [of|to [the] COUNTRY|ORG]: the holding of that title, then those of the
     * titles the appositive lists after it ("Dr. Musaed Al Aiban, minister of state, member of the Cabinet and
     * National Security Advisor"): each that follows the last one's end directly, after a comma, "and" or both,
     * holds for the same person and, unless it names its own, the same country; the list ends at anything else
     * (", and Prince Abdullah ..." names someone new). Empty when there is no appositive title.
     */
    static List<OfficeHolding> appositive(ArticleContext ctx, TokenWindow w, Mention person) {
        int k = afterName(w, person);
        if (k >= w.size() || !w.text(k).equals(",")) {
            return List.of();
        }
        String country = null;
        for (k = k + 1; k < w.size(); k++) {
            Mention m = w.mentionAt(k);
            if (m != null && m.type() == MentionType.TITLE) {
                if (titlesNext(w, m)) {
                    return List.of(); // "VP Mike Pence, National Security Advisor Robert O'Brien"
                }
                List<OfficeHolding> out = new ArrayList<>();
                out.add(ownedHolding(ctx, w, person, m, country, 0.8));
                listed(ctx, w, person, m, out);
                return out;
            }
            if (m != null && m.type() == MentionType.COUNTRY) {
                country = m.key();
                k = w.indexAt(m.end() - 1);
                continue;
            }
            Token t = w.token(k);
            if (!(t.text().equals("the") || t.text().equals("a") || t.text().equals("also") || t.text().equals("now")
                    || t.text().equals("then") || t.text().equals("who") || t.text().equals("is") || w.isPossessive(k)
                    || t.pos() != null && t.pos().startsWith("JJ") && Character.isLowerCase(t.text().charAt(0)))) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The most words between a name and the "as" of the office it holds ("Mugabe resigns as president"). */
    private static final int AS_GAP = 3;

    /**
     * NAME ... as TITLE: the office a name is said to hold, take up or leave with "as" ("Putin as head of
     * state", "Mugabe resigns as president", "who replaced Shinzo Abe as prime minister", "Clinton's
     * correspondence as secretary of state"). At most {@value #AS_GAP} lower-case words or a possessive stand
     * between the name and "as"; "the", "a" or a country may stand before the title, whose "of" names its
     * country or organization. Null when a name follows the title ("such as President Obama": the title is
     * that name's) or the title is possessive ("as the president's envoy").
     */
    static OfficeHolding predicative(ArticleContext ctx, TokenWindow w, Mention person) {
        int k = afterName(w, person);
        int gap = 0;
        while (k < w.size() && !w.text(k).equals("as")) {
            Token t = w.token(k);
            boolean word = w.mentionAt(k) == null && Character.isLowerCase(t.text().charAt(0))
                    && Character.isLetter(t.text().charAt(0));
            if (!(word || w.isPossessive(k)) || ++gap > AS_GAP) {
                return null;
            }
            k++;
        }
        if (k >= w.size() || k >= 1 && (w.text(k - 1).equals("such") || w.text(k - 1).equals("well"))) {
            return null;
        }
        String country = null;
        for (k = k + 1; k < w.size(); k++) {
            Mention m = w.mentionAt(k);
            if (m != null && m.type() == MentionType.COUNTRY && country == null) {
                country = m.key(); // "as Japanese prime minister"
                k = w.indexAt(m.end() - 1);
            } else if (m != null && m.type() == MentionType.TITLE && !m.key().startsWith("!")) {
                int after = w.indexAt(m.end() - 1) + 1;
                if (titlesNext(w, m) || after < w.size() && w.isPossessive(after)) {
                    return null;
                }
                return ownedHolding(ctx, w, person, m, country, 0.7);
            } else if (!(w.text(k).equals("the") || w.text(k).equals("a") || w.text(k).equals("an"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The person's holding of a title whose "of" may name its owner ("minister of foreign affairs of Oman",
     * "secretary-general of NATO"): that country or organization, else {@code country}.
     */
    private static OfficeHolding ownedHolding(ArticleContext ctx, TokenWindow w, Mention person, Mention title,
                                              String country, double confidence) {
        Mention owner = w.ofAfter(w.indexAt(title.end() - 1) + 1);
        boolean ownCountry = owner != null && owner.type() == MentionType.COUNTRY;
        String org = owner != null && owner.type() == MentionType.ORGANIZATION ? owner.key() : null;
        return holding(ctx, person, title.key(), ownCountry ? owner.key() : country, org, w.sentence(), confidence);
    }

    /** Whether a person's name follows the title directly: then it is that person's, not an appositive. */
    private static boolean titlesNext(TokenWindow w, Mention title) {
        int after = w.indexAt(title.end() - 1) + 1;
        Mention named = after < w.size() ? w.mentionAt(after) : null;
        return named != null && named.type() == MentionType.PERSON;
    }

    /** Adds to {@code out} (which holds the first) the holdings of the titles listed after {@code title}. */
    private static void listed(ArticleContext ctx, TokenWindow w, Mention person, Mention title,
                               List<OfficeHolding> out) {
        String firstCountry = out.get(0).country();
        int at = ownerEnd(w, w.indexAt(title.end() - 1) + 1);
        while (true) {
            int next = at;
            if (next < w.size() && w.text(next).equals(",")) {
                next++;
            }
            if (next < w.size() && w.text(next).equals("and")) {
                next++;
            }
            if (next == at || next >= w.size()) {
                return;
            }
            Mention m = w.mentionAt(next);
            if (m == null || m.type() != MentionType.TITLE || m.key().startsWith("!")) {
                return;
            }
            if (titlesNext(w, m)) {
                return; // ", Prince Mohammed Bin Abdulrahman": a title before the next person's name
            }
            int after = w.indexAt(m.end() - 1) + 1;
            Mention of = w.ofAfter(after);
            String org = of != null && of.type() == MentionType.ORGANIZATION ? of.key() : null;
            String country = of != null && of.type() == MentionType.COUNTRY ? of.key() : firstCountry;
            out.add(holding(ctx, person, m.key(), country, org, w.sentence(), 0.75));
            at = ownerEnd(w, after);
        }
    }

    /** The index after the name and its post-nominal letters ("the Hon Julie Bishop MP, Minister for ..."). */
    private static int afterName(TokenWindow w, Mention person) {
        int k = w.indexAt(person.end() - 1) + 1;
        Mention postNominal = k < w.size() ? w.mentionAt(k) : null;
        if (postNominal != null && postNominal.type() == MentionType.TITLE
                && postNominal.text().equals(postNominal.text().toUpperCase(java.util.Locale.ROOT))) {
            k = w.indexAt(postNominal.end() - 1) + 1;
        }
        return k;
    }

    /** Past what a title at i..-1 is "of" or "to" ("of the Cabinet", "to the United States"): the next index. */
    private static int ownerEnd(TokenWindow w, int i) {
        if (i >= w.size() || !(w.text(i).equals("of") || w.text(i).equals("to"))) {
            return i;
        }
        int k = i + 1;
        if (k < w.size() && w.text(k).equals("the")) {
            k++;
        }
        while (k < w.size() && Character.isUpperCase(w.text(k).charAt(0))
                && (w.mentionAt(k) == null || w.mentionAt(k).type() != MentionType.TITLE)) {
            Mention m = w.mentionAt(k);
            k = m == null ? k + 1 : w.indexAt(m.end() - 1) + 1;
        }
        return k;
    }

    private static final java.util.Map<String, String> COUNTERPART_OFFICE = Lexicon.pairs("counterpart-offices.txt");
    private static final java.util.Set<String> POSSESSIVE_PRONOUNS = java.util.Set.of("his", "her", "their");
    /** Words that may stand between a possessive and "counterpart" without changing whose it is. */
    private static final java.util.Set<String> NEWLY = java.util.Set.of("new", "newly", "appointed", "elected",
            "incoming", "visiting");

    /** The role words that name an office by another holder's: "his counterpart", "her predecessor". */
    static final java.util.Set<String> RELATIONAL = java.util.Set.of("!Counterpart", "!Predecessor");

    /**
     * "his Australian counterpart Anthony Albanese", "Xi's Russian counterpart Vladimir Putin": the office of the
     * person the possessive stands for, in its common form ({@code counterpart-offices.txt}: a Foreign
     * Secretary's counterpart is a Foreign Minister), held for the country named before "counterpart" (or left open).
     * "his predecessor, Junichiro Koizumi": the very office of the person the possessive stands for, in the same
     * country.
     *
     * @param held the offices found so far, the anchor's among them when the text gave it earlier
     */
    static OfficeHolding counterpart(ArticleContext ctx, TokenWindow w, Mention person,
                                     java.util.Collection<OfficeHolding> held) {
        int first = nameStart(w, w.indexAt(person.start()));
        if (first >= 1 && w.text(first - 1).equals(",")) {
            first--; // "his new Japanese counterpart, Yasuo Fukuda"
        }
        Mention title = w.mentionEndingBefore(first);
        if (title == null || !RELATIONAL.contains(title.key())) {
            return null;
        }
        boolean predecessor = title.key().equals("!Predecessor");
        int k = w.indexAt(title.start()) - 1;
        Mention owner = k >= 0 ? w.mentionEndingBefore(k + 1) : null;
        String country = null;
        if (owner != null && owner.type() == MentionType.COUNTRY) {
            country = owner.key();
            k = w.indexAt(owner.start()) - 1;
        }
        while (k >= 1 && NEWLY.contains(w.text(k).toLowerCase(java.util.Locale.ROOT))) {
            k--; // "his new counterpart", "her newly appointed Indian counterpart"
        }
        String anchor = null;
        if (k >= 0 && POSSESSIVE_PRONOUNS.contains(w.text(k).toLowerCase(java.util.Locale.ROOT))) {
            OfficeHolding titled = predecessor ? titleOnlyOwner(ctx, w, k, person) : null;
            if (titled != null) {
                return titled; // "The Ivorian president ..., leading his predecessor, Laurent Gbagbo"
            }
            anchor = ctx.personBefore(w.token(k).start());
        } else if (k >= 1 && w.isPossessive(k)) {
            Mention m = w.mentionEndingBefore(k);
            anchor = m != null && m.type() == MentionType.PERSON ? ctx.name(m) : null;
        }
        for (OfficeHolding h : held) {
            if (h.person().equals(anchor) && !h.person().equals(ctx.name(person))) {
                if (predecessor) {
                    return country != null && !country.equals(h.country()) ? null
                            : holding(ctx, person, h.role(), h.country(), h.organization(), w.sentence(), 0.75);
                }
                String role = COUNTERPART_OFFICE.getOrDefault(OfficeCountries.family(h.role()), h.role());
                return holding(ctx, person, role, country, null, w.sentence(), 0.75);
            }
        }
        return null;
    }

    /**
     * The office a title named without a person earlier in the sentence gives the predecessor a possessive at
     * token {@code k} introduces ("The Ivorian president has ..., leading his predecessor, X": President of Côte
     * d'Ivoire), with the country named right before the title; null when a person stands between them or the
     * title is someone's.
     */
    private static OfficeHolding titleOnlyOwner(ArticleContext ctx, TokenWindow w, int k, Mention person) {
        for (int i = k - 1; i >= 0; i--) {
            Mention m = w.mentionAt(i);
            if (m == null) {
                continue;
            }
            if (m.type() == MentionType.PERSON) {
                return null;
            }
            if (m.type() != MentionType.TITLE) {
                continue;
            }
            int after = w.indexAt(m.end() - 1) + 1;
            Mention next = after < w.size() ? w.mentionAt(after) : null;
            if (m.key().startsWith("!") || next != null && next.type() == MentionType.PERSON) {
                return null;
            }
            int before = w.indexAt(m.start()) - 1;
            Mention country = before >= 0 ? w.mentionEndingBefore(before + 1) : null;
            String c = country != null && country.type() == MentionType.COUNTRY ? country.key() : null;
            return holding(ctx, person, m.key(), c, null, w.sentence(), 0.7);
        }
        return null;
    }

    /** "Hillary Rodham Clinton / Secretary of State": the office a transcript's byline block gives its speaker. */
    static OfficeHolding byline(ArticleContext ctx) {
        Byline b = Byline.find(ctx);
        if (b == null) {
            return null;
        }
        TokenWindow next = b.titleLine();
        Mention owner = next.ofAfter(next.indexAt(b.title().end() - 1) + 1);
        String country = owner != null && owner.type() == MentionType.COUNTRY ? owner.key() : null;
        String org = owner != null && owner.type() == MentionType.ORGANIZATION ? owner.key() : null;
        return holding(ctx, b.person(), b.title().key(), country, org, next.sentence(), 0.8);
    }

    static OfficeHolding holding(ArticleContext ctx, Mention person, String role, String country, String org,
                                         Sentence s, double confidence) {
        String c = country;
        if (c == null && org != null) {
            c = ctx.countryOfOrganization(org);
        }
        return new OfficeHolding(ctx.name(person), role, c, org, ctx.referenceDate(),
                c != null ? confidence : confidence - 0.2, new Span(s.start(), s.end()));
    }
}
