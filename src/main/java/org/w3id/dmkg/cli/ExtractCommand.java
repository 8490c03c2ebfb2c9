package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.dmkg.rdf.Prefixes;
import org.w3id.dmkg.rdf.XmlChars;
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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig, jsonld, rdfxml (default: the -o file's extension, else ttl); nq, trig and jsonld keep one graph per article and the entity graph; nt and nq are streamed, the others held in memory.")
    String format;

    @Override
    public Integer call() throws IOException {
        Format f = RdfFormats.parse(spec.commandLine(), format, output.file);
        ArticleRun.Summary summary = f == Format.NT || f == Format.NQ ? streamed(f) : merged(f);
        spec.commandLine().getErr().println(summary.describe("extracted"));
        return summary.exitCode();
    }

    /** N-Triples and N-Quads: each article written as soon as it is extracted, in input order. */
    private ArticleRun.Summary streamed(Format f) throws IOException {
        ArticleRun.Summary[] summary = new ArticleRun.Summary[1];
        output.write(raw -> {
            try (OutputStream out = f.escaping(raw)) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, f.rdfFormat());
                stream.start();
                summary[0] = articles.run(spec.commandLine().getErr(), g -> {
                    if (f == Format.NQ) {
                        g.forEachQuad(stream::quad);
                    } else {
                        g.model().getGraph().find().forEachRemaining(stream::triple);
                    }
                });
                stream.finish();
            }
        });
        return summary[0];
    }

    /**
     * Turtle, TriG, JSON-LD and RDF/XML: every article is collected in memory first (the writers need
     * the whole graph to group statements and emit prefixes), so memory grows with the input; use nq
     * or nt for large runs.
     */
    private ArticleRun.Summary merged(Format f) throws IOException {
        Dataset dataset = DatasetFactory.create();
        dataset.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        ArticleRun.Summary summary = articles.run(spec.commandLine().getErr(),
                g -> g.forEachQuad(dataset.asDatasetGraph()::add));
        output.write(raw -> {
            try (OutputStream out = f.escaping(raw)) {
                write(dataset, f, out);
            }
        });
        return summary;
    }

    private static void write(Dataset dataset, Format f, OutputStream out) {
        if (f.isQuads() || f == Format.JSONLD) { // the dataset: one named graph per article, and the shared entity graph
            RDFDataMgr.write(out, dataset, f.rdfFormat());
        } else {
            var union = dataset.getUnionModel();
            union.setNsPrefixes(Prefixes.ALL);
            RDFDataMgr.write(out, f == Format.RDFXML ? XmlChars.forXml(union) : union, f.rdfFormat());
        }
    }
}
