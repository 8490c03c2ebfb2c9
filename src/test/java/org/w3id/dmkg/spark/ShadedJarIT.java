package org.w3id.dmkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * {@code spark-submit} puts Spark's jars before the application's, so a class that both hold is
 * always Spark's. This checks, class by class, that {@code target/dmkg.jar} shares none with the jars
 * of a Spark distribution but the logging APIs it shares on purpose (SLF4J's and commons-logging's,
 * so that dmkg logs through the cluster's logging): every library Spark also ships (commons-io,
 * commons-compress, Jackson, Protobuf, ...) is relocated into {@code org.w3id.dmkg.shaded}.
 * {@code META-INF/versions/} entries do not count: the jar is not a multi-release jar.
 */
class ShadedJarIT {
    private static final Set<String> SHARED_ON_PURPOSE = Set.of("org/slf4j/", "org/apache/commons/logging/");

    @Test
    void noClassOfTheJarIsAlsoOnSparksClasspath() throws IOException {
        Set<String> ours = classes(Path.of(SparkClusterIT.JAR));
        assertTrue(ours.size() > 10_000 && ours.contains("org/w3id/dmkg/spark/ExtractJob.class"));
        assertTrue(ours.contains("org/w3id/dmkg/shaded/commons/io/IOUtils.class"), "commons-io relocated");
        Path cpFile = Path.of(System.getProperty("dmkg.spark.classpath", "target/spark-cluster/classpath.txt"));
        Map<String, String> clashes = new TreeMap<>();
        int sparkJars = 0;
        for (String jar : Files.readString(cpFile).strip().split(File.pathSeparator)) {
            sparkJars++;
            for (String c : classes(Path.of(jar))) {
                if (ours.contains(c) && SHARED_ON_PURPOSE.stream().noneMatch(c::startsWith)) {
                    clashes.merge(Path.of(jar).getFileName() + ": " + c.substring(0, c.lastIndexOf('/') + 1), c,
                            (a, b) -> a);
                }
            }
        }
        assertTrue(sparkJars > 50, "Spark's jars: " + sparkJars);
        assertEquals(Map.of(), clashes, "packages of dmkg.jar also in Spark's jars (relocate them in pom.xml)");
    }

    private static Set<String> classes(Path jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (JarFile f = new JarFile(jar.toFile())) {
            f.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                    .forEach(names::add);
        }
        return names;
    }
}
