package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmkg demo}: loads the sample articles of the project directory and prints the headline queries. */
class DemoIT {
    @TempDir
    Path dir;

    @Test
    void printsTheMeetingOfXiAndShoigu() {
        Path loc = dir.resolve("db");
        Cli.Result r = Cli.run("demo", "--loc", loc.toString()).expect(0).noStackTrace();
        String meetings = section(r.out(), "== meetings:");
        assertTrue(meetings.lines().anyMatch(l -> l.contains("Xi Jinping") && l.contains("Sergei Shoigu")),
                "a row with Xi Jinping and Sergei Shoigu:\n" + r.out());
        assertTrue(meetings.contains("2025-02-28"), meetings);
        for (String q : new String[] {"== office-holders:", "== anniversaries:", "== met-with:"}) {
            assertTrue(r.out().contains(q), q + " in\n" + r.out());
        }
        // a second demo on the same store changes nothing
        Cli.Result again = Cli.run("demo", "--loc", loc.toString()).expect(0);
        assertTrue(again.out().contains("0 added or changed"), again.out());
        assertEquals(section(r.out(), "== meetings:"), section(again.out(), "== meetings:"));
    }

    private static String section(String out, String heading) {
        int start = out.indexOf(heading);
        assertTrue(start >= 0, heading + " in\n" + out);
        int end = out.indexOf("\n== ", start + heading.length());
        return out.substring(start, end < 0 ? out.length() : end);
    }
}
