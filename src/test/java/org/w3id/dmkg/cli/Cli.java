package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.dmkg.store.DmkgStore;
import picocli.CommandLine;

/**
 * Runs the real command line in this JVM and captures what it prints: picocli's writers and, since
 * some commands write results to {@code System.out} directly, {@code System.out} and {@code System.err}
 * too. Not thread-safe (it swaps the JVM's standard streams), which is fine for sequential tests.
 */
final class Cli {
    /** The sample article shipped with the project, relative to the project directory. */
    static final Path SAMPLE = Path.of("data/articles/2025-03-01-xi-meets-shoigu.txt");
    /** The shared development corpus, when present. */
    static final Path DEV = Path.of("../shared/corpus/dev");

    static final String PREFIXES = """
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX schema: <https://schema.org/>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX dmkg:   <https://w3id.org/dmkg/ontology#>
            PREFIX wd:     <http://www.wikidata.org/entity/>
            """;

    /** What one run did. */
    record Result(List<String> args, int exit, String out, String err) {
        /** Asserts the exit code, showing the run's output when it differs. */
        Result expect(int code) {
            assertEquals(code, exit, () -> "dmkg " + String.join(" ", args) + "\n--- stdout:\n"
                    + abbreviate(out) + "\n--- stderr:\n" + err);
            return this;
        }

        /** The stderr lines that are error messages ({@code dmkg: ...}). */
        List<String> errorLines() {
            return err.lines().filter(l -> l.startsWith("dmkg: ")).toList();
        }

        /** Asserts one error line on stderr holding {@code text}, and no stack trace. */
        Result oneErrorLine(String text) {
            noStackTrace();
            List<String> lines = errorLines();
            assertEquals(1, lines.size(), () -> "one error line expected:\n" + err);
            assertTrue(lines.get(0).contains(text), () -> "'" + text + "' expected in: " + lines.get(0));
            return this;
        }

        Result noStackTrace() {
            assertFalse(err.contains("\tat "), () -> "stack trace without --verbose:\n" + err);
            assertFalse(err.contains("Exception"), () -> "exception name without --verbose:\n" + err);
            return this;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream syserr = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        int exit;
        try {
            System.setOut(out);
            System.setErr(new PrintStream(syserr, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            PrintWriter outWriter = new PrintWriter(out, true);
            PrintWriter errWriter = new PrintWriter(err, true);
            cl.setOut(outWriter);
            cl.setErr(errWriter);
            exit = cl.execute(args);
            outWriter.flush();
            errWriter.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(List.of(args), exit, stdout.toString(StandardCharsets.UTF_8),
                err + syserr.toString(StandardCharsets.UTF_8));
    }

    static String abbreviate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n... (" + s.length() + " chars)";
    }

    static Model readModel(Path file) {
        assertTrue(Files.isRegularFile(file), file + " written");
        return RDFDataMgr.loadModel(file.toString());
    }

    static Dataset readDataset(Path file) {
        assertTrue(Files.isRegularFile(file), file + " written");
        return RDFDataMgr.loadDataset(file.toString());
    }

    static boolean ask(Model m, String where) {
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + "ASK { " + where + " }").build()) {
            return qe.execAsk();
        }
    }

    static long count(Model m, String where) {
        String q = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    /** An in-memory copy of the store's dataset at {@code loc}, read after the commands closed it. */
    static Dataset storeCopy(Path loc) {
        try (DmkgStore s = DmkgStore.open(loc)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Dataset copy = DatasetFactory.create();
                s.dataset().asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add);
                return copy;
            });
        }
    }

    /** The merged union of the named graphs of the store at {@code loc}. */
    static Model storeUnion(Path loc) {
        Model m = ModelFactory.createDefaultModel();
        Dataset copy = storeCopy(loc);
        copy.listNames().forEachRemaining(g -> m.add(copy.getNamedModel(g)));
        return m;
    }
}
