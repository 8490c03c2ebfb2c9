package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.extract.person.PersonCandidate;
import org.w3id.dmkg.nlp.Classifier;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;

class PersonLabelsTest {
    private static PersonLabels read(String text) throws IOException {
        return PersonLabels.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsVerdictsPerArticle() throws IOException {
        PersonLabels l = read("# comment\n\nhttps://a.example/1\tPat Cipollone\tyes\n"
                + "https://a.example/1\tBain Capital\tno\nhttps://a.example/2\tFort Myers\tno\n");
        assertEquals(List.of(new PersonLabels.Label("Pat Cipollone", true), new PersonLabels.Label("Bain Capital", false)),
                l.of("https://a.example/1"));
        assertEquals(List.of(), l.of("https://a.example/3"));
        assertEquals(List.of(), l.of(null));
        assertEquals(2, l.articleUrls().size());
    }

    private static PersonCandidate run(String text, String feature) {
        return new PersonCandidate(new Mention(MentionType.PERSON, 0, text.length(), text, text), List.of(feature), false);
    }

    @Test
    void aYesNamesItsShortFormsAndANoOnlyItsOwnWords() throws IOException {
        PersonLabels l = read("u\tHillary Clinton\tyes\nu\tMitch McConnell Addison\tno\nu\tBain Capital\tno\n");
        List<Classifier.Example> ex = PersonLabels.examples(List.of(run("Clinton", "a"), run("Hillary Clinton", "b"),
                run("Mitch McConnell Addison", "c"), run("McConnell", "d"), run("Bain Capital", "e"),
                run("Bain", "f"), run("Bill Clinton", "g")), l.of("u"));
        // the two runs of Hillary Clinton share her verdict's weight: each verdict counts once
        assertEquals(List.of(new Classifier.Example(List.of("a"), true, 0.5),
                new Classifier.Example(List.of("b"), true, 0.5), new Classifier.Example(List.of("c"), false),
                new Classifier.Example(List.of("e"), false)), ex);
    }

    @Test
    void badLinesAreErrorsNamingTheLine() {
        IOException e = assertThrows(IOException.class, () -> read("u\tBain Capital\tmaybe\n"));
        assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
        assertThrows(IOException.class, () -> read("# x\nu\t \tyes\n"));
        assertThrows(IOException.class, () -> read("u\tBain Capital\n"));
    }

    @Test
    void aDirectoryStandsForItsFilesAndABadFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tsv"), "u\tPat Cipollone\tyes\n");
        Files.writeString(dir.resolve("b.tsv"), "u\tBain Capital\tno\n");
        Files.writeString(dir.resolve("notes.txt"), "not read\n");
        assertEquals(2, PersonLabels.read(List.of(dir)).of("u").size());
        Files.writeString(dir.resolve("c.tsv"), "u\tBroken\n");
        IOException e = assertThrows(IOException.class, () -> PersonLabels.read(List.of(dir)));
        assertTrue(e.getMessage().contains("c.tsv") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aNameIsReportedWhenThePersonsHoldItAsTheScorerMatchesNames() throws IOException {
        PersonLabels l = read("u\tKarl Rove\tyes\nu\tBain Capital\tno\nu\tFort Myers\tno\nu\tJosé Díaz\tyes\n"
                + "u\tAli Ali\tyes\n");
        List<PersonLabels.Judged> judged = PersonLabels.judge("u", l.of("u").subList(0, 4), List.of("KARL ROVE",
                "Bain Capital", "Jose Diaz Balart"));
        assertTrue(PersonLabels.judge("u", l.of("u").subList(4, 5), List.of("Ali Ali")).get(0).reported());
        assertEquals(List.of(true, true, false, false), judged.stream().map(PersonLabels.Judged::reported).toList());
        assertEquals("person verdicts: 4 names, 2 reported as persons of which 1 are (precision 0.500); 1 of 2 "
                + "persons still reported (0.500); 1 of 2 non-persons dropped", PersonLabels.summary(judged));
    }
}
