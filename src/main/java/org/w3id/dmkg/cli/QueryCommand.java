package org.w3id.dmkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ControlEscapes;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Format;
import org.w3id.dmkg.store.NamedQueries;
import org.w3id.dmkg.store.QueryRunner;
import org.w3id.dmkg.store.RowCap;
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
            description = "Bind ?KEY to the literal VALUE (safely; never spliced into the text). "
                    + "A named query takes only the parameters it declares (see --list).")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, json, xml (SPARQL results) for SELECT/ASK (default: table); "
                    + "ttl, nt, jsonld, rdfxml (or xml) for CONSTRUCT/DESCRIBE (default: ttl).")
    String format;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "Show at most N rows of a SELECT answer; a cut answer is announced on stderr (default: all).")
    Long maxRows;

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
        Map<String, List<String>> given = given();
        Map<String, String> bound = new LinkedHashMap<>();
        if (source.text == null && !source.name.endsWith(".rq")) {
            // a named query declares its parameters: checked as the endpoint checks them
            bound.putAll(named.info(source.name).check(given));
        } else {
            given.forEach((k, v) -> bound.put(k, v.get(v.size() - 1)));
        }
        Format f = Format.forAnswer(format, query.isConstructType() || query.isDescribeType(), Format.TABLE);
        if (maxRows != null && maxRows < 1) {
            throw new DmkgException(DmkgException.USAGE, "--max-rows must be positive: " + maxRows);
        }
        RowCap cap = maxRows == null ? RowCap.NONE : new RowCap(maxRows);
        boolean cut;
        try (DmkgStore s = DmkgStore.openExisting(store.loc)) {
            cut = new QueryRunner(s).run(query, bound, f, System.out, cap);
            System.out.flush();
        }
        if (cut) {
            spec.commandLine().getErr().println("dmkg: warning: query " + (source.text != null ? "-e" : ControlEscapes.escape(source.name))
                    + ": " + cap.note() + " (--max-rows " + cap.maxRows() + ")");
        }
        return 0;
    }

    /** The {@code -p KEY=VALUE} options, each key's values in the order given. */
    private Map<String, List<String>> given() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq < 1) {
                throw new DmkgException(DmkgException.USAGE, "parameter " + p + ": expected KEY=VALUE");
            }
            given.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        return given;
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
