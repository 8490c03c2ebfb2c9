package org.w3id.dmkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.bench.SyntheticArticles;
import org.w3id.dmkg.cli.Main;
import org.w3id.dmkg.link.ReferenceData;

/**
 * The real {@code target/dmkg.jar} submitted with {@code spark-submit} to a standalone cluster of two
 * Workers, each its own JVM with Spark's own jars and their versions first on the classpath, without
 * {@code userClassPathFirst}. The store {@code dmkg load-shards} builds from the output equals the one
 * {@code dmkg load} builds; with a worker killed in the middle of the job, Spark reruns its tasks and
 * the output still holds every article, once.
 */
@TestMethodOrder(OrderAnnotation.class)
class SparkClusterIT {
    static final String JAR = System.getProperty("dmkg.jar", "target/dmkg.jar");
    static final long SUBMIT_TIMEOUT_S = 240;

    @TempDir
    static Path tmp;
    static LocalCluster cluster;

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(Path.of(JAR)), JAR + " is built before the integration tests");
        cluster = LocalCluster.start(Files.createDirectories(tmp.resolve("cluster")), 2, "1g");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** {@code spark-submit} of the job with small executors; the arguments after the jar are the job's. */
    static Process submit(Path log, String... jobArgs) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--executor-memory", "512m",
                "--class", ExtractJob.class.getName(), JAR));
        args.addAll(List.of(jobArgs));
        return cluster.submit(log, args.toArray(String[]::new));
    }

    static void assertExitsWithZero(Process p, Path log) throws InterruptedException {
        assertTrue(p.waitFor(SUBMIT_TIMEOUT_S, TimeUnit.SECONDS), () -> "still running:\n" + LocalCluster.tail(log));
        assertEquals(0, p.exitValue(), () -> LocalCluster.tail(log));
    }

    @Test
    @Order(1)
    void theJarRunsOnTheClusterAndItsShardsLoadAsDmkgLoadDoes() throws IOException, InterruptedException {
        Path in = SparkInputs.files(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("submit.log");
        assertExitsWithZero(submit(log, in.toAbsolutePath().toString(), out.toString(), "--partitions", "2"), log);

        String driver = Files.readString(log);
        // each worker started an executor, with Spark's jars on its classpath and dmkg.jar fetched from the driver
        assertEquals(2, Pattern.compile("Registered executor .* with ID \\d").matcher(driver).results().count(), driver);
        assertTrue(driver.contains("articles 3\n") && driver.contains("failures 2\n"), driver);
        Manifest m;
        try (InputStream s = Files.newInputStream(out.resolve(Manifest.FILE))) {
            m = Manifest.read(s);
        }
        assertEquals(List.of("shards/part-00000.nq", "shards/part-00001.nq"), m.shards());
        assertEquals(2, Files.readAllLines(out.resolve(Manifest.REJECTS)).size());

        Path sharded = tmp.resolve("db-shards");
        Path direct = tmp.resolve("db-direct");
        assertEquals(0, Main.run("load-shards", out.toString(), "--loc", sharded.toString()));
        assertEquals(3, Main.run("load", in.toString(), "--loc", direct.toString()), "the empty and the binary file");
        StoreComparison.assertSameGraphs(direct, sharded, 3);
    }

    @Test
    @Order(2)
    void aWorkerKilledMidJobCostsNoArticleAndDuplicatesNone() throws IOException, InterruptedException {
        int count = 40;
        Path in = Files.createDirectories(tmp.resolve("synthetic"));
        SyntheticArticles gen = new SyntheticArticles(ReferenceData.load().entries(), 17);
        for (int i = 0; i < count; i++) {
            Files.writeString(in.resolve(String.format("a%03d.txt", i)), gen.text(i));
        }
        Path out = tmp.resolve("out-killed");
        Path log = tmp.resolve("submit-killed.log");
        Process job = submit(log, in.toAbsolutePath().toString(), out.toString(), "--partitions", "8");

        // the executor on worker 1, and the moment it starts its first task (it then loads the models)
        int port = cluster.workerPort(1);
        String executor = LocalCluster.await(log, Pattern.compile(
                "Executor added: \\S+/(\\d+) on \\S+ \\(127\\.0\\.0\\.1:" + port + "\\)")).group(1);
        String task = LocalCluster.await(log, Pattern.compile("Starting task (\\d+)\\.0 in stage 0\\.0 \\(TID \\d+\\) "
                + "\\(127\\.0\\.0\\.1, executor " + executor + ",")).group(1);
        cluster.killWorker(1);
        assertExitsWithZero(job, log);

        String driver = Files.readString(log);
        assertTrue(driver.contains("Lost executor " + executor + " on 127.0.0.1"), driver);
        // the task the killed executor was running ran again, elsewhere
        assertTrue(Pattern.compile("Starting task " + task + "\\.1 in stage 0\\.0 \\(TID \\d+\\) \\(127\\.0\\.0\\.1, executor (?!"
                + executor + ",)").matcher(driver).find(), () -> "task " + task + " not rerun:\n" + driver);
        assertTrue(driver.contains("articles " + count + "\n") && driver.contains("failures 0\n"), driver);

        Path sharded = tmp.resolve("db-shards-killed");
        Path direct = tmp.resolve("db-direct-killed");
        assertEquals(0, Main.run("load-shards", out.toString(), "--loc", sharded.toString()));
        assertEquals(0, Main.run("load", in.toString(), "--loc", direct.toString()));
        // load-shards replaces a graph it meets twice, so count each article's quads in the shards themselves
        assertEquals(StoreComparison.articleGraphSizes(direct), articleQuads(out), "quads per article graph");
        StoreComparison.assertSameGraphs(direct, sharded, count);
    }

    /** How many quads the shards hold in each article's graph. */
    static Map<String, Long> articleQuads(Path out) throws IOException {
        Pattern graph = Pattern.compile(" <(https://w3id\\.org/dmkg/id/article/[0-9a-f]+)> \\.$");
        Map<String, Long> counts = new TreeMap<>();
        try (Stream<Path> shards = Files.list(out.resolve(OutputFiles.SHARDS))) {
            for (Path shard : shards.filter(p -> p.toString().endsWith(".nq")).toList()) {
                for (String line : Files.readAllLines(shard)) {
                    Matcher m = graph.matcher(line);
                    if (m.find()) {
                        counts.merge(m.group(1), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }
}
