package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;

class NamedQueriesTest {
    static final List<String> SHIPPED = List.of("anniversaries", "anniversaries-of-year", "busiest-people",
            "countries-iso", "country-anniversaries", "country-counterparts", "country-months", "country-offices",
            "entity", "entity-articles", "latest-meetings", "meeting", "meeting-participants", "meeting-sample",
            "meeting-sources", "meeting-statements", "meetings", "meetings-of", "met-with", "network",
            "network-attendance", "office-holders", "people", "person-countries", "person-meetings",
            "person-network", "person-offices", "search", "sources", "store-figures", "wikidata-birthdates");

    private final NamedQueries queries = new NamedQueries();

    @TempDir
    Path tmp;

    @Test
    void listsTheShippedQueriesAndTheFilesInQueriesFolder() throws Exception {
        assertEquals(SHIPPED, queries.names());
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            assertEquals(files.count(), SHIPPED.size(), "every queries/*.rq file is listed here, hence tested");
        }
    }

    @Test
    void everyQueryParsesAndHasATitleAndDescription() {
        for (String name : queries.names()) {
            Query q = queries.load(name);
            assertTrue(q.isSelectType(), name);
            QueryInfo info = queries.info(name);
            assertFalse(info.title().isEmpty(), name);
            assertFalse(info.description().isEmpty(), name);
        }
    }

    @Test
    void headerDeclaresParameters() {
        QueryInfo info = queries.info("meetings-of");
        assertEquals(List.of(new QueryInfo.Param("person", "whole parts of the person's name, e.g. \"shoigu\" or \"Sergei Shoigu\"", true)),
                info.params());
        assertEquals(List.of("country"),
                queries.info("office-holders").params().stream().map(QueryInfo.Param::name).toList());
        assertFalse(queries.info("office-holders").params().get(0).required());
    }

    @Test
    void wikidataQueryIsFederatedAndDocumentsTheNetwork() {
        Query q = queries.load("wikidata-birthdates");
        String[] service = new String[1];
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                service[0] = el.getServiceNode().getURI();
            }
        });
        assertEquals("https://query.wikidata.org/sparql", service[0]);
        assertTrue(queries.info("wikidata-birthdates").description().contains("network"));
    }

    @Test
    void namesThatAreNotPlainAreRefused() {
        for (String bad : List.of("../x", "a/b", "meetings.rq", "", "x y", "..")) {
            DmkgException e = assertThrows(DmkgException.class, () -> queries.load(bad), bad);
            assertEquals(DmkgException.USAGE, e.exitCode(), bad);
            DmkgStoreTest.assertOneLine(e.getMessage());
        }
    }

    @Test
    void unknownNameIsAUsageError() {
        DmkgException e = assertThrows(DmkgException.class, () -> queries.load("no-such-query"));
        assertEquals(DmkgException.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("query no-such-query: no such query"), e.getMessage());
    }

    @Test
    void malformedQueryIsReportedOnOneLineWithItsPosition() throws Exception {
        Files.writeString(tmp.resolve("broken.rq"), "# title: broken\nSELECT ?x\nWHERE {\n  ?x ?p \n}\n");
        NamedQueries withDir = new NamedQueries(tmp);
        assertTrue(withDir.names().contains("broken"));
        DmkgException e = assertThrows(DmkgException.class, () -> withDir.load("broken"));
        assertEquals(DmkgException.INVALID_DATA, e.exitCode());
        assertTrue(e.getMessage().startsWith("query broken: line 5, column 1: "), e.getMessage());
        DmkgStoreTest.assertOneLine(e.getMessage());
    }

    @Test
    void overrideDirectoryWins() throws Exception {
        Files.writeString(tmp.resolve("people.rq"), "ASK {}");
        assertTrue(new NamedQueries(tmp).load("people").isAskType());
        assertTrue(queries.load("people").isSelectType());
    }
}
