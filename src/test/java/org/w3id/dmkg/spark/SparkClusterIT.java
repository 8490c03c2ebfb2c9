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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.bench.SyntheticArticles;
import org.w3id.dmkg.cli.Main;
import org.w3id.dmkg.link.ReferenceData;

/**
 * The real {@code target/dmkg.jar} submitted with {@code spark-submit} to a standalone cluster of two
 * Workers, each its own JVM with Spark's own jars and their versions first on the classpath, without
 * {@code userClassPathFirst}; one of the workers is killed, with its executor, while that executor runs
 * its first task. One job, for time: its output must load as {@code dmkg load} loads the same articles,
 * and hold every article exactly once although a task ran twice.
 */
class SparkClusterIT {
    static final String JAR = System.getProperty("dmkg.jar", "target/dmkg.jar");
    static final long SUBMIT_TIMEOUT_S = 300;
    static final int SYNTHETIC = 40;

    @TempDir
    static Path tmp;
    static LocalCluster cluster;
    static Path in;
    static Path out;
    static String driverLog;
    static String killedExecutor;
    static String killedTask;

    @BeforeAll
    static void runJobAndKillAWorker() throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(Path.of(JAR)), JAR + " is built before the integration tests");
        // the small corpus of ExtractJobIT (good and bad records) and enough articles for eight tasks
        in = SparkInputs.files(tmp.resolve("in"));
        SyntheticArticles gen = new SyntheticArticles(ReferenceData.load().entries(), 17);
        for (int i = 0; i < SYNTHETIC; i++) {
            Files.writeString(in.resolve(String.format("s%03d.txt", i)), gen.text(i));
        }
        out = tmp.resolve("out");
        cluster = LocalCluster.start(Files.createDirectories(tmp.resolve("cluster")), 2, "1g");
        Path log = tmp.resolve("submit.log");
        // tasks wait for both executors, so that the one to be killed surely gets one
        Process job = cluster.submit(log, "--executor-memory", "512m",
                "--conf", "spark.executor.extraJavaOptions=" + LocalCluster.LIGHT_JVM,
                "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
                "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=120s",
                "--class", ExtractJob.class.getName(), JAR, in.toAbsolutePath().toString(), out.toString(),
                "--partitions", "8");

        // the executor on worker 1, and the moment it starts its first task (it then loads the models)
        int port = cluster.workerPort(1);
        killedExecutor = LocalCluster.await(log, Pattern.compile(
                "Executor added: \\S+/(\\d+) on \\S+ \\(127\\.0\\.0\\.1:" + port + "\\)")).group(1);
        killedTask = LocalCluster.await(log, Pattern.compile("Starting task (\\d+)\\.0 in stage 0\\.0 \\(TID \\d+\\) "
                + "\\(127\\.0\\.0\\.1, executor " + killedExecutor + ",")).group(1);
        cluster.killWorker(1);
        assertTrue(job.waitFor(SUBMIT_TIMEOUT_S, TimeUnit.SECONDS), () -> "still running:\n" + LocalCluster.tail(log));
        driverLog = Files.readString(log);
        assertEquals(0, job.exitValue(), () -> LocalCluster.tail(log));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void bothWorkersRanTheJarAndOneWasLostMidTask() {
        // each worker started an executor, with Spark's jars on its classpath and dmkg.jar fetched from the driver
        assertEquals(2, Pattern.compile("Registered executor .* with ID \\d").matcher(driverLog).results().count(),
                driverLog);
        assertTrue(driverLog.contains("Lost executor " + killedExecutor + " on 127.0.0.1"), driverLog);
        // the task the killed executor was running ran again, on the other executor
        assertTrue(Pattern.compile("Starting task " + killedTask + "\\.1 in stage 0\\.0 \\(TID \\d+\\) "
                + "\\(127\\.0\\.0\\.1, executor (?!" + killedExecutor + ",)").matcher(driverLog).find(),
                () -> "task " + killedTask + " not rerun:\n" + driverLog);
    }

    @Test
    void manifestAndRejectsCountEveryRecordOnce() throws IOException {
        assertTrue(driverLog.contains("articles " + (SYNTHETIC + 3) + "\n") && driverLog.contains("failures 2\n"),
                driverLog);
        Manifest m;
        try (InputStream s = Files.newInputStream(out.resolve(Manifest.FILE))) {
            m = Manifest.read(s);
        }
        assertEquals(SYNTHETIC + 3, m.articles());
        assertEquals(8, m.shards().size());
        List<String> rejects = Files.readAllLines(out.resolve(Manifest.REJECTS)).stream().sorted().toList();
        assertEquals(2, rejects.size(), rejects::toString);
        assertTrue(rejects.get(0).matches("\\S+/empty\\.txt\tempty file"), rejects.get(0));
    }

    @Test
    void shardsHoldEveryArticleOnceAndLoadAsDmkgLoadDoes() throws IOException {
        Path sharded = tmp.resolve("db-shards");
        Path direct = tmp.resolve("db-direct");
        assertEquals(0, Main.run("load-shards", out.toString(), "--loc", sharded.toString()));
        assertEquals(3, Main.run("load", in.toString(), "--loc", direct.toString()), "the empty and the binary file");
        // load-shards replaces a graph it meets twice, so count each article's quads in the shards themselves
        assertEquals(StoreComparison.articleGraphSizes(direct), articleQuads(out), "quads per article graph");
        StoreComparison.assertSameGraphs(direct, sharded, SYNTHETIC + 3);
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
