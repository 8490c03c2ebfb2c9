package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.GoldReader;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.learn.Learning;
import org.w3id.dmkg.learn.MeetingLabels;
import org.w3id.dmkg.nlp.Classifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg train}: learns the person, meeting, office-country and setting judges from articles with gold annotations and writes
 * the models into a directory; the same articles give the same models, byte for byte.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Learn the person, meeting, office-country and setting models from articles with gold annotations (deterministic).")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold annotations (*.json).")
    List<Path> gold;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Directory to write the models into (" + Judges.PERSON_FILE + ", " + Judges.MEETING_FILE + ", "
                    + Judges.OFFICE_FILE + ", " + Judges.SETTING_FILE + ").")
    Path output;

    @picocli.CommandLine.Mixin
    LabelOptions labelOptions = new LabelOptions();

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "The articles the gold annotates (files or directories).")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(output)) {
            throw new DmkgException(DmkgException.USAGE, output + ": no such directory");
        }
        Map<String, GoldArticle> golds = EvalCommand.readGold(gold);
        MeetingLabels labels = labelOptions.labels();
        Learning learning = labelOptions.learning(ArticleRun.readAll(inputs, err), golds, labels,
                labelOptions.personLabels(), err);
        Judges models = learning.train();
        write(models.person(), output.resolve(Judges.PERSON_FILE));
        write(models.meeting(), output.resolve(Judges.MEETING_FILE));
        write(models.office(), output.resolve(Judges.OFFICE_FILE));
        write(models.setting(), output.resolve(Judges.SETTING_FILE));
        Learning.Counts n = learning.counts();
        err.printf("person model: %d name-shaped runs, %d of them persons (and %d runs verdicts name, %d of them "
                + "persons); meeting model: %d proposed meetings, "
                + "%d of them meetings (%d from verdicts on articles without gold); office-country model: %d candidate countries, %d of them right; setting model: "
                + "%d open dates and places, %d of them the article's; written to %s%n",
                n.persons(), n.personsYes(), n.personVerdictRuns(), n.personVerdictRunsYes(), n.meetings(),
                n.meetingsYes(), n.meetingsFromVerdicts(), n.offices(), n.officesYes(), n.settings(), n.settingsYes(),
                output);
        return 0;
    }

    /** Writes a model through a temporary file, so a failed write leaves the old model whole. */
    private static void write(Classifier model, Path file) {
        try {
            OutputOption.writeAtomically(file, model::write);
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, file + ": " + e.getMessage(), e);
        }
    }
}
