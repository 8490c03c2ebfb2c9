package org.w3id.dmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ArticleGraph;

/**
 * Loads N-Quads shards written by the Spark job into a {@link DmkgStore}: each shard is streamed,
 * the quads of one named graph (one article, written together) become one {@link ArticleGraph}, and
 * the articles are stored as {@link DmkgStore#load(Iterable, int)} stores them, whole articles per
 * transaction, each replacing its named graph. Only one batch of articles is held in memory. Not
 * thread-safe; one instance per load.
 */
public final class ShardLoader {
    private final DmkgStore store;
    private final int batchSize;
    private final List<ArticleGraph> batch = new ArrayList<>();
    private int articles;
    private int added;
    private int unchanged;
    private long triples;

    public ShardLoader(DmkgStore store, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.store = store;
        this.batchSize = batchSize;
    }

    /**
     * The shards under {@code dir}: its {@code .nq} files at any depth, in path order, so that
     * a later shard wins when two name the same article.
     */
    public static List<Path> shards(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".nq") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, dir + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Loads one shard.
     *
     * @throws DmkgException {@link DmkgException#INVALID_DATA} when the shard is not N-Quads or holds a
     *                       triple outside a named graph; the articles before the bad line stay loaded
     */
    public void load(Path shard) {
        ArticleCollector collector = new ArticleCollector(this::add);
        try {
            RDFParser.source(shard).lang(Lang.NQUADS).parse(collector);
        } catch (RiotException e) {
            throw new DmkgException(DmkgException.INVALID_DATA, shard + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, shard + ": cannot read: " + e.getMessage(), e);
        }
        collector.finish();
    }

    /** Stores the articles still waiting and says what the load did. */
    public LoadResult finish() {
        flush();
        return new LoadResult(articles, added, unchanged, triples);
    }

    private void add(ArticleGraph g) {
        batch.add(g);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        LoadResult r = store.load(batch, batchSize);
        articles += r.articles();
        added += r.added();
        unchanged += r.unchanged();
        triples += r.triplesAdded();
        batch.clear();
    }
}
