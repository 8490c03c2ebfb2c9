package org.w3id.dmkg.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The small summary the job writes next to its shards, {@code manifest.json}.
 *
 * @param articles articles extracted, one named graph each
 * @param triples  triples in their graphs
 * @param failures records rejected (listed in {@code rejects.tsv})
 * @param warnings warnings about articles that were still extracted
 * @param shards   the shard files, relative to the output directory
 */
public record Manifest(long articles, long triples, long failures, long warnings, List<String> shards) {
    /** The manifest's file name in the output directory. */
    public static final String FILE = "manifest.json";
    /** The rejects file's name in the output directory: one {@code origin<TAB>reason} line per record. */
    public static final String REJECTS = "rejects.tsv";

    private static final JsonFactory JSON = new JsonFactory();

    public Manifest {
        shards = List.copyOf(shards);
    }

    static Manifest of(Counts c, List<String> shards) {
        return new Manifest(c.articles(), c.triples(), c.failures(), c.warnings(), shards);
    }

    /** Writes the manifest as one JSON object; the stream is left open. */
    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("articles", articles);
            g.writeNumberField("triples", triples);
            g.writeNumberField("failures", failures);
            g.writeNumberField("warnings", warnings);
            g.writeStringField("rejects", REJECTS);
            g.writeArrayFieldStart("shards");
            for (String s : shards) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Reads a manifest written by {@link #write}; unknown fields are ignored. */
    public static Manifest read(InputStream in) throws IOException {
        long[] n = new long[4];
        List<String> shards = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a manifest: a JSON object expected");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "articles" -> n[0] = p.getLongValue();
                    case "triples" -> n[1] = p.getLongValue();
                    case "failures" -> n[2] = p.getLongValue();
                    case "warnings" -> n[3] = p.getLongValue();
                    case "shards" -> {
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            shards.add(p.getText());
                        }
                    }
                    default -> {
                        if (v.isStructStart()) {
                            p.skipChildren();
                        }
                    }
                }
            }
        }
        return new Manifest(n[0], n[1], n[2], n[3], shards);
    }
}
