package org.w3id.dmkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.text.InputProblem;
import org.w3id.dmkg.text.SourceDocument;
import org.w3id.dmkg.text.WarcArticles;

/**
 * Extracts the articles of the web archives of one partition with one pipeline, reading each archive
 * record by record ({@link WarcArticles}, as {@code dmkg load} reads it) as Spark pulls the outcomes, so
 * an archive of any size is never held whole. A damaged record becomes a rejected outcome; the records
 * without an article (requests, images, revisits ...) are no outcome at all.
 */
final class ArchiveExtractor implements FlatMapFunction<Iterator<String>, Outcome> {
    private static final long serialVersionUID = 1L;

    private final double minConfidence;
    private final Broadcast<HadoopConf> conf;

    ArchiveExtractor(double minConfidence, Broadcast<HadoopConf> conf) {
        this.minConfidence = minConfidence;
        this.conf = conf;
    }

    @Override
    public Iterator<Outcome> call(Iterator<String> paths) {
        Dmkg.Session session = Dmkg.shared().session(minConfidence);
        return new Refilling<>() {
            private WarcArticles archive;
            private String path;

            @Override
            protected boolean refill(Deque<Outcome> ready) {
                if (archive == null && !paths.hasNext()) {
                    return false;
                }
                try {
                    if (archive == null) {
                        path = paths.next();
                        archive = open(path);
                    }
                    List<SourceDocument> docs = new ArrayList<>(1);
                    List<InputProblem> problems = new ArrayList<>(1);
                    boolean more = archive.next(docs::add, problems::add);
                    ready.addAll(PartitionExtractor.outcomes(session, docs, problems));
                    if (!more) {
                        close();
                    }
                } catch (IOException | RuntimeException e) {
                    ready.add(Outcome.rejected(path, "cannot read: " + e.getMessage()));
                    close();
                }
                return true;
            }

            private void close() {
                try {
                    if (archive != null) {
                        archive.close();
                    }
                } catch (IOException e) {
                    // everything wanted from it was read
                }
                archive = null;
            }
        };
    }

    private WarcArticles open(String path) throws IOException {
        Path p = new Path(path);
        InputStream in = p.getFileSystem(conf.value().get()).open(p);
        return new WarcArticles(path, Channels.newChannel(in));
    }
}
