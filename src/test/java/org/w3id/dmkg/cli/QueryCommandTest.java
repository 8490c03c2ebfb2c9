package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.store.DmkgStore;

/** {@code dmkg query} over a store holding the fixture: parameters checked as the endpoint checks them. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static String loc;

    @BeforeAll
    static void load() {
        Path db = dir.resolve("db");
        try (DmkgStore s = DmkgStore.open(db)) {
            s.load(Fixture.articles());
            s.loadReference(Fixture.reference(), Fixture.REFERENCE);
        }
        loc = db.toString();
    }

    @Test
    void anUnknownParameterIsUsage() {
        Cli.run("query", "meetings-of", "-p", "person=Xi", "-p", "persn=Xi", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query meetings-of: unknown parameter persn (it takes person)");
        Cli.run("query", "people", "-p", "person=Xi", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query people: unknown parameter person (it takes none)");
    }

    @Test
    void aMissingParameterIsUsage() {
        Cli.run("query", "meetings-of", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query meetings-of: missing parameter person");
    }

    @Test
    void aParameterGivenTwiceIsUsage() {
        Cli.run("query", "meetings-of", "-p", "person=Xi", "-p", "person=Putin", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("query meetings-of: parameter person given more than once");
        Cli.run("query", "meetings-of", "-p", "person", "--loc", loc)
                .expect(DmkgException.USAGE).oneErrorLine("parameter person: expected KEY=VALUE");
    }

    @Test
    void aMalformedDateIsUsage() {
        for (String bad : new String[] {"2025/02/25", "yesterday", "2025-02-30", ""}) {
            Cli.run("query", "meetings", "-p", "from=" + bad, "--loc", loc)
                    .expect(DmkgException.USAGE).oneErrorLine("parameter from: " + bad + " is not a date (YYYY-MM-DD)");
        }
    }

    @Test
    void declaredParametersRun() {
        Cli.Result r = Cli.run("query", "meetings", "-p", "from=2025-02-25", "-p", "to=2025-03-31",
                "--format", "csv", "--loc", loc).expect(0);
        assertTrue(r.out().contains(Fixture.MEETING), r.out());
        assertTrue(Cli.run("query", "meetings-of", "-p", "person=shoigu", "--format", "csv", "--loc", loc)
                .expect(0).out().contains("Sergei Shoigu"));
        Cli.run("query", "-e", "SELECT ?x { BIND(?anything AS ?x) }", "-p", "anything=1", "--loc", loc).expect(0);
    }
}
