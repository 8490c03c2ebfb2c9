package org.w3id.dmkg.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Exporter;
import org.w3id.dmkg.store.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmkg export}: the whole store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store as RDF: Turtle is the merged graph; TriG and N-Quads keep one graph per article and the entity graph.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;
    @Mixin
    OutputOption output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig, jsonld, rdfxml (default: the -o file's extension, else ttl).")
    String format;

    @Override
    public Integer call() throws IOException {
        Format f = RdfFormats.parse(spec.commandLine(), format, output.file);
        try (DmkgStore s = DmkgStore.openExisting(store.loc)) {
            output.write(out -> new Exporter(s).export(f, out));
        }
        return 0;
    }
}
