package org.w3id.dmkg.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Reads the profiles of all persons of a dataset whose default graph is the union of its graphs. Stateless. */
final class PersonProfiles {
    private static final String QUERY = Resources.text("persons.rq");

    private PersonProfiles() {
    }

    /** Every {@code schema:Person}, sorted by IRI, read in one read transaction. */
    static List<PersonProfile> read(Dataset dataset) {
        Map<String, Parts> parts = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY).build()) {
                qe.execSelect().forEachRemaining(row -> parts.computeIfAbsent(
                        row.getResource("person").getURI(), k -> new Parts()).add(row));
            }
        });
        List<PersonProfile> result = new ArrayList<>(parts.size());
        parts.forEach((iri, p) -> result.add(new PersonProfile(iri, p.labels, p.roles, p.countries, p.dates)));
        return result;
    }

    /** The values collected for one person while the rows stream by. */
    private static final class Parts {
        final Set<String> labels = new HashSet<>();
        final Set<String> roles = new HashSet<>();
        final Set<String> countries = new HashSet<>();
        final Set<LocalDate> dates = new HashSet<>();

        void add(QuerySolution row) {
            if (row.contains("label")) {
                labels.add(row.getLiteral("label").getLexicalForm());
            }
            if (row.contains("role")) {
                roles.add(row.getLiteral("role").getLexicalForm());
            }
            if (row.contains("country")) {
                countries.add(row.getResource("country").getURI());
            }
            LocalDate date = date(row.get("date"));
            if (date != null) {
                dates.add(date);
            }
        }
    }

    /** The date of an xsd:date or xsd:dateTime literal (its first ten characters), or null. */
    static LocalDate date(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        String lexical = node.asLiteral().getLexicalForm();
        try {
            return lexical.length() >= 10 ? LocalDate.parse(lexical.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
