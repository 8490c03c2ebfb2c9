package org.w3id.dmkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SELECT results kept on disk as SPARQL JSON, one file per query, named by the SHA-256 of the
 * endpoint URL and the query text. Entries never expire; delete the directory to forget them.
 * A file that cannot be read or written is treated as absent (and logged), never as an error.
 * Files are written to a temporary name and moved into place, so concurrent runs at worst
 * both fetch the same answer.
 */
final class QueryCache {
    private static final Logger LOG = LoggerFactory.getLogger(QueryCache.class);

    private final Path dir;

    QueryCache(Path dir) {
        this.dir = dir;
    }

    /** The cached answer to {@code query} at {@code endpoint}, or null. */
    ResultSetRewindable get(String endpoint, String query) {
        Path file = file(endpoint, query);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cache {}: unreadable, asking the endpoint again ({})", file, e.getMessage());
            return null;
        }
    }

    /** Stores {@code results} (rewound before and after) as the answer to {@code query}. */
    void put(String endpoint, String query, ResultSetRewindable results) {
        Path file = file(endpoint, query);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                results.reset();
                ResultSetFormatter.outputAsJSON(out, (ResultSet) results);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cache {}: cannot write ({})", file, e.getMessage());
        } finally {
            results.reset();
        }
    }

    private Path file(String endpoint, String query) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((endpoint + "\n" + query).getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash) + ".srj");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
