package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load}, {@code stats}, {@code export}, {@code validate} and {@code query} over one TDB2 store. */
class StoreCommandsIT {
    private static final String MEETINGS = Cli.PREFIXES
            + "SELECT ?m ?date WHERE { ?m a dmkg:Meeting ; schema:startDate ?date } ORDER BY ?m";

    @TempDir
    static Path dir;
    static Path loc;
    static Cli.Result first;
    static long firstBytes;

    @BeforeAll
    static void load() throws IOException {
        loc = dir.resolve("db");
        first = Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString()).expect(0).noStackTrace();
        assertTrue(first.out().contains("1 added or changed"), first.out());
        try (var files = Files.walk(loc)) {
            firstBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static final Pattern RUN = Pattern.compile("(?m)^run: (\\d+) articles, (\\d+) triples added in ([\\d.]+) s "
            + "\\(([\\d.]+) articles/s\\); peak heap (\\d+) MB \\(at most (\\d+) MB live after collections; "
            + "heap limit (\\d+) MB\\); store ([\\d.]+) MB on disk$");

    @Test
    void loadEndsWithTheRunsFigures() {
        Matcher m = RUN.matcher(first.out());
        assertTrue(m.find(), first.out());
        assertEquals(1, Integer.parseInt(m.group(1)));
        Matcher store = Pattern.compile("store: .*, (\\d+) triples").matcher(first.out());
        assertTrue(store.find(), first.out());
        long added = Long.parseLong(m.group(2));
        // the article's own triples and the entity descriptions it brought; the store adds the reference data
        assertTrue(added > 50 && added < Long.parseLong(store.group(1)), first.out());
        double seconds = Double.parseDouble(m.group(3));
        // one article in the time shown, both rounded to a tenth
        double rate = Double.parseDouble(m.group(4));
        assertTrue(rate >= 1 / (seconds + 0.05) - 0.05, first.out());
        assertTrue(seconds <= 0.05 || rate <= 1 / (seconds - 0.05) + 0.05, first.out());
        long peak = Long.parseLong(m.group(5));
        long max = Long.parseLong(m.group(7));
        assertTrue(peak > 0 && peak <= max, first.out());
        assertTrue(Long.parseLong(m.group(6)) <= peak, first.out());
        assertEquals(firstBytes / (1024.0 * 1024.0), Double.parseDouble(m.group(8)), 0.051, first.out());
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = Cli.storeCopy(loc).asDatasetGraph().stream().count();
        long statsBefore = statsTriples();
        Cli.Result r = Cli.run("load", "--loc", loc.toString(), Cli.SAMPLE.toString()).expect(0);
        assertTrue(r.out().contains("0 added or changed, 1 unchanged"), r.out());
        assertTrue(r.out().contains("run: 1 articles, 0 triples added in "), r.out());
        assertEquals(before, Cli.storeCopy(loc).asDatasetGraph().stream().count(), "quads after a second load");
        assertEquals(statsBefore, statsTriples(), "stats after a second load");
    }

    private static long statsTriples() {
        String out = Cli.run("stats", "--loc", loc.toString()).expect(0).out();
        Matcher m = Pattern.compile("(?m)^triples\\s+(\\d+)$").matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }

    @Test
    void turtleExportIsTheStoresUnionGraph() {
        Path ttl = dir.resolve("export.ttl");
        Cli.run("export", "--loc", loc.toString(), "--format", "ttl", "-o", ttl.toString()).expect(0);
        Model exported = Cli.readModel(ttl);
        Model union = Cli.storeUnion(loc);
        assertEquals(union.size(), exported.size());
        assertTrue(union.isIsomorphicWith(exported), "export differs from the store's union graph");
        assertEquals(1, Cli.count(exported, "?m a dmkg:Meeting"));
    }

    @Test
    void trigExportKeepsTheNamedGraphs() {
        Path trig = dir.resolve("export.trig");
        Cli.run("export", "--loc", loc.toString(), "--format", "trig", "-o", trig.toString()).expect(0);
        Dataset exported = Cli.readDataset(trig);
        Dataset store = Cli.storeCopy(loc);
        assertEquals(names(store), names(exported));
        assertTrue(names(exported).size() >= 2, "the article and the reference data: " + names(exported));
        assertTrue(IsoMatcher.isomorphic(store.asDatasetGraph(), exported.asDatasetGraph()),
                "TriG export differs from the store");
        long articleGraphs = names(exported).stream()
                .filter(g -> Cli.ask(exported.getNamedModel(g), "<" + g + "> a schema:NewsArticle")).count();
        assertEquals(1, articleGraphs, "one article graph");
    }

    @Test
    void theStoreAndItsExportValidate() {
        Cli.run("validate", "--loc", loc.toString()).expect(0);
        Path ttl = dir.resolve("validate.ttl");
        Cli.run("export", "--loc", loc.toString(), "-o", ttl.toString()).expect(0);
        assertTrue(Cli.run("validate", ttl.toString()).expect(0).out().startsWith("conforms"));
    }

    @Test
    void malformedTurtleIsInvalidData() throws IOException {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b \"unterminated .\n");
        Cli.Result r = Cli.run("validate", bad.toString()).expect(6).oneErrorLine(bad.getFileName().toString());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void namedQueryMeetings() {
        String out = Cli.run("query", "--loc", loc.toString(), "meetings").expect(0).out();
        assertTrue(out.contains("2025-02-28"), out);
        assertTrue(out.contains("Xi Jinping") && out.contains("Sergei Shoigu"), out);
    }

    @Test
    void meetingsOfAPerson() {
        String out = Cli.run("query", "--loc", loc.toString(), "meetings-of", "-p", "person=Xi",
                "--format", "csv").expect(0).out();
        List<String> rows = out.lines().skip(1).filter(l -> !l.isBlank()).toList();
        assertEquals(1, rows.size(), out);
        assertTrue(rows.get(0).contains("Sergei Shoigu") && rows.get(0).contains("2025-02-28"), out);
    }

    @Test
    void officeHoldersOfACountryByIsoCode() {
        String out = Cli.run("query", "--loc", loc.toString(), "office-holders", "-p", "country=RU").expect(0).out();
        assertTrue(out.contains("Sergei Shoigu") && out.contains("Secretary"), out);
        assertTrue(out.contains("Vladimir Putin"), out);
        assertFalse(out.contains("Xi Jinping"), "Xi holds a Chinese office:\n" + out);
    }

    @Test
    void queryTextAsCsv() {
        String out = Cli.run("query", "--loc", loc.toString(), "-e", MEETINGS, "--format", "csv").expect(0).out();
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertEquals("m,date", lines.get(0));
        assertEquals(2, lines.size(), out);
        assertTrue(lines.get(1).startsWith("https://w3id.org/dmkg/id/meeting/") && lines.get(1).endsWith(",2025-02-28"),
                out);
    }

    @Test
    void queryTextAsJson() {
        String out = Cli.run("query", "--loc", loc.toString(), "-e", MEETINGS, "--format", "json").expect(0).out();
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(List.of("m", "date"), rs.getResultVars());
        assertTrue(rs.hasNext(), out);
        assertEquals("2025-02-28", rs.next().getLiteral("date").getLexicalForm());
        assertFalse(rs.hasNext(), out);
    }

    @Test
    void askAsJson() {
        String out = Cli.run("query", "--loc", loc.toString(), "-e",
                Cli.PREFIXES + "ASK { ?c rdfs:label \"China\" ; owl:sameAs wd:Q148 }", "--format", "json")
                .expect(0).out();
        assertTrue(out.replaceAll("\\s", "").contains("\"boolean\":true"), out);
    }

    @Test
    void aPathOutsideTheQueriesIsAUsageError() {
        Cli.run("query", "--loc", loc.toString(), "../etc/passwd").expect(2).oneErrorLine("../etc/passwd");
    }

    @Test
    void anUnknownQueryNameIsAUsageError() {
        Cli.run("query", "--loc", loc.toString(), "no-such-query").expect(2).oneErrorLine("no-such-query");
    }

    @Test
    void malformedSparqlIsInvalidData() {
        Cli.Result r = Cli.run("query", "--loc", loc.toString(), "-e", "SELECT ?x WHERE { ?x ?y }")
                .expect(6).oneErrorLine("line 1");
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aParameterIsDataNotSparql() {
        Model before = Cli.storeUnion(loc);
        String hostile = "\" } ; DROP ALL ; #";
        Cli.Result r = Cli.run("query", "--loc", loc.toString(), "meetings-of", "--param", "person=" + hostile,
                "--format", "csv").expect(0).noStackTrace();
        assertEquals(1, r.out().lines().filter(l -> !l.isBlank()).count(), "header only:\n" + r.out());
        Model after = Cli.storeUnion(loc);
        assertEquals(before.size(), after.size());
        assertTrue(before.isIsomorphicWith(after), "the store changed");
    }

    @Test
    void anUpdateIsNotAQuery() {
        long before = Cli.storeCopy(loc).asDatasetGraph().stream().count();
        Cli.run("query", "--loc", loc.toString(), "-e", "DROP ALL").expect(6).oneErrorLine("query -e");
        assertEquals(before, Cli.storeCopy(loc).asDatasetGraph().stream().count());
    }

    @Test
    void listNamesTheQueries() {
        Cli.Result r = Cli.run("query", "--list").expect(0);
        List<String> names = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertTrue(names.containsAll(List.of("meetings", "meetings-of", "office-holders", "anniversaries",
                "met-with", "people")), r.out());
        assertTrue(r.out().contains("(params: person)"), r.out());
    }

    private static TreeSet<String> names(Dataset ds) {
        TreeSet<String> names = new TreeSet<>();
        ds.listNames().forEachRemaining(names::add);
        return names;
    }
}
