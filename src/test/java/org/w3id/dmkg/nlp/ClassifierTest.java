package org.w3id.dmkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.DmkgException;

class ClassifierTest {
    /** Yes when "met" is present, no when "denied" is; the other features are noise. */
    private static List<Classifier.Example> examples() {
        List<Classifier.Example> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add(new Classifier.Example(List.of("w=met", "noise=" + (i % 3)), true));
            out.add(new Classifier.Example(List.of("cue=denied", "noise=" + (i % 3)), false));
        }
        return out;
    }

    @Test
    void learnsTheTellingFeature() {
        Classifier c = Classifier.train(examples());
        double yes = c.probability(List.of("w=met", "noise=1"));
        double no = c.probability(List.of("cue=denied", "noise=1"));
        assertTrue(yes > 0.75 && no < 0.25, yes + " / " + no);
        double unseen = c.probability(List.of("never-seen"));
        assertTrue(unseen > 0.3 && unseen < 0.7, "no evidence either way: " + unseen);
    }

    @Test
    void theSameExamplesGiveTheSameModelAndItReadsBack() throws IOException {
        byte[] a = bytes(Classifier.train(examples()));
        byte[] b = bytes(Classifier.train(examples()));
        assertArrayEquals(a, b);
        Classifier read = Classifier.read(new ByteArrayInputStream(a));
        assertEquals(Classifier.train(examples()).probability(List.of("w=met")), read.probability(List.of("w=met")), 1e-12);
    }

    @Test
    void anExampleOfWeightTwoCountsAsTwoCopiesAndHalvesCountAsOne() {
        List<Classifier.Example> copies = new ArrayList<>();
        List<Classifier.Example> weighted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> f = List.of("w=met", "noise=" + (i % 3));
            copies.add(new Classifier.Example(f, true));
            copies.add(new Classifier.Example(f, true));
            weighted.add(new Classifier.Example(f, true, 2.0));
            copies.add(new Classifier.Example(List.of("w=met", "cue=denied"), false));
            weighted.add(new Classifier.Example(List.of("w=met", "cue=denied"), false, 0.5));
            weighted.add(new Classifier.Example(List.of("w=met", "cue=denied"), false, 0.5));
        }
        Classifier a = Classifier.train(copies);
        Classifier b = Classifier.train(weighted);
        for (List<String> f : List.of(List.of("w=met"), List.of("w=met", "cue=denied"), List.of("noise=2"))) {
            assertEquals(a.probability(f), b.probability(f), 1e-6, f.toString());
        }
        Classifier unweighted = Classifier.train(weighted.stream()
                .map(e -> new Classifier.Example(e.features(), e.yes())).toList());
        assertTrue(unweighted.probability(List.of("w=met")) < a.probability(List.of("w=met")) - 0.01,
                "the weights change the model");
        assertThrows(IllegalArgumentException.class, () -> new Classifier.Example(List.of("x"), true, 0));
        assertThrows(IllegalArgumentException.class, () -> new Classifier.Example(List.of("x"), true, Double.NaN));
    }

    @Test
    void oneSidedExamplesAreRefused() {
        List<Classifier.Example> yesOnly = examples().stream().filter(Classifier.Example::yes).toList();
        assertThrows(DmkgException.class, () -> Classifier.train(yesOnly));
    }

    @Test
    void garbageIsNoModel() {
        assertThrows(IOException.class, () -> Classifier.read(new ByteArrayInputStream("not a model".getBytes())));
    }

    private static byte[] bytes(Classifier c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        return out.toByteArray();
    }
}
