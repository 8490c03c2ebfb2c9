package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.GoldReader;
import org.w3id.dmkg.learn.MeetingLearning;
import org.w3id.dmkg.nlp.Classifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg train}: learns the meeting judge from articles with gold annotations and writes the model;
 * the same articles give the same model, byte for byte.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Learn the meeting model from articles with gold annotations (deterministic).")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold annotations (*.json).")
    List<Path> gold;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path output;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "The articles the gold annotates (files or directories).")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, GoldArticle> golds = EvalCommand.readGold(gold);
        MeetingLearning learning = new MeetingLearning(Dmkg.shared(), ArticleRun.readAll(inputs, err), golds);
        Classifier model = learning.train();
        Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                model.write(out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new DmkgException(DmkgException.FAILURE, output + ": " + e.getMessage(), e);
        }
        int[] n = learning.counts();
        err.printf("meeting model: %d candidate meetings, %d of them meetings in the gold; written to %s%n",
                n[0], n[1], output);
        return 0;
    }
}
