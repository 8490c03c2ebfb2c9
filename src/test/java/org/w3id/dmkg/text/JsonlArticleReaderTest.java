package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlArticleReaderTest {
    private final List<SourceDocument> docs = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(String content, int maxLine) throws IOException {
        JsonlArticleReader.read("a.jsonl", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                maxLine, docs::add, problems::add);
    }

    @Test
    void malformedMiddleLineIsReportedAndOthersRead() throws IOException {
        read("""
                {"url": "https://e.org/1", "title": "One", "date": "2025-03-01", "text": "First article.", "x": [1, {"y": 2}]}
                {"title": "Two", "text": "broken
                {"headline": "Three", "published": "2023-11-09T14:05:00Z", "body": "ASTANA, November 9. /TASS/. Text.", "source": "TASS wire"}

                {"title": "Four"}
                """, 1 << 20);
        assertEquals(2, docs.size());
        SourceDocument one = docs.get(0);
        assertEquals("a.jsonl:1", one.origin());
        assertEquals("https://e.org/1", one.url());
        assertEquals("One", one.headline());
        assertEquals(LocalDate.of(2025, 3, 1), one.published());
        assertEquals("First article.", one.text());
        SourceDocument three = docs.get(1);
        assertEquals("a.jsonl:3", three.origin());
        assertEquals("Three", three.headline());
        assertEquals(LocalDate.of(2023, 11, 9), three.published());
        assertEquals("TASS wire", three.publisher());
        assertEquals("TASS", three.dateline().agency());

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("a.jsonl:2: malformed JSON: "), problems.get(0).toString());
        assertEquals("a.jsonl:5: no article text (text, body or content)", problems.get(1).toString());
    }

    @Test
    void dateFromTextWhenMissingAndContentField() throws IOException {
        read("{\"content\": \"BEIJING, Feb. 28 (Xinhua) -- Text.\\r\\nMore.\"}\n{\"text\":\"Updated: 2016-01-07 00:13\\nB\"}",
                1 << 20);
        assertNull(docs.get(0).published());
        assertEquals("BEIJING, Feb. 28 (Xinhua) -- Text.\nMore.", docs.get(0).text());
        assertEquals("Xinhua", docs.get(0).publisher());
        assertEquals(LocalDate.of(2016, 1, 7), docs.get(1).published());
    }

    @Test
    void overLongLineIsSkippedWithoutStoppingTheRest() throws IOException {
        read("{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"short\"}\n[1, 2]\n", 100);
        assertEquals(1, docs.size());
        assertEquals("a.jsonl:2", docs.get(0).origin());
        assertEquals("a.jsonl:1", problems.get(0).origin());
        assertTrue(problems.get(0).message().contains("longer than 100 bytes"));
        assertEquals("a.jsonl:3: malformed JSON: not an object", problems.get(1).toString());
    }
}
