package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.eval.Calibration;

class EvalCommandTest {
    @Test
    void heldOutVerdictsNeedVerdictsToHoldOut() {
        Cli.run("eval", "--gold", "data", "--folds", "3", "--held-out-verdicts", Cli.SAMPLE.toString())
                .expect(2).oneErrorLine("--held-out-verdicts needs --folds and --meeting-labels");
    }

    /** Two articles, one of Xi Jinping's talks with Vladimir Putin (http://example.org/1), as JSON lines. */
    private static Path news(Path dir) throws IOException {
        Path articles = dir.resolve("news.jsonl");
        Files.writeString(articles, """
                {"url": "http://example.org/1", "title": "Xi meets Putin", "date": "2024-05-16", "text": "BEIJING, May 16 \
                (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on \
                Thursday."}
                {"url": "http://example.org/2", "title": "Other news", "date": "2024-05-16", "text": "Rain fell."}
                """);
        return articles;
    }

    private static final String TRAINING_OPTIONS =
            "--verdicts scores the shipped models: not with --gold, --folds, --meeting-labels or --person-labels";

    @Test
    void verdictsScoreTheExtractionOfTheArticlesTheySpeakOf(@TempDir Path dir) throws IOException {
        Path articles = news(dir);
        Path verdicts = dir.resolve("verdicts.tsv");
        Files.writeString(verdicts, "http://example.org/1\tXi Jinping + Vladimir Putin\tyes\n"
                + "http://example.org/3\tA + B\tno\n");
        Cli.Result r = Cli.run("eval", "--verdicts", verdicts.toString(), articles.toString()).expect(0);
        assertTrue(r.out().startsWith("verdicts: 1 proposals, 1 kept of which 1 meetings (precision 1.000); 1 of 1 "
                + "meetings kept (recall 1.000); 0 of 0 non-meetings dropped"), r.out());
        assertTrue(r.err().contains("extracted the 1 articles the verdicts speak of"), r.err());
        Cli.run("eval", "--verdicts", verdicts.toString(), "--gold", "data", articles.toString())
                .expect(2).oneErrorLine(TRAINING_OPTIONS);
        Cli.run("eval", "--verdicts", verdicts.toString(), "--person-labels", verdicts.toString(), articles.toString())
                .expect(2).oneErrorLine(TRAINING_OPTIONS);
        Cli.run("eval", articles.toString()).expect(2).oneErrorLine("eval needs --gold DIR (or --verdicts)");
        Cli.run("eval", "--verdicts", dir.resolve("none.tsv").toString(), articles.toString()).expect(3);
    }

    @Test
    void personVerdictsTellHowManyReportedNamesArePersons(@TempDir Path dir) throws IOException {
        Path articles = news(dir);
        Path persons = dir.resolve("persons.tsv");
        Files.writeString(persons, "http://example.org/1\tXi Jinping\tyes\nhttp://example.org/1\tVladimir Putin\tyes\n"
                + "http://example.org/1\tBeijing\tno\nhttp://example.org/1\tSergei Lavrov\tyes\n");
        Cli.Result r = Cli.run("eval", "--person-verdicts", persons.toString(), articles.toString()).expect(0);
        assertTrue(r.out().startsWith("person verdicts: 4 names, 2 reported as persons of which 2 are (precision 1.000); "
                + "2 of 3 persons still reported (0.667); 1 of 1 non-persons dropped"), r.out());
        assertTrue(r.out().contains("dropped person: Sergei Lavrov"), r.out());
        Path meetings = dir.resolve("verdicts.tsv");
        Files.writeString(meetings, "http://example.org/1\tXi Jinping + Vladimir Putin\tyes\n");
        Cli.Result both = Cli.run("eval", "--verdicts", meetings.toString(), "--person-verdicts", persons.toString(), "-q",
                articles.toString()).expect(0);
        assertTrue(both.out().startsWith("verdicts: 1 proposals") && both.out().contains("person verdicts: 4 names")
                && !both.out().contains("dropped person:"), both.out());
        Cli.run("eval", "--person-verdicts", dir.resolve("none.tsv").toString(), articles.toString()).expect(3);
        Cli.run("eval", "--gold", "data", "--person-labels", persons.toString(), "--labelled", articles.toString(),
                articles.toString()).expect(2).oneErrorLine("--person-labels is for training: use it with --folds");
        Cli.run("eval", "--gold", "data", "--folds", "3", "--person-labels", persons.toString(), articles.toString())
                .expect(2).oneErrorLine("--person-labels needs --labelled with the articles it speaks of");
    }

    @Test
    void verdictLineGivesPrecisionAndRecallOfTheHeldOutProposals() {
        List<Calibration.Judged> judged = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // kept yes 8, kept no 2, dropped yes 4, dropped no 6
            judged.add(new Calibration.Judged(i < 10 ? 0.5 + i * 0.05 : 0.45 - i * 0.01, i < 8 || i >= 10 && i < 14));
        }
        assertEquals("held-out verdicts: 20 proposals, 10 kept of which 8 meetings (precision 0.800); 8 of 12 meetings "
                + "kept (recall 0.667); 6 of 8 non-meetings dropped", EvalCommand.verdictLine(judged, 0.5));
        assertEquals("held-out verdicts: 0 proposals, 0 kept of which 0 meetings (precision 0.000); 0 of 0 meetings "
                + "kept (recall 0.000); 0 of 0 non-meetings dropped", EvalCommand.verdictLine(List.of(), 0.5));
    }
}
