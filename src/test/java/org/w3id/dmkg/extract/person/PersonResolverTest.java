package org.w3id.dmkg.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

class PersonResolverTest {
    private static List<Mention> mentions(String... names) {
        List<Mention> out = new ArrayList<>();
        int at = 0;
        for (String n : names) {
            out.add(new Mention(MentionType.PERSON, at, at + n.length(), n, n.toLowerCase()));
            at += n.length() + 10;
        }
        return out;
    }

    private static List<String> people(String... names) {
        return new PersonResolver().resolve(mentions(names)).persons().stream().map(PersonFact::name).toList();
    }

    @Test
    void twoSpellingsOfOneNameAreOnePersonNamedByTheCommonerSpelling() {
        assertEquals(List.of("Shehbaz Sharif"), people("Shahbaz Sharif", "Shehbaz Sharif", "Shehbaz Sharif", "Sharif"));
        // a tie goes to the spelling other news uses
        assertEquals(List.of("Dmitry Medvedev", "Angela Merkel"),
                people("Dimitry Medvedev", "Angela Merkel", "Dmitry Medvedev"));
    }

    @Test
    void aStrayWordBeforeOrARepeatInAFullNameIsNotAFullerName() {
        assertEquals(List.of("Donald Trump"), people("USA Donald Trump", "Donald Trump", "Trump"));
        assertEquals(List.of("Donald Trump"), people("Donald Trump", "Dear Donald Trump"));
        assertEquals(List.of("Donald Trump"), people("Donald Trump Trump", "Donald Trump"));
        // the family name twice at the end, though the article never writes the name alone; two words may be a name
        assertEquals(List.of("Donald J. Trump", "Ted Cruz"), people("Donald J. Trump Trump", "Trump", "Ted Cruz Cruz"));
        assertEquals(List.of("Sirhan Sirhan"), people("Sirhan Sirhan"));
        assertEquals(List.of("Abu-Ali-Ali", "Kim Jong-Jong"), people("Abu-Ali-Ali", "Kim Jong-Jong")); // no word twice
        assertEquals(List.of("Rick Perry"), people("Energy Rick Perry", "Rick Perry"));
        assertEquals("Donald Trump", lastResolvedAs("Donald Trump", "USA Donald Trump"));
        // a given name before a surname with a particle, and a given name a word of English, stay
        assertEquals(List.of("Bill de Blasio"), people("Bill de Blasio", "de Blasio"));
        assertEquals(List.of("Bill Clinton", "Hillary Clinton"), people("Bill Clinton", "Hillary Clinton"));
        assertEquals(List.of("Mohammad Javad Zarif"), people("Mohammad Javad Zarif", "Javad Zarif"));
    }

    @Test
    void aWordWrittenInCapitalsIsStrayEvenWhereTheLabelSetsItInTitleCase() {
        String text = "fire ICIG Michael Atkinson now; Michael Atkinson said";
        List<Mention> m = List.of(
                new Mention(MentionType.PERSON, 5, 25, "Icig Michael Atkinson", "icig michael atkinson"),
                new Mention(MentionType.PERSON, 31, 47, "Michael Atkinson", "michael atkinson"));
        assertEquals(List.of("Michael Atkinson"),
                new PersonResolver().resolve(m, text).persons().stream().map(PersonFact::name).toList());
        assertEquals(List.of("Icig Michael Atkinson"),
                new PersonResolver().resolve(m, text.replace("ICIG", "Icig")).persons().stream()
                        .map(PersonFact::name).toList(), "a word as written in title case may be a given name");
    }

    /** The person the last of the names is resolved to. */
    private static String lastResolvedAs(String... names) {
        List<Mention> m = mentions(names);
        return new PersonResolver().resolve(m).at(m.get(m.size() - 1).start());
    }

