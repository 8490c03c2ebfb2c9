package org.w3id.dmkg.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON Lines, one article object per line, streaming with jackson-core. Recognised fields:
 * {@code url}, {@code title}/{@code headline}, {@code date}/{@code published} (YYYY-MM-DD or an ISO
 * date-time), {@code text}/{@code body}/{@code content}, {@code publisher}/{@code source}; others are
 * ignored. A bad line is reported with its number and the others are read. Thread-safe.
 */
public final class JsonlArticleReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_REASON = 80;

    private JsonlArticleReader() {
    }

    /**
     * Reads every line of {@code in}; each article's origin is {@code origin:LINE}.
     *
     * @param maxLineBytes lines longer than this are skipped with a problem, without being held whole
     */
    public static void read(String origin, InputStream in, int maxLineBytes,
                            Consumer<SourceDocument> articles, Consumer<InputProblem> problems) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, maxLineBytes);
        for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            String where = origin + ":" + line.number();
            if (line.overLong()) {
                problems.accept(InputProblem.skipped(where, "line longer than " + maxLineBytes + " bytes, skipped"));
            } else if (!line.text().isBlank()) {
                SourceDocument doc = parseLine(where, line.text(), problems);
                if (doc != null) {
                    articles.accept(doc);
                }
            }
        }
    }

    /** One line's article, or {@code null} after reporting why there is none. */
    static SourceDocument parseLine(String where, String line, Consumer<InputProblem> problems) {
        Map<String, String> fields;
        try {
            fields = fields(line);
        } catch (JsonProcessingException e) {
            problems.accept(InputProblem.skipped(where, "malformed JSON: " + reason(e)));
            return null;
        } catch (IOException e) {
            problems.accept(InputProblem.skipped(where, "malformed JSON: " + e.getMessage()));
            return null;
        }
        if (fields == null) {
            problems.accept(InputProblem.skipped(where, "malformed JSON: not an object"));
            return null;
        }
        String text = first(fields, "text", "body", "content");
        if (text == null || text.isBlank()) {
            problems.accept(InputProblem.skipped(where, "no article text (text, body or content)"));
            return null;
        }
        String dateValue = first(fields, "date", "published");
        LocalDate published = Months.isoDate(dateValue);
        if (published == null && dateValue != null && !dateValue.isBlank()) {
            problems.accept(InputProblem.warning(where, "unreadable date \"" + dateValue + "\"; looking in the text"));
        }
        return ArticleDating.complete(where, fields.get("url"), first(fields, "title", "headline"), published,
                first(fields, "publisher", "source"), ArticleDating.normalize(text));
    }

    /** The top-level string fields of one JSON object, or {@code null} if the line is not an object. */
    private static Map<String, String> fields(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, String> fields = new HashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t == null) {
                    throw new IOException("unexpected end of line");
                }
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.put(name, p.getText());
                } else {
                    p.skipChildren(); // nested values carry nothing dmkg reads
                }
            }
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the object");
            }
            return fields;
        }
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String v = fields.get(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String reason(JsonProcessingException e) {
        String r = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) + "…" : r;
    }
}
