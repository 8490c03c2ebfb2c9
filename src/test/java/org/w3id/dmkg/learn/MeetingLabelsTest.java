package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.extract.meeting.MeetingCandidate;
import org.w3id.dmkg.extract.meeting.MeetingFact;
import org.w3id.dmkg.extract.meeting.MeetingMode;
import org.w3id.dmkg.nlp.Classifier;

class MeetingLabelsTest {
    private static MeetingLabels read(String text) throws IOException {
        return MeetingLabels.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MeetingCandidate candidate(String feature, String... names) {
        MeetingFact f = new MeetingFact(MeetingMode.IN_PERSON, false, List.of(names), null, null, null, null, 0.5,
                new Span(0, 1));
        return new MeetingCandidate(f, List.of(feature), -1, true);
    }

    @Test
    void readsVerdictsPerArticle() throws IOException {
        MeetingLabels l = read("# comment\n\nhttps://a.example/1\tDonald Trump + Kim Jong-un\tyes\n"
                + "https://a.example/1\tMelania Trump + Kim Jong-un\tno\nhttps://a.example/2\tA B + C D\tno\n");
        assertEquals(2, l.of("https://a.example/1").size());
        assertEquals(List.of(), l.of("https://a.example/3"));
        assertEquals(List.of(), l.of(null));
        assertArrayEquals(new int[] {3, 1}, l.counts());
        assertEquals(2, l.urls());
    }

    @Test
    void badLinesAreErrorsNamingTheLine() {
        IOException e = assertThrows(IOException.class, () -> read("u\tA + B\tmaybe\n"));
        assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
        assertThrows(IOException.class, () -> read("# x\nu\tA alone\tyes\n"));
        assertThrows(IOException.class, () -> read("u\tA + B\n"));
    }

    @Test
    void onlyCandidatesAVerdictNamesBecomeExamples() throws IOException {
        MeetingLabels l = read("u\tDonald Trump + Kim Jong-un\tyes\nu\tMelania Trump + Kim Jong-un\tno\n");
        List<Classifier.Example> ex = MeetingLabels.examples(List.of(candidate("a", "Kim Jong-un", "Donald Trump"),
                candidate("b", "Melania Trump", "Kim Jong-un"), candidate("c", "Moon Jae-in", "Kim Jong-un")), l.of("u"));
        assertEquals(List.of(new Classifier.Example(List.of("a"), true), new Classifier.Example(List.of("b"), false)), ex);
    }

    @Test
    void aDirectoryStandsForItsTsvFilesInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b-second.tsv"), "u\tA B + C D\tno\nv\tE F + G H\tyes\n");
        Files.writeString(dir.resolve("a-first.tsv"), "u\tA B + C D\tyes\n");
        Files.writeString(dir.resolve("notes.txt"), "not verdicts\n");
        MeetingLabels l = MeetingLabels.read(List.of(dir));
        assertEquals(2, l.urls());
        assertArrayEquals(new int[] {3, 2}, l.counts());
        // the first file's verdict on a set of participants is the one that counts
        List<Classifier.Example> ex = MeetingLabels.examples(List.of(candidate("x", "C D", "A B")), l.of("u"));
        assertEquals(List.of(new Classifier.Example(List.of("x"), true)), ex);
        Files.writeString(dir.resolve("c-bad.tsv"), "u\tA B + C D\tperhaps\n");
        IOException e = assertThrows(IOException.class, () -> MeetingLabels.read(List.of(dir)));
        assertTrue(e.getMessage().contains("c-bad.tsv") && e.getMessage().contains("line 1"), e.getMessage());
        assertThrows(IOException.class, () -> MeetingLabels.read(List.of(dir.resolve("missing.tsv"))));
    }
}
