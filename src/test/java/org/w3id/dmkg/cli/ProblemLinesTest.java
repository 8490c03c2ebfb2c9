package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemLinesTest {
    @Test
    void eachKindIsShownFiveTimesThenCounted() {
        StringWriter sw = new StringWriter();
        int[] cleared = new int[1];
        ProblemLines lines = new ProblemLines(new PrintWriter(sw, true), () -> cleared[0]++);
        for (int i = 1; i <= 1000; i++) {
            lines.report("dmkg: ", "a.jsonl:" + i + ": ", "malformed JSON: Unexpected character at " + i);
        }
        for (int i = 1; i <= 7; i++) {
            lines.report("dmkg: warning: ", "b.jsonl:" + i + ": ",
                    "unreadable date \"x" + i + "\"; looking in the text");
        }
        lines.report("dmkg: ", "c.jpg: ", "binary file, not an article");
        lines.finish();
        List<String> out = sw.toString().lines().toList();
        assertEquals(5 + 5 + 1 + 2, out.size(), sw.toString());
        assertEquals("dmkg: a.jsonl:5: malformed JSON: Unexpected character at 5", out.get(4));
        assertEquals("dmkg: c.jpg: binary file, not an article", out.get(10));
        assertEquals("dmkg: 995 more lines like this (malformed JSON) not shown", out.get(11));
        assertEquals("dmkg: warning: 2 more lines like this (unreadable date) not shown", out.get(12));
        assertEquals(out.size(), cleared[0]);
    }

    @Test
    void kindIsTheMessageUpToItsFirstDetail() {
        assertEquals("malformed JSON", ProblemLines.kind("malformed JSON: not an object"));
        assertEquals("not English", ProblemLines.kind("not English (0% common English words), skipped"));
        assertEquals("line longer than", ProblemLines.kind("line longer than 5242880 bytes, skipped"));
        assertEquals("binary file, not an article", ProblemLines.kind("binary file, not an article"));
    }
}
