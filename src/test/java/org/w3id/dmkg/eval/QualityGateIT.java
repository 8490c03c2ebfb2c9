package org.w3id.dmkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.learn.Learning;
import org.w3id.dmkg.learn.MeetingLabels;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.SourceDocument;

/**
 * The quality gate: extracts the shared development corpus with the real pipeline and requires the
 * micro-averaged F1 of every kind of fact to reach the thresholds in {@code quality-gate.properties}.
 * The corpus is {@code ../shared/corpus/dev} from the project directory, or {@code $DMKG_SHARED/corpus/dev}.
 * Without it the test is skipped, except in CI ({@code CI=true}), where that is a failure.
 */
class QualityGateIT {
    private static final String THRESHOLDS = "quality-gate.properties";
    /** Absorbs floating-point error: 31/46 and 31/54 give an F1 of exactly 0.62, computed as 0.6199999... */
    private static final double EPSILON = 1e-9;

    @Test
    void f1ReachesTheThresholds() throws IOException {
        Path dev = corpus();
        Map<String, GoldArticle> golds = GoldReader.read(List.of(dev));
        Dataset dataset = DatasetFactory.create();
        Dmkg.Session session = Dmkg.shared().session(0);
        List<String> problems = new ArrayList<>();
        new ArticleSource().read(List.of(dev.toString()), doc -> {
            var g = session.extract(doc);
            dataset.addNamedModel(g.articleIri(), g.model());
        }, p -> problems.add(p.toString()));
        assertEquals(List.of(), problems, "problems reading the corpus");

        Score score = Scorer.standard().score(golds, GraphFacts.of(dataset));
        Properties thresholds = thresholds();
        List<String> below = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        for (Fact f : Fact.values()) { // in-sample: the shipped models were trained on this corpus
            String t = thresholds.getProperty(f.key());
            assertTrue(t != null, "no threshold for " + f.key() + " in " + THRESHOLDS);
            double f1 = score.total(f).f1() + EPSILON;
            measured.add(f.key() + "=" + new BigDecimal(f1).setScale(2, RoundingMode.FLOOR));
            if (f1 < Double.parseDouble(t)) {
                below.add(f.key() + " F1 " + Tally.round3(f1 - EPSILON) + " < " + t);
            }
        }
        System.out.println("quality gate, measured (rounded down): " + String.join(" ", measured));
        if (!below.isEmpty()) {
            score.table().forEach(System.out::println);
            System.out.println(score.summary());
            System.out.println("misses and false positives per article:");
            Misses.lines(score).forEach(System.out::println);
            fail("quality gate: " + String.join("; ", below));
        }
    }

    /**
     * The figures that count: each article extracted with models trained without its fold (five folds,
     * each outlet in one), each F1 at least its {@code cv.<fact>} threshold and the expected calibration
     * error of meeting confidences at most {@code cv.ece}.
     */
    @Test
    void crossValidatedFiguresReachTheThresholds() throws IOException {
        Path dev = corpus();
        Map<String, GoldArticle> golds = GoldReader.read(List.of(dev));
        List<SourceDocument> docs = new ArrayList<>();
        new ArticleSource().read(List.of(dev.toString()), docs::add, p -> fail(p.toString()));
        // as the shipped models are trained: with the verdicts on meetings in articles of the wild corpus
        MeetingLabels labels = MeetingLabels.read(List.of(Path.of("data", "labels")));
        Path wild = dev.resolveSibling("wild").resolve("articles.jsonl");
        assertTrue(Files.isRegularFile(wild), "the articles the meeting verdicts speak of: " + wild.toAbsolutePath());
        List<SourceDocument> labelled = new ArrayList<>();
        new ArticleSource().read(List.of(wild.toString()), d -> {
            if (!labels.of(d.url()).isEmpty()) {
                labelled.add(d);
            }
        }, p -> fail(p.toString()));
        assertEquals(labels.urls(), labelled.size(), "labelled articles found in " + wild);
        Dataset dataset = new Learning(Dmkg.shared(), docs, golds, labelled, labels).crossValidate(5, 0);
        GraphFacts facts = GraphFacts.of(dataset);
        Score score = Scorer.standard().score(golds, facts);
        Calibration calibration = Calibration.of(golds, facts);
        score.table().forEach(System.out::println);
        calibration.table().forEach(System.out::println);
        Properties thresholds = thresholds();
        List<String> below = new ArrayList<>();
        for (Fact f : Fact.values()) {
            String t = thresholds.getProperty("cv." + f.key());
            double f1 = score.total(f).f1() + EPSILON;
            if (t != null && f1 < Double.parseDouble(t)) {
                below.add("cross-validated " + f.key() + " F1 " + Tally.round3(f1 - EPSILON) + " < " + t);
            }
        }
        assertEquals(List.of(), below);
        assertTrue(calibration.ece() <= Double.parseDouble(thresholds.getProperty("cv.ece")),
                "expected calibration error " + calibration.ece());
    }

    /** The development corpus; skips the test when it is absent, unless in CI. */
    private static Path corpus() {
        String shared = System.getenv("DMKG_SHARED");
        Path dev = (shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("..", "shared"))
                .resolve("corpus").resolve("dev");
        if (!Files.isDirectory(dev)) {
            String message = "quality gate: corpus " + dev.toAbsolutePath() + " not found (set DMKG_SHARED)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            System.out.println(message + "; skipped");
            Assumptions.abort(message);
        }
        return dev;
    }

    private static Properties thresholds() throws IOException {
        Properties p = new Properties();
        try (InputStream in = QualityGateIT.class.getResourceAsStream(THRESHOLDS)) {
            assertTrue(in != null, "missing " + THRESHOLDS);
            p.load(in);
        }
        return p;
    }
}
