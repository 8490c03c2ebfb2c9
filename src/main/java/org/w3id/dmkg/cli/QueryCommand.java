package org.w3id.dmkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Format;
import org.w3id.dmkg.store.NamedQueries;
import org.w3id.dmkg.store.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmkg query}: runs a named query, a query file, or a query given on the command line. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run SPARQL over the store: a named query from queries/, a .rq file, or -e TEXT.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "NAME|FILE.rq", description = "A named query (see --list) or a file ending in .rq.")
        String name;
        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text.")
        String text;
        @Option(names = "--list", description = "List the named queries and their parameters.")
        boolean list;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "Bind ?KEY to the literal VALUE (safely; never spliced into the text).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv, json for SELECT/ASK; ttl, nt, jsonld, rdfxml for CONSTRUCT/DESCRIBE (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        NamedQueries named = new NamedQueries();
        if (source.list) {
            for (String n : named.names()) {
                var info = named.info(n);
                spec.commandLine().getOut().printf("%-22s %s%s%n", n, info.title(),
                        info.params().isEmpty() ? "" : "  (params: " + String.join(", ",
                                info.params().stream().map(p -> p.name() + (p.required() ? "" : "?")).toList()) + ")");
            }
            return 0;
        }
        Query query = parse(named);
        Format f = Format.parse(format);
        try (DmkgStore s = DmkgStore.openExisting(store.loc)) {
            new QueryRunner(s).run(query, params, f, System.out);
            System.out.flush();
        }
        return 0;
    }

    private Query parse(NamedQueries named) throws IOException {
        if (source.text != null) {
            return NamedQueries.parse("-e", source.text);
        }
        Path file = Path.of(source.name);
        if (source.name.endsWith(".rq")) {
            if (!Files.isRegularFile(file)) {
                throw new DmkgException(DmkgException.INPUT_UNREADABLE, source.name + ": no such file");
            }
            return NamedQueries.parse(source.name, Files.readString(file, StandardCharsets.UTF_8));
        }
        return named.load(source.name);
    }
}
