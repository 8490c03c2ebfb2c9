package org.w3id.dmkg.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.dmkg.rdf.Prefixes;
import org.w3id.dmkg.store.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmkg extract}: articles in, RDF out, no store involved. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract meetings, offices, anniversaries and statements from articles and print RDF.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    ArticleOptions articles;
    @Mixin
    OutputOption output;

    @Option(names = "--format", defaultValue = "ttl", paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig, jsonld, rdfxml (default: ${DEFAULT-VALUE}); nq, trig and jsonld keep one graph per article.")
    String format;

    @Override
    public Integer call() throws IOException {
        Format f = Format.parse(format);
        if (!f.isRdf()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be an RDF format: " + format);
        }
        Dataset dataset = DatasetFactory.create();
        dataset.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        ArticleRun.Summary summary = articles.run(spec.commandLine().getErr(),
                g -> dataset.addNamedModel(g.articleIri(), g.model()));
        output.write(out -> {
            if (f.isQuads() || f == Format.JSONLD) { // the dataset: one named graph per article
                RDFDataMgr.write(out, dataset, f.rdfFormat());
            } else {
                var union = dataset.getUnionModel();
                union.setNsPrefixes(Prefixes.ALL);
                RDFDataMgr.write(out, union, f.rdfFormat());
            }
        });
        spec.commandLine().getErr().println(summary.describe("extracted"));
        return summary.exitCode();
    }
}
