package org.w3id.dmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.DMKG;
import org.w3id.dmkg.rdf.ShapesValidator;
import org.w3id.dmkg.rdf.ValidationReport;
import org.w3id.dmkg.store.DmkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg validate}: checks RDF against dmkg's SHACL shapes. A file's named graphs are checked one
 * by one (an article's with the descriptions of the entities it names, from the entity graph), a
 * triples file as a whole; without a file, every graph of the store.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a file (any RDF syntax) or the store against the SHACL shapes of dmkg.")
final class ValidateCommand implements Callable<Integer> {
    private static final int SHOWN = 20;

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "RDF file to check; the store when absent.")
    Path file;

    @Override
    public Integer call() {
        Dataset data = file != null ? read(file) : null;
        List<String> problems = new ArrayList<>();
        int graphs;
        if (data != null) {
            graphs = check(data, problems);
        } else {
            try (DmkgStore s = DmkgStore.open(store.loc)) {
                graphs = Txn.calculateRead(s.dataset(), () -> check(s.dataset(), problems));
            }
        }
        var out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.printf("conforms: %d graph%s checked%n", graphs, graphs == 1 ? "" : "s");
            return 0;
        }
        problems.stream().limit(SHOWN).forEach(out::println);
        if (problems.size() > SHOWN) {
            out.printf("... and %d more%n", problems.size() - SHOWN);
        }
        throw new DmkgException(DmkgException.INVALID_DATA, (file != null ? file : store.loc) + ": "
                + problems.size() + " violation" + (problems.size() == 1 ? "" : "s") + " of the dmkg shapes");
    }

    private static int check(Dataset data, List<String> problems) {
        ShapesValidator v = ShapesValidator.get();
        int graphs = 0;
        if (!data.getDefaultModel().isEmpty()) {
            graphs++;
            add(problems, "", v.validate(data.getDefaultModel()));
        }
        for (Iterator<String> it = data.listNames(); it.hasNext(); ) {
            String g = it.next();
            graphs++;
            // an article with the descriptions of the entities it names, which the entity graph holds
            Model m = g.startsWith(DMKG.ID + "graph/") ? data.getNamedModel(g)
                    : ArticleGraph.read(data.asDatasetGraph(), g).model();
            add(problems, "<" + g + "> ", v.validate(m));
        }
        return graphs;
    }

    private static void add(List<String> problems, String graph, ValidationReport report) {
        for (String m : report.messages()) {
            problems.add(graph + m);
        }
    }

    static Dataset read(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, file + ": no such readable file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE);
        Dataset ds = DatasetFactory.create();
        try {
            RDFParser.source(file).lang(lang).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging)
                    .parse(ds.asDatasetGraph());
        } catch (RiotException e) {
            throw new DmkgException(DmkgException.INVALID_DATA, file + ": not valid " + lang.getLabel() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return ds;
    }
}
