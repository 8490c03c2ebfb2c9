package org.w3id.dmkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.w3id.dmkg.store.QueryInfo;

/** The JSON list of named queries served at {@code /queries}. Stateless. */
final class QueryListing {
    private static final JsonFactory JSON = new JsonFactory();

    private QueryListing() {
    }

    /**
     * A JSON array with, per query, its {@code name}, {@code title}, {@code description}, the
     * {@code url} that runs it (relative to the server) and its {@code params}, each with
     * {@code name}, {@code meaning} and {@code required}.
     */
    static byte[] json(Collection<QueryInfo> infos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (QueryInfo info : infos) {
                g.writeStartObject();
                g.writeStringField("name", info.name());
                g.writeStringField("title", info.title());
                g.writeStringField("description", info.description());
                g.writeStringField("url", "/queries/" + info.name());
                g.writeArrayFieldStart("params");
                for (QueryInfo.Param p : info.params()) {
                    g.writeStartObject();
                    g.writeStringField("name", p.name());
                    g.writeStringField("meaning", p.meaning());
                    g.writeBooleanField("required", p.required());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
