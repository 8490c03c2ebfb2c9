package org.w3id.dmkg.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Score} as JSON: the official scorer's figures ({@code p}, {@code r}, {@code f1}
 * per kind of fact, rounded to three decimals; {@code missing_articles}; {@code articles}), plus the
 * counts per kind of fact and each article's misses and false positives under {@code details}.
 */
public final class ScoreJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ScoreJson() {
    }

    /** Writes the score to {@code out}, which is left open. */
    public static void write(Score score, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (Map.Entry<Fact, Tally> e : score.totals().entrySet()) {
                Tally t = e.getValue();
                g.writeObjectFieldStart(e.getKey().key());
                g.writeNumberField("p", Tally.round3(t.precision()).doubleValue());
                g.writeNumberField("r", Tally.round3(t.recall()).doubleValue());
                g.writeNumberField("f1", Tally.round3(t.f1()).doubleValue());
                g.writeArrayFieldStart("counts");
                for (int n : new int[] {t.predictedMatched(), t.predicted(), t.goldMatched(), t.gold()}) {
                    g.writeNumber(n);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            strings(g, "missing_articles", score.missing());
            g.writeNumberField("articles", score.articles().size());
            g.writeArrayFieldStart("details");
            for (ArticleResult a : score.articles()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("url", a.url());
                for (Map.Entry<Fact, Outcome> e : a.outcomes().entrySet()) {
                    g.writeObjectFieldStart(e.getKey().key());
                    strings(g, "misses", e.getValue().misses());
                    strings(g, "false_positives", e.getValue().falsePositives());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
