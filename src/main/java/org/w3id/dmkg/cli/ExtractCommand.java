package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.dmkg.DmkgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dmkg extract}: articles in, RDF out, no store involved. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract meetings, offices, anniversaries and statements from articles and print RDF.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files (.txt, .html, .jsonl), directories (recursive), or - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, nt, nq, trig, jsonld, rdfxml (default: ${DEFAULT-VALUE}).")
    RdfFormat format;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X",
            description = "Leave out facts with confidence below X (0..1).")
    double minConfidence;

    @Override
    public Integer call() throws IOException {
        Confidence.check(minConfidence);
        Dataset dataset = DatasetFactory.create();
        ArticleRun.Summary summary = ArticleRun.run(inputs, minConfidence, spec.commandLine().getErr(),
                g -> dataset.addNamedModel(g.articleIri(), g.model()));
        Path tmp = output == null ? null : Files.createTempFile(output.toAbsolutePath().getParent(), ".dmkg", ".tmp");
        try (OutputStream out = tmp == null ? System.out : Files.newOutputStream(tmp)) {
            if (format.quads) {
                RDFDataMgr.write(out, dataset, format.format);
            } else {
                RDFDataMgr.write(out, dataset.getUnionModel(), format.format);
            }
        }
        if (tmp != null) {
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        spec.commandLine().getErr().printf("extracted %d articles in %.1f s%s%n", summary.articles(),
                summary.millis() / 1000.0, summary.skipped() > 0 ? ", " + summary.skipped() + " inputs skipped" : "");
        return summary.exitCode();
    }
}
