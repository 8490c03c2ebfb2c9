package org.w3id.dmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.dmkg.link.Decision;
import org.w3id.dmkg.link.Decision.Outcome;
import org.w3id.dmkg.link.LinkResult;
import org.w3id.dmkg.link.Reconciler;
import org.w3id.dmkg.link.Scorer;
import org.w3id.dmkg.link.SparqlEndpoint;
import org.w3id.dmkg.link.WikidataCandidates;
import org.w3id.dmkg.store.DmkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dmkg link}: reconcile the store's persons against Wikidata and store the links. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link the store's persons to Wikidata.",
                "Look their names up, score the human candidates "
                + "by name, citizenship and positions held at the time, and replace the graph "
                + "https://w3id.org/dmkg/id/graph/links with owl:sameAs and dmkg:linkConfidence for each person "
                + "linked. Persons with no clear best candidate are reported on stderr and left unlinked.",
                "Links go to stdout (name, QID, confidence), then a summary. If the endpoint fails, the store "
                        + "is left unchanged (exit 5)."})
final class LinkCommand implements Callable<Integer> {
    static final String WIKIDATA = "https://query.wikidata.org/sparql";

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = WIKIDATA,
            description = "Wikidata-shaped SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where answers are cached, one file per query, so that a rerun sends no request "
                    + "(default: $XDG_CACHE_HOME/dmkg/wikidata, or ~/.cache/dmkg/wikidata). Entries never expire; "
                    + "delete the directory or use --refresh.")
    Path cache;

    @Option(names = "--refresh", description = "Ask the endpoint even for cached queries, and update the cache.")
    boolean refresh;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "1",
            description = "At most N requests per second; 0 for no limit (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time allowed for one request (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "20",
            description = "Names per request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.6",
            description = "Lowest score (0..1) a link needs (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--margin", paramLabel = "SCORE", defaultValue = "0.15",
            description = "How far the best candidate must score above the second (default: ${DEFAULT-VALUE}).")
    double margin;

    @Override
    public Integer call() {
        check();
        var settings = new SparqlEndpoint.Settings(endpoint, userAgent(), rate, Duration.ofSeconds(timeout),
                cache != null ? cache : defaultCache(), refresh);
        SparqlEndpoint remote = new SparqlEndpoint(settings);
        Reconciler reconciler = new Reconciler(new WikidataCandidates(remote, batch), new Scorer(threshold, margin));
        try (DmkgStore s = DmkgStore.open(store.loc)) {
            LinkResult r = reconciler.reconcile(s.dataset());
            s.loadReference(r.links(), Reconciler.GRAPH);
            report(r, remote.requests());
        }
        return 0;
    }

    private void report(LinkResult r, int requests) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Decision d : r.of(Outcome.LINKED)) {
            out.printf("%s\t%s\t%s%n", d.person().name(), d.link().id(), d.confidence().toPlainString());
        }
        r.of(Outcome.AMBIGUOUS).forEach(d -> err.println("dmkg: ambiguous, not linked: " + d.describe()));
        if (common.verbose) {
            r.of(Outcome.NOT_FOUND).forEach(d -> err.println("dmkg: not found: " + d.describe()));
        }
        out.printf("persons %d, linked %d, ambiguous %d, not found %d (%d requests to %s)%n", r.considered(),
                r.count(Outcome.LINKED), r.count(Outcome.AMBIGUOUS), r.count(Outcome.NOT_FOUND), requests, endpoint);
    }

    private void check() {
        if (rate < 0 || timeout < 1 || batch < 1 || threshold < 0 || threshold > 1 || margin < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--rate must be >= 0, --timeout and --batch >= 1, --threshold in 0..1, --margin >= 0");
        }
    }

    static String userAgent() {
        return "dmkg/" + Version.number() + " (diplomatic meeting knowledge graph; https://w3id.org/dmkg)";
    }

    /** $XDG_CACHE_HOME/dmkg/wikidata when that is set to an absolute path, else ~/.cache/dmkg/wikidata. */
    static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dmkg").resolve("wikidata");
    }
}
