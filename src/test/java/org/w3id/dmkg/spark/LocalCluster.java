package org.w3id.dmkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone Spark cluster on loopback: a Master and Workers, each its own JVM started with Spark's
 * own classes from the jars of Spark's core at Spark's versions ({@code scripts/spark-dist}, resolved
 * by the build into the file the system property {@code dmkg.spark.classpath} names, and laid out as a
 * distribution's {@code jars/} directory for the executors), and {@code spark-submit}
 * ({@code SparkSubmit}) against it. Ports are chosen by the JVMs (port 0) and read from their logs;
 * the web UIs listen on loopback only. {@link #close()} kills every JVM started, executors included,
 * and so does a shutdown hook should the tests not get there. Not thread-safe.
 */
final class LocalCluster implements AutoCloseable {
    static final Duration STARTUP = Duration.ofSeconds(120);
    /** Heap of the Master and the Workers (they only schedule). */
    private static final String DAEMON_HEAP = "256m";
    /** Heap of the driver: in client mode it is the submitting JVM, as {@code --driver-memory} sets it. */
    private static final String DRIVER_HEAP = "768m";
    /**
     * For the short-lived JVMs of tests on a small machine: one GC thread and the quick compiler only,
     * which leave the cores to the work. Given to every JVM started here; executors take it by
     * {@code spark.executor.extraJavaOptions}.
     */
    static final String LIGHT_JVM = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private final Path dir;
    private final List<String> classpath;
    private final List<String> jvmOptions;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final List<Integer> workerPorts = new ArrayList<>();
    private final Thread cleanup = new Thread(this::killAll);
    private String masterUrl;

    private LocalCluster(Path dir) throws IOException {
        this.dir = dir;
        Path cpFile = Path.of(System.getProperty("dmkg.spark.classpath", "target/spark-cluster/classpath.txt"));
        if (!Files.isRegularFile(cpFile)) {
            throw new IllegalStateException(cpFile + " missing: the build writes it before the integration tests");
        }
        this.classpath = List.of(Files.readString(cpFile).strip().split(java.io.File.pathSeparator));
        this.jvmOptions = Arrays.stream(System.getProperty("dmkg.spark.jvm.options", "").split("\\s+"))
                .filter(o -> !o.isEmpty()).toList();
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts a Master and {@code workers} Workers of one core and {@code memory} each; returns once all registered. */
    static LocalCluster start(Path dir, int workers, String memory) throws IOException, InterruptedException {
        LocalCluster c = new LocalCluster(dir);
        try {
            c.startAll(workers, memory);
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void startAll(int count, String memory) throws IOException, InterruptedException {
        Path home = sparkHome();
        Path masterLog = dir.resolve("master.log");
        processes.add(launch(home, masterLog, DAEMON_HEAP, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
        masterUrl = await(masterLog, Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)")).group(1);
        for (int i = 0; i < count; i++) {
            Path work = Files.createDirectories(dir.resolve("worker-" + i));
            Process w = launch(home, dir.resolve("worker-" + i + ".log"), DAEMON_HEAP, "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", memory,
                    "--work-dir", work.toString(), masterUrl);
            processes.add(w);
            workers.add(w);
        }
        for (int i = 0; i < count; i++) {
            Path log = dir.resolve("worker-" + i + ".log");
            workerPorts.add(Integer.valueOf(await(log, Pattern.compile("Starting Spark worker 127\\.0\\.0\\.1:(\\d+)")).group(1)));
            await(log, Pattern.compile("Successfully registered with master"));
        }
    }

    /** A Spark home as a distribution lays it out: the Workers start executors from its {@code jars/}. */
    private Path sparkHome() throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
        Files.createDirectories(dir.resolve("spark-home/conf"));
        for (String jar : classpath) {
            Path p = Path.of(jar);
            Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
        }
        return jars.getParent();
    }

    private Process launch(Path home, Path log, String heap, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(LIGHT_JVM.split(" ")));
        cmd.addAll(List.of("-Xmx" + heap, "-cp", String.join(java.io.File.pathSeparator, classpath), mainClass));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("HADOOP_") || k.startsWith("YARN_"));
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_CONF_DIR", home.resolve("conf").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local")).toString());
        return pb.start();
    }

    String masterUrl() {
        return masterUrl;
    }

    /** The RPC port of worker {@code i}, as the driver's log names it. */
    int workerPort(int i) {
        return workerPorts.get(i);
    }

    /**
     * Runs {@code spark-submit --master URL ARGS} in client mode (the driver in the submitting JVM, as on
     * an edge node, with a heap of 768 MB), output to {@code log}; returns the running process.
     */
    Process submit(Path log, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--master", masterUrl, "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"));
        all.addAll(Arrays.asList(args));
        Process p = launch(dir.resolve("spark-home"), log, DRIVER_HEAP, "org.apache.spark.deploy.SparkSubmit",
                all.toArray(String[]::new));
        processes.add(p);
        return p;
    }

    /** Kills worker {@code i} and the executor it started, at once, as when its machine fails. */
    void killWorker(int i) {
        kill(workers.get(i));
    }

    /** Waits for a line of {@code log} to match and returns the match. */
    static Matcher await(Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher m = pattern.matcher(Files.readString(log));
                if (m.find()) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no " + pattern + " in " + log + " after " + STARTUP.toSeconds() + " s:\n"
                + tail(log));
    }

    /** The last lines of a log, for failure messages. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void kill(Process p) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        p.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void killAll() {
        // submissions and workers first, then the master
        for (int i = processes.size() - 1; i >= 0; i--) {
            kill(processes.get(i));
        }
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running this
        }
    }
}
