package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.rdf.Iris;
import org.w3id.dmkg.text.SourceDocument;
import org.w3id.dmkg.text.TextArticleParser;

/**
 * Names written with characters that look like others: decomposed accents ("Sa\u0301nchez"), no-break and
 * narrow no-break spaces, a non-breaking hyphen, direction marks, a soft hyphen, a zero-width space and a
 * byte-order mark. Loaded through the command line with an article that writes the same names plainly, each
 * person is found whole, with one label, and the evidence offsets slice the article's text as it was read.
 */
class LookalikeCharactersIT {
    static final String LOOKALIKES = "url: https://news.example.org/2025/03/04/lookalikes\n\n"
            + "ANKARA, March 3 (Xinhua) -- Turkish President Recep Tayyip Erdo\u200f\u011fan met with Russian President "
            + "Vladimir\u00a0Putin in Ankara on Monday.\n\n"
            + "Spanish Prime Minister Pedro Sa\u0301nchez held talks with Kazakh President Kassym\u2011Jomart Tokayev "
            + "in Madrid on Tuesday.\n\n"
            + "Putin said relations with Turkey were at their best. Er\u00addo\u011fan said the talks were productive.\n\n"
            + "Sa\u0301nchez said\u202fSpain and Kazakhstan would deepen cooperation, and Tokayev\u200b agreed.\ufeff\n";
    static final String PLAIN = "url: https://news.example.org/2025/03/05/putin-tokayev\n\n"
            + "MOSCOW, March 5 (Xinhua) -- Russian President Vladimir Putin met with Kazakh President Kassym-Jomart "
            + "Tokayev in Moscow on Wednesday.\n";

    @TempDir
    static Path dir;
    static Path loc;
    static Model union;

    @BeforeAll
    static void load() throws IOException {
        Path lookalikes = Files.writeString(dir.resolve("lookalikes.txt"), LOOKALIKES);
        Path plain = Files.writeString(dir.resolve("plain.txt"), PLAIN);
        loc = dir.resolve("db");
        Cli.run("load", "--loc", loc.toString(), lookalikes.toString(), plain.toString()).expect(0);
        union = Cli.storeUnion(loc);
    }

    @Test
    void eachPersonIsFoundWholeWithOneLabel() {
        Set<String> names = new TreeSet<>(strings("SELECT ?l { ?p a schema:Person ; rdfs:label ?l }", "l"));
        assertEquals(new TreeSet<>(List.of("Kassym-Jomart Tokayev", "Pedro S\u00e1nchez", "Recep Tayyip Erdo\u011fan",
                "Vladimir Putin")), names);
        assertEquals(List.of(), strings("SELECT ?p { ?p a schema:Person ; rdfs:label ?a, ?b FILTER(?a != ?b) }", "p"),
                "one label per person across both articles");
    }

    @Test
    void theMeetingsAreBetweenTheRightPeople() {
        List<String> pairs = strings("SELECT (CONCAT(?a, \" + \", ?b) AS ?pair) { ?m a dmkg:Meeting ; "
                + "schema:attendee ?x, ?y . ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(?a < ?b) }", "pair");
        assertEquals(new TreeSet<>(List.of("Kassym-Jomart Tokayev + Pedro S\u00e1nchez",
                "Recep Tayyip Erdo\u011fan + Vladimir Putin", "Kassym-Jomart Tokayev + Vladimir Putin")),
                new TreeSet<>(pairs));
        String metWith = Cli.run("query", "--loc", loc.toString(), "met-with", "--format", "csv").expect(0).out();
        for (String line : metWith.lines().skip(1).toList()) {
            String[] cells = line.split(",");
            assertFalse(cells[0].equals(cells[2]), "nobody meets themself: " + line);
        }
    }

    @Test
    void evidenceSlicesTheTextAsRead() {
        SourceDocument read = TextArticleParser.parse("lookalikes.txt", LOOKALIKES);
        String text = read.text();
        String article = "<" + Iris.article(read) + ">";
        List<String> anchors = new ArrayList<>();
        String q = Cli.PREFIXES + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
                + "SELECT DISTINCT ?b ?e ?anchor { ?fact dmkg:evidence ?ev ; prov:wasDerivedFrom " + article + " . "
                + "?ev nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor }";
        try (QueryExecution qe = QueryExecution.model(union).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String anchor = s.getLiteral("anchor").getString();
                assertEquals(text.substring(s.getLiteral("b").getInt(), s.getLiteral("e").getInt()), anchor);
                anchors.add(anchor);
            }
        }
        for (String c : List.of("\u200f", "\u00a0", "a\u0301", "\u2011", "\u00ad", "\u202f", "\u200b")) {
            assertTrue(anchors.stream().anyMatch(a -> a.contains(c)),
                    "an anchor holds U+" + Integer.toHexString(c.codePointAt(c.length() - 1)) + ": " + anchors);
        }
    }

    private static List<String> strings(String select, String var) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(union).query(Cli.PREFIXES + select).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getString()
                    : s.getResource(var).getURI()));
        }
        return out;
    }
}
