package org.w3id.dmkg.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.text.InputFormat;

/**
 * The extraction as a Spark computation: input records, one pipeline per partition, N-Quads shards
 * (one named graph per article, named by the article's IRI, and the entity graph), a rejects file and
 * a manifest. The IRIs are deterministic, so shards of several runs can be merged. Runs on the driver; not thread-safe.
 *
 * <pre>{@code
 * Manifest m = new SparkExtraction(sc).run(new JobSpec("in/", "out/", InputFormat.TEXT, 8, 0.0));
 * }</pre>
 */
public final class SparkExtraction {
    private final JavaSparkContext sc;

    public SparkExtraction(JavaSparkContext sc) {
        this.sc = sc;
    }

    /**
     * What to do.
     *
     * @param input         a Hadoop path, directory or glob
     * @param output        a directory that must not exist yet
     * @param format        {@link InputFormat#TEXT} (text and HTML files), {@link InputFormat#JSONL} or
     *                      {@link InputFormat#WARC} (web archives)
     * @param partitions    how many partitions, and so shards; 0 for Spark's default parallelism; web
     *                      archives take one partition each, whatever this says
     * @param minConfidence facts below this confidence are left out
     */
    public record JobSpec(String input, String output, InputFormat format, int partitions, double minConfidence) {
    }

    /**
     * Runs the job. Bad records are rejected and counted; they never fail it.
     *
     * @throws DmkgException {@link DmkgException#USAGE} when the output exists,
     *                       {@link DmkgException#FAILURE} when the output cannot be written
     */
    public Manifest run(JobSpec spec) {
        Path out = new Path(spec.output());
        OutputFiles files;
        try {
            FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
            if (fs.exists(out)) {
                throw new DmkgException(DmkgException.USAGE, spec.output() + ": exists; name a new output directory");
            }
            files = new OutputFiles(fs, out);
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, spec.output() + ": " + e.getMessage(), e);
        }
        // directories are read recursively, as dmkg load reads them
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int partitions = spec.partitions() > 0 ? spec.partitions() : sc.defaultParallelism();
        JavaRDD<Outcome> extracted;
        try {
            extracted = switch (spec.format()) {
                case WARC -> RawInputs.archives(sc, spec.input()).mapPartitions(new ArchiveExtractor(
                        spec.minConfidence(), sc.broadcast(new HadoopConf(sc.hadoopConfiguration()))));
                case JSONL -> RawInputs.jsonLines(sc, spec.input(), partitions)
                        .mapPartitions(new PartitionExtractor(spec.minConfidence()));
                default -> RawInputs.files(sc, spec.input(), partitions)
                        .mapPartitions(new PartitionExtractor(spec.minConfidence()));
            };
        } catch (IOException e) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, spec.input() + ": " + e.getMessage(), e);
        }
        // extracted once, then read by the three actions below; serialized strings keep it small
        JavaRDD<Outcome> outcomes = extracted.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            outcomes.filter(Outcome::ok).map(Outcome::nquads).saveAsTextFile(files.shards().toString());
            Counts counts = outcomes.map(Counts::of).fold(Counts.ZERO, Counts::plus);
            outcomes.filter(o -> !o.ok()).map(Outcome::rejectLine).coalesce(1)
                    .saveAsTextFile(files.rejectsTemp().toString());
            Manifest manifest = Manifest.of(counts, files.nameShards());
            files.nameRejects();
            files.writeManifest(manifest);
            return manifest;
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, spec.output() + ": " + e.getMessage(), e);
        } finally {
            outcomes.unpersist(false);
        }
    }
}
