package org.w3id.dmkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.person.Credits;
import org.w3id.dmkg.extract.person.PersonResolver;
import org.w3id.dmkg.extract.person.PronounAgreement;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * What every extractor of one article shares: the annotated document, its mentions indexed, the
 * people resolved, the gazetteer, the reference date, the dateline's place and the credits. Immutable.
 */
public record ArticleContext(Document document, MentionIndex mentions, PersonResolver.People people,
                             Gazetteer gazetteer, LocalDate referenceDate, String datelinePlace, Credits credits) {

    public static ArticleContext of(Document document, Gazetteer gazetteer) {
        return of(document, gazetteer, Credits.find(document.text(), document.source().dateline()));
    }

    /** The context of an article whose credits were already found. */
    public static ArticleContext of(Document document, Gazetteer gazetteer, Credits credits) {
        MentionIndex index = new MentionIndex(document.mentions());
        PersonResolver.People people = new PersonResolver().resolve(index.all(), document.text());
        String place = document.source().dateline() == null ? null
                : placeNamed(gazetteer, document.source().dateline().place());
        return new ArticleContext(document, index, people, gazetteer, document.source().referenceDate(), place,
                credits);
    }

    /**
     * The country of an organization: the gazetteer's for one it knows, else, for one named by its shape, the
     * country of the place (a city or region, not a country: "Georgia" may be either) its name opens with where
     * the article names it ("Iowa Democratic Party", "Cairo University", "Texas Senate"), or of the country
     * adjective it opens with ("Finnish foreign ministry"); null when neither tells.
     */
    public String countryOfOrganization(String key) {
        String known = gazetteer.countryOf(key);
        if (known != null || gazetteer.entry(key).isPresent()) {
            return known;
        }
        for (Mention org : mentions.all()) {
            if (org.type() != MentionType.ORGANIZATION || !org.key().equals(key)) {
                continue;
            }
            for (Mention m : mentions.within(org.start(), org.end(), MentionType.PLACE)) {
                if (m.start() == org.start()) {
                    return gazetteer.countryOf(m.key());
                }
            }
            for (Mention m : mentions.within(org.start(), org.end(), MentionType.COUNTRY)) {
                if (m.start() == org.start() && gazetteer.adjectiveOnly(m.text())) {
                    return m.key(); // "Finnish foreign ministry"
                }
            }
        }
        return null;
    }

    /** Person mentions of a sentence with their canonical names, in order. */
    public List<Mention> persons(Sentence s) {
        return mentions.within(s.start(), s.end(), MentionType.PERSON);
    }

    public String name(Mention person) {
        return people.at(person.start());
    }

    /**
     * The antecedent of "he" or "she" at the offset: the first person named earlier in the same sentence,
     * else the first person of the nearest sentence before that names one (subjects come first), passing over
     * a mention that an honorific or title gives the other sex than the pronoun's ({@link PronounAgreement}). Null
     * if none.
     */
    public String personBefore(int offset) {
        return personBefore(offset, Set.of());
    }

    /**
     * The same, passing over the people of {@code besides}: a pronoun subject is not the one its verb meets
     * ("Bannon told me ..., said Tarkanian. He said he met with Bannon": he is Tarkanian).
     */
    public String personBefore(int offset, Set<String> besides) {
        Sentence current = document.sentenceAt(offset);
        List<Sentence> all = document.sentences();
        int from = current == null ? all.size() - 1 : chained(current, offset) ? current.index() - 1 : current.index();
        String pronoun = wordAt(offset);
        for (int i = from; i >= 0; i--) {
            Sentence s = all.get(i);
            for (Mention m : persons(s)) {
                if (m.start() < offset && !besides.contains(name(m))
                        && PronounAgreement.fits(document.text(), m, pronoun)) {
                    return name(m);
                }
            }
        }
        return null;
    }

    /** The word of letters starting at the offset. */
    private String wordAt(int offset) {
        String text = document.text();
        int end = offset;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(Math.min(offset, end), end);
    }

    /**
     * Whether the pronoun at the offset repeats one that opens its sentence before anyone is named there ("She
     * helped guide policy on George W. Bush's campaign, where she met ..."): both stand for the same person,
     * named before the sentence.
     */
    private boolean chained(Sentence s, int offset) {
        List<Mention> named = persons(s);
        int firstNamed = named.isEmpty() ? Integer.MAX_VALUE : named.get(0).start();
        List<Token> tokens = s.tokens();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).start() < offset) {
            at++;
        }
        if (at == tokens.size() || tokens.get(at).start() != offset) {
            return false;
        }
        for (int k = 0; k < at && tokens.get(k).start() <= firstNamed; k++) {
            if (tokens.get(k).text().equalsIgnoreCase(tokens.get(at).text())) {
                return true;
            }
        }
        return false;
    }

    /** The gazetteer's key of the place a dateline names (a city before any other), or null. */
    static String placeNamed(Gazetteer gazetteer, String datelinePlace) {
        String place = null;
        if (datelinePlace != null) {
            for (Gazetteer.Name n : gazetteer.lookup(capitalize(datelinePlace))) {
                if (n.entry().kind() == EntryKind.CITY || place == null) {
                    place = n.entry().key();
                }
            }
        }
        return place;
    }

    private static String capitalize(String place) {
        String[] words = place.toLowerCase(java.util.Locale.ROOT).split(" ");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
