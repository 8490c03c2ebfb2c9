package org.w3id.dmkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.CorruptInputException;
import org.w3id.dmkg.text.GunzipStream;
import org.w3id.dmkg.text.InputFormat;
import scala.Tuple2;

/**
 * The input records of the job, from any Hadoop-compatible path (a file, a directory, a glob):
 * one record per text or HTML file, one per line of the JSON Lines files, or one per web archive. As
 * in a directory walk, only files named {@code .txt}, {@code .html}, {@code .htm} (text), {@code .jsonl}
 * (JSON Lines) or {@code .warc}, {@code .arc} (archives), each also gzipped ({@code .gz}), are read.
 * Nothing is read until Spark computes a partition.
 */
final class RawInputs {
    private RawInputs() {
    }

    /**
     * One record per text or HTML file, holding at most one byte more than the article size limit.
     * The files are listed on the driver and spread evenly over the partitions (Spark's
     * {@code binaryFiles} packs small files into 128 MB splits, so a corpus of news articles would be
     * one partition); each task reads its files' bytes itself, not through Hadoop's UTF-8 text, so the
     * encoding is recognised exactly as {@code dmkg load} does it.
     */
    static JavaRDD<RawArticle> files(JavaSparkContext sc, String input, int partitions) throws IOException {
        List<String> paths = listFiles(new Path(input), sc.hadoopConfiguration(), EnumSet.of(InputFormat.TEXT, InputFormat.HTML));
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(sc.hadoopConfiguration()));
        return sc.parallelize(paths, Math.max(1, Math.min(partitions, paths.size())))
                .map(p -> read(p, conf.value().get()));
    }

    /**
     * One record per web archive ({@code .warc}, {@code .arc}, gzipped or not), each in a partition of its
     * own: an archive is read from start to end by one task, as {@code dmkg load} reads it.
     */
    static JavaRDD<String> archives(JavaSparkContext sc, String input) throws IOException {
        List<String> paths = listFiles(new Path(input), sc.hadoopConfiguration(), EnumSet.of(InputFormat.WARC));
        return sc.parallelize(paths, Math.max(1, paths.size()));
    }

    /** The files of the given formats a path, directory or glob names, at any depth, in path order; hidden ones left out. */
    private static List<String> listFiles(Path input, Configuration conf, Set<InputFormat> formats) throws IOException {
        FileSystem fs = input.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(input);
        if (matches == null || matches.length == 0) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, input + ": no such file or directory");
        }
        List<String> paths = new ArrayList<>();
        for (FileStatus match : matches) {
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
            while (files.hasNext()) {
                Path p = files.next().getPath();
                boolean hidden = p.getName().startsWith(".") || p.getName().startsWith("_");
                if (!hidden && format(p.toString()).filter(formats::contains).isPresent()) {
                    paths.add(p.toString());
                }
            }
        }
        Collections.sort(paths);
        return paths;
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

    private static RawArticle read(String path, Configuration conf) {
        InputFormat format = format(path).orElseThrow();
        Path p = new Path(path);
        try (InputStream raw = p.getFileSystem(conf).open(p);
             InputStream in = InputFormat.gzipped(path) ? GunzipStream.open(raw) : raw) {
            return RawArticle.read(path, format, in.readNBytes(ArticleSource.MAX_ARTICLE_BYTES + 1));
        } catch (CorruptInputException e) {
            return RawArticle.unreadable(path, format, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return RawArticle.unreadable(path, format, "cannot read: " + e.getMessage());
        }
    }

    private static Optional<InputFormat> format(String path) {
        return InputFormat.fromExtension(path.substring(path.lastIndexOf('/') + 1));
    }
}