    @Test
    void aSurnameAloneIsTheFatherWhenTheArticleNamesFatherAndSon() {
        assertEquals("Donald Trump", lastResolvedAs("Donald Trump Jr.", "Donald Trump", "Trump"));
        // where only the son is named, the surname is his; a short form with the suffix is his too
        assertEquals("Ferdinand Marcos Jr.", lastResolvedAs("Ferdinand Marcos Jr.", "Marcos"));
        assertEquals("Ferdinand Marcos Jr.", lastResolvedAs("Ferdinand Marcos Jr.", "Louise Araneta Marcos", "Marcos"));
        assertEquals("Ferdinand Marcos Jr.", lastResolvedAs("Ferdinand Marcos", "Ferdinand Marcos Jr.", "Marcos Jr."));
    }

    /** A person mention right after a title mention ("President Trump"), at the end of {@code into}. */
    private static Mention titled(List<Mention> into, String title, String key, String name) {
        int at = into.isEmpty() ? 0 : into.get(into.size() - 1).end() + 10;
        into.add(new Mention(MentionType.TITLE, at, at + title.length(), title, key));
        at += title.length() + 1;
        Mention p = new Mention(MentionType.PERSON, at, at + name.length(), name, name.toLowerCase());
        into.add(p);
        return p;
    }

    @Test
    void aSurnameInOfficeIsNotTheSpouseOrSonTheArticleNamesInFull() {
        List<Mention> m = new ArrayList<>();
        Mention president = titled(m, "President", "President", "Trump");
        titled(m, "first lady", "!First Lady", "Melania Trump");
        int end = m.get(m.size() - 1).end() + 10;
        Mention bare = new Mention(MentionType.PERSON, end, end + 5, "Trump", "trump");
        m.add(bare);
        PersonResolver.People people = new PersonResolver().resolve(m);
        assertEquals("Trump", people.at(president.start()));
        assertEquals("Trump", people.at(bare.start()));
        assertEquals("Melania Trump", people.at(m.get(3).start()));

        List<Mention> son = new ArrayList<>();
        son.add(new Mention(MentionType.PERSON, 0, 16, "Donald Trump Jr.", "donald trump jr."));
        Mention p = titled(son, "President", "President", "Trump");
        assertEquals("Trump", new PersonResolver().resolve(son).at(p.start()));

        // the office holder named in full with the title, and the surname in office: one person
        List<Mention> marcos = new ArrayList<>();
        titled(marcos, "President", "President", "Ferdinand Marcos Jr.");
        Mention short_ = titled(marcos, "President", "President", "Marcos");
        assertEquals("Ferdinand Marcos Jr.", new PersonResolver().resolve(marcos).at(short_.start()));
        // a surname no title puts in office is still the one full name the article gives
        assertEquals("Melania Trump", lastResolvedAs("Melania Trump", "Trump"));
    }

    @Test
    void aBareSurnameIsNotTheRelativeTheArticleIntroduces() {
        String text = "The president and first lady Melania Trump flew to Ohio. Trump met Pence there. Mrs. Trump spoke.";
        assertEquals("Trump", resolvedIn(text, 1, "Melania Trump", "Trump", "Pence", "Trump"));
        // with the honorific of the relative's sex, the short form is hers, and so is her given name
        assertEquals("Melania Trump", resolvedIn(text, 3, "Melania Trump", "Trump", "Pence", "Trump"));
        assertEquals("Melania Trump", resolvedIn("The president and first lady Melania Trump flew to Ohio. Melania "
                + "spoke.", 1, "Melania Trump", "Melania"));
        // a child or an in-law keeps the family name: the principal may go by another
        assertEquals("Jared Kushner", resolvedIn("The president's son-in-law Jared Kushner flew to Ohio. Kushner "
                + "spoke.", 1, "Jared Kushner", "Kushner"));
        assertEquals("Sajeeb Wazed", resolvedIn("The prime minister's son Sajeeb Wazed flew to Ohio. Wazed spoke.", 1,
                "Sajeeb Wazed", "Wazed"));
    }

