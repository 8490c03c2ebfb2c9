package org.w3id.dmkg.spark;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.text.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's entry point:
 * {@code spark-submit --class org.w3id.dmkg.spark.ExtractJob dmkg.jar INPUT OUTPUT [options]}.
 * Without {@code spark-submit} (no {@code spark.master} set) it runs in local mode on every core.
 * Prints the manifest's counts on stdout; exit codes as {@code dmkg}'s.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true,
        description = "Extract articles from a Hadoop path into N-Quads shards, a rejects file and a manifest.")
public final class ExtractJob implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "A file, directory or glob on any Hadoop file system.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "A new directory for the shards and the manifest.")
    String output;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl|warc",
            description = "text: one article per .txt/.html file; jsonl: one per line of the .jsonl files; "
                    + "warc: one per HTML response of the .warc/.arc files, one partition per file (each also .gz).")
    String format;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Partitions, and so shards (default: Spark's default parallelism).")
    int partitions;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X",
            description = "Leave out facts with confidence below X (0..1; default: ${DEFAULT-VALUE}).")
    double minConfidence;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job from its arguments and returns the exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new ExtractJob());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dmkg-spark: " + e.getMessage());
            return e instanceof DmkgException d ? d.exitCode() : DmkgException.FAILURE;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        InputFormat f = switch (format.toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> InputFormat.TEXT;
            case "jsonl" -> InputFormat.JSONL;
            case "warc", "arc" -> InputFormat.WARC;
            default -> throw new DmkgException(DmkgException.USAGE, "--format must be text, jsonl or warc, not " + format);
        };
        if (!(minConfidence >= 0 && minConfidence <= 1) || partitions < 0) {
            throw new DmkgException(DmkgException.USAGE, "--min-confidence must be in 0..1 and --partitions >= 0");
        }
        SparkConf conf = new SparkConf().setAppName("dmkg extract").setIfMissing("spark.master", "local[*]");
        long start = System.nanoTime();
        Manifest m;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            m = new SparkExtraction(sc).run(new SparkExtraction.JobSpec(input, output, f, partitions, minConfidence));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "articles %d%ntriples %d%nfailures %d%nwarnings %d%nshards %d%n",
                m.articles(), m.triples(), m.failures(), m.warnings(), m.shards().size());
        System.err.printf(Locale.ROOT, "extracted %d articles in %.1f s (%.1f articles/s), %d rejected%n",
                m.articles(), seconds, m.articles() / Math.max(seconds, 1e-3), m.failures());
        return 0;
    }
}
