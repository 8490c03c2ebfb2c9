package org.w3id.dmkg.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads gold annotations ({@code DIR/*.json}) with jackson-core's streaming parser. Numbers keep
 * their JSON spelling. Stateless and thread-safe.
 */
public final class GoldReader {
    private static final JsonFactory JSON = new JsonFactory();

    private GoldReader() {
    }

    /**
     * The gold articles of the given directories, keyed by their trimmed URL, in order of file name;
     * a later file with the same URL replaces an earlier one but keeps its place.
     */
    public static Map<String, GoldArticle> read(List<Path> dirs) throws IOException {
        Map<String, GoldArticle> golds = new LinkedHashMap<>();
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                GoldArticle g = article(file);
                golds.put(g.url().strip(), g);
            }
        }
        return golds;
    }

    /** One gold file. */
    public static GoldArticle article(Path file) throws IOException {
        Map<?, ?> m;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            m = (Map<?, ?>) value(p, p.nextToken());
        } catch (ClassCastException e) {
            throw new IOException(file + ": not a JSON object", e);
        }
        return new GoldArticle(text(m.get("id")), text(m.get("url")),
                list(m.get("meetings")).stream().map(o -> meeting((Map<?, ?>) o)).toList(),
                list(m.get("office_holdings")).stream().map(o -> office((Map<?, ?>) o)).toList(),
                list(m.get("anniversaries")).stream().map(o -> anniversary((Map<?, ?>) o)).toList(),
                strings(m.get("persons")), strings(m.get("countries")), strings(m.get("organizations")));
    }

    private static GoldArticle.Meeting meeting(Map<?, ?> m) {
        return new GoldArticle.Meeting(strings(m.get("participants")), given(m.get("date")), given(m.get("city")),
                Boolean.TRUE.equals(m.get("main")));
    }

    private static GoldArticle.Office office(Map<?, ?> m) {
        return new GoldArticle.Office(text(m.get("person")), text(m.get("office")), given(m.get("country")));
    }

    private static GoldArticle.Anniversary anniversary(Map<?, ?> m) {
        String year = given(m.get("year"));
        return new GoldArticle.Anniversary(text(m.get("ordinal")), "0".equals(year) ? null : year, text(m.get("event")));
    }

    /** A JSON value as Map, List, String (numbers too, as spelled), Boolean or null. */
    private static Object value(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                m.put(key, value(p, p.nextToken()));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                l.add(value(p, e));
            }
            return l;
        }
        return switch (t) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(GoldReader::text).toList();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** A value that counts as given: neither null, false nor empty (the scorer tests truthiness). */
    private static String given(Object o) {
        return o == null || Boolean.FALSE.equals(o) || o.toString().isEmpty() ? null : o.toString();
    }
}