    /** The person mentions of {@code text}: each name in {@code names} at its first place after the previous one. */
    private static List<Mention> found(String text, String... names) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            int at = text.indexOf(n, from);
            out.add(new Mention(MentionType.PERSON, at, at + n.length(), n, n.toLowerCase()));
            from = at + n.length();
        }
        return out;
    }

    /** The person the {@code index}-th of the names, found in {@code text} in order, is resolved to. */
    private static String resolvedIn(String text, int index, String... names) {
        List<Mention> m = found(text, names);
        return new PersonResolver().resolve(m, text).at(m.get(index).start());
    }

    @Test
    void aRelativeTheTextIntroducesByANounOfKinIsNoSurnameOfTheOtherSex() {
        String text = "Mr. Lindqvist spoke; his daughter Anna Lindqvist stayed home. Mr. Lindqvist left.";
        List<Mention> m = found(text, "Lindqvist", "Anna Lindqvist", "Lindqvist");
        PersonResolver.People people = new PersonResolver().resolve(m, text);
        assertEquals("Lindqvist", people.at(m.get(2).start()));
        assertEquals("Anna Lindqvist", people.at(m.get(1).start()));
        // the honorific of her sex may name her; without the noun of kin the surname is the one full name
        assertEquals("Anna Lindqvist", resolvedIn("Anna Lindqvist, his daughter, spoke. Ms. Lindqvist left.", 1,
                "Anna Lindqvist", "Lindqvist"));
        assertEquals("Anna Lindqvist", resolvedIn("Anna Lindqvist spoke. Mr. Lindqvist left.", 1,
                "Anna Lindqvist", "Lindqvist"));
        // the surname in office is not a relative the text introduces in apposition ("X, the senator's wife")
        String wife = "Senator Okafor met them with Grace Okafor, the senator's wife. Okafor said so.";
        List<Mention> w = new ArrayList<>();
        w.add(new Mention(MentionType.TITLE, 0, 7, "Senator", "Senator"));
        w.addAll(found(wife, "Okafor", "Grace Okafor", "Okafor said"));
        w.set(3, new Mention(MentionType.PERSON, w.get(3).start(), w.get(3).start() + 6, "Okafor", "okafor"));
        PersonResolver.People couple = new PersonResolver().resolve(w, wife);
        assertEquals("Okafor", couple.at(w.get(1).start()));
        assertEquals("Okafor", couple.at(w.get(3).start()));
        // "the son of" tells no relative of anyone the article names: the surname is still his
        assertEquals("Omar Haddad", resolvedIn("Omar Haddad, the son of a farmer, spoke. Haddad left.", 1,
                "Omar Haddad", "Haddad"));
        // the surname whose relative the text names is not that relative: "Mr. Halvorsen's son, Erik Halvorsen"
        assertEquals("Halvorsen", resolvedIn("Mr. Halvorsen's son, Erik Halvorsen, spoke. Mr. Halvorsen left.", 2,
                "Halvorsen", "Erik Halvorsen", "Halvorsen"));
        // an honorific of the other sex: "Mrs. Varga" is not "her husband, Tomas Varga", named first
        String pair = "Her husband, Tomas Varga, and Ilona Varga came. Mrs. Varga spoke; Mr. Varga did not.";
        List<Mention> c = found(pair, "Tomas Varga", "Ilona Varga", "Varga", "Varga");
        PersonResolver.People couple2 = new PersonResolver().resolve(c, pair);
        assertEquals("Ilona Varga", couple2.at(c.get(2).start()));
        assertEquals("Tomas Varga", couple2.at(c.get(3).start()));
    }

    @Test
    void aNamesakeSonWithHisSuffixLeavesTheSurnameToTheFather() {
        assertEquals("Tomasz Brenner", resolvedIn("Adviser Tomasz Brenner spoke. Brenner's son, Tomasz Brenner, Jr., "
                + "did not. Brenner left.", 3, "Tomasz Brenner", "Brenner", "Tomasz Brenner", "Brenner"));
    }

    @Test
    void aSlipOfTheKeysInAWellKnownNameIsTheNameOtherNewsWrites() {
        // the shipped table knows Vladimir Putin and Sergey Kislyak in many articles
        String text = "Russian President Vladmir Putin met him. Putin spoke.";
        List<Mention> m = found(text, "Vladmir Putin", "Putin");
        PersonResolver.People people = new PersonResolver().resolve(m, text);
        assertEquals("Vladimir Putin", people.at(m.get(0).start()));
        assertEquals("Vladimir Putin", people.at(m.get(1).start()));
        // a transliteration is no slip: one letter for another stays as the article writes it
        assertEquals("Sergei Kislyak", resolvedIn("Ambassador Sergei Kislyak met him.", 0, "Sergei Kislyak"));
        // the article's own second spelling decides first ("Vladmir" beside "Vladimir")
        assertEquals(List.of("Vladimir Putin"), people("Vladmir Putin", "Vladimir Putin", "Putin"));
    }

    @Test
    void aSurnameSeveralPeopleShareIsTheOneOtherNewsKnowsOrTheArticleNamesMost() {
        // a longer name no longer wins: the president other news knows, not his wife's three-word name
        assertEquals("Donald Trump", lastResolvedAs("Melania Knauss Trump", "Donald Trump", "Melania Knauss Trump",
                "Trump"));
        assertEquals("Joe Biden", lastResolvedAs("Hunter Biden", "Hunter Biden", "Joe Biden", "Biden"));
        // among people other news does not know, the one the article names more often, then first
        assertEquals("Dzhokhar Tsarnaev", lastResolvedAs("Tamerlan Tsarnaev", "Dzhokhar Tsarnaev", "Dzhokhar Tsarnaev",
                "Tsarnaev"));
        assertEquals("Tamerlan Tsarnaev", lastResolvedAs("Tamerlan Tsarnaev", "Dzhokhar Tsarnaev", "Tsarnaev"));
        // the names of one person count together: "Donald J. Trump" and "Donald Trump" outnumber "Ivana Zelnicek Trump"
        assertEquals("Donald J. Trump", lastResolvedAs("Ivana Zelnicek Trump", "Ivana Zelnicek Trump", "Donald Trump",
                "Donald J. Trump", "Donald Trump", "Trump"));
    }

    @Test
    void namesThatDifferInTheirInitialsAreTwoPeople() {
        assertEquals("George W. Bush", lastResolvedAs("George H. W. Bush", "George W. Bush"));
        assertEquals(List.of("George H. W. Bush", "George W. Bush"), people("George H. W. Bush", "George W. Bush"));
        // a name without the initial is the one with it
        assertEquals("Donald J. Trump", lastResolvedAs("Donald J. Trump", "Donald Trump"));
    }

    @Test
    void namesALetterApartThatAreOtherNamesStayApart() {
        assertEquals(List.of("Maria Lopez", "Mario Lopez"), people("Maria Lopez", "Mario Lopez"));
        assertEquals(List.of("Kim Jong-un", "Kim Jong-il"), people("Kim Jong-un", "Kim Jong-il"));
        assertEquals(List.of("Mark Kelly", "Mary Kelly"), people("Mark Kelly", "Mary Kelly"));
        assertEquals(List.of("Raul Castro", "Fidel Castro"), people("Raul Castro", "Fidel Castro"));
    }

    @Test
    void oneLetterApartIsOneEditOfALongWord() {
        assertTrue(PersonResolver.oneLetterApart("shahbaz", "shehbaz"));
        assertTrue(PersonResolver.oneLetterApart("dimitry", "dmitry"));
        assertTrue(PersonResolver.oneLetterApart("sergei", "sergey"));
        assertTrue(PersonResolver.oneLetterApart("antoinette", "antionette"));
        assertTrue(PersonResolver.oneLetterApart("zelensky", "zelenskyy"));
        assertFalse(PersonResolver.oneLetterApart("maria", "mario"));
        assertFalse(PersonResolver.oneLetterApart("mark", "mary"));
        assertFalse(PersonResolver.oneLetterApart("shahbaz", "thahbaz"));
        assertFalse(PersonResolver.oneLetterApart("medvedev", "medvedeva"));
    }
}
