package org.w3id.dmkg.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Optional;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.InputFormat;
import scala.Tuple2;

/**
 * The input records of the job, from any Hadoop-compatible path (a file, a directory, a glob):
 * one record per text or HTML file, or one per line of the JSON Lines files. As in a directory
 * walk, only files named {@code .txt}, {@code .html}, {@code .htm} (text) or {@code .jsonl} (JSON
 * Lines) are read. Nothing is read until Spark computes a partition.
 */
final class RawInputs {
    private RawInputs() {
    }

    /**
     * One record per text or HTML file, holding at most one byte more than the article size limit.
     * Files are read with their bytes (not through Hadoop's UTF-8 text), so the encoding is
     * recognised exactly as {@code dmkg load} does it.
     */
    static JavaRDD<RawArticle> files(JavaSparkContext sc, String input, int partitions) {
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(input, partitions)
                .filter(f -> format(f._1()).filter(x -> x != InputFormat.JSONL).isPresent());
        if (files.getNumPartitions() != partitions) {
            // the files are only named here, so spreading them costs no copying of content
            files = files.repartition(partitions);
        }
        return files.map(f -> read(f._1(), f._2()));
    }

    /** One record per line of the {@code .jsonl} files, its origin {@code URI@BYTE_OFFSET}. */
    @SuppressWarnings("unchecked")
    static JavaRDD<RawArticle> jsonLines(JavaSparkContext sc, String input, int partitions) {
        JavaHadoopRDD<LongWritable, Text> lines = (JavaHadoopRDD<LongWritable, Text>) sc.hadoopFile(
                input, TextInputFormat.class, LongWritable.class, Text.class, partitions);
        return lines.mapPartitionsWithInputSplit(RawInputs::lines, false);
    }

    private static Iterator<RawArticle> lines(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        String path = split instanceof FileSplit fs ? fs.getPath().toString() : split.toString();
        if (format(path).orElse(null) != InputFormat.JSONL) {
            return Collections.emptyIterator(); // not consumed, so not read
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public RawArticle next() {
                Tuple2<LongWritable, Text> line = lines.next();
                // Hadoop reuses the Text object for the next line: copy its bytes now
                byte[] bytes = Arrays.copyOf(line._2().getBytes(), line._2().getLength());
                return RawArticle.read(path + "@" + line._1().get(), InputFormat.JSONL, bytes);
            }
        };
    }

    private static RawArticle read(String path, PortableDataStream stream) {
        InputFormat format = format(path).orElseThrow();
        try (DataInputStream in = stream.open()) {
            return RawArticle.read(path, format, in.readNBytes(ArticleSource.MAX_ARTICLE_BYTES + 1));
        } catch (IOException | RuntimeException e) {
            return RawArticle.unreadable(path, format, "cannot read: " + e.getMessage());
        }
    }

    private static Optional<InputFormat> format(String path) {
        return InputFormat.fromExtension(path.substring(path.lastIndexOf('/') + 1));
    }
}
