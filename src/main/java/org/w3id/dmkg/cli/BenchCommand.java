package org.w3id.dmkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.bench.Bench;
import org.w3id.dmkg.bench.BenchInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmkg bench}: times the OpenNLP floor, the full extraction, dmkg's load and Jena's bulk loader,
 * and the named queries, on the same articles; figures on stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput (floor, extraction, load), query latency and peak heap on the same articles.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or directories of articles.")
    List<String> inputs;

    @Option(names = "--synthetic", paramLabel = "N", description = "Use N generated articles instead of INPUT.")
    Integer synthetic;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the synthetic articles, or of the --sample draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sample", paramLabel = "N",
            description = "Run on N articles of INPUT drawn uniformly at random with --seed (reservoir sampling in one pass; "
                    + "the same input and seed draw the same articles, kept in input order).")
    Integer sample;

    @Option(names = "--person", paramLabel = "NAME",
            description = "A person query parameter to time, repeatable (default with INPUT: Xi).")
    List<String> persons;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = "Worker threads for the floor and the extraction (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "R", description = "Repeat the input R times (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "3000", paramLabel = "N",
            description = "Articles of one untimed warm-up run of each pass, the input repeated if shorter; warm-up runs repeat until two agree within 3%% (at most 60 s), so that the JIT has compiled the code before the clock starts (default: ${DEFAULT-VALUE}; 0: none).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Rounds after (2) in which the floor and the full extraction take turns on every 100 articles; the ratio full/floor is the median of the rounds' ratios, which a slow spell of the machine during one pass does not decide (default: ${DEFAULT-VALUE}; 0: the ratio of (1) and (2)).")
    int rounds;

    @Option(names = "--query-runs", defaultValue = "30", paramLabel = "N", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--country", defaultValue = "China", paramLabel = "NAME", description = "The country query parameter (default: ${DEFAULT-VALUE}).")
    String country;

    @Option(names = "--pages", description = "Also time the data of the web app's pages (stage 6), on the store loaded in (3), or with --loc on that store alone.")
    boolean pages;

    @Option(names = "--loc", paramLabel = "DIR",
            description = "With --pages: time only the pages, on this store (loaded before, e.g. with the --synthetic articles); "
                    + "--person names a typical person then the most frequent (default: those of the --synthetic articles of --seed).")
    Path loc;

    @Override
    public Integer call() {
        if (threads < 1 || repeat < 1 || warmup < 0 || rounds < 0 || queryRuns < 1 || (synthetic != null && synthetic < 1)
                || (sample != null && sample < 1)) {
            throw new DmkgException(DmkgException.USAGE,
                    "--threads, --repeat, --query-runs, --synthetic and --sample must be positive, --warmup and --rounds not negative");
        }
        boolean noInput = inputs == null || inputs.isEmpty();
        if (loc != null) {
            if (!pages || !noInput || synthetic != null || sample != null) {
                throw new DmkgException(DmkgException.USAGE, "--loc goes with --pages alone, not with INPUT or --synthetic");
            }
            List<String> names = persons != null ? persons : BenchInput.synthetic(1, seed, 1).personParams();
            new Bench(threads, warmup, rounds, queryRuns, country, true).pagesOnly(loc, names, spec.commandLine().getOut());
            return 0;
        }
        if ((synthetic == null) == noInput) {
            throw new DmkgException(DmkgException.USAGE, "give either INPUT or --synthetic N");
        }
        if (synthetic != null && (sample != null || persons != null)) {
            throw new DmkgException(DmkgException.USAGE, "--sample and --person go with INPUT, not --synthetic");
        }
        BenchInput in = synthetic != null ? BenchInput.synthetic(synthetic, seed, repeat)
                : BenchInput.files(inputs, repeat, sample == null ? 0 : sample, seed,
                        persons == null ? List.of("Xi") : persons);
        new Bench(threads, warmup, rounds, queryRuns, country, pages).run(in, spec.commandLine().getOut());
        return 0;
    }
}
