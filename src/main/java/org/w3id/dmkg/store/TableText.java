package org.w3id.dmkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A text table of SELECT results for people to read, framed as Jena's: a literal shows as its text
 * (a date {@code 2025-02-28}, not {@code "2025-02-28"^^xsd:date}), an IRI as the name the store gives
 * it when it has one, else as a prefixed name or {@code <IRI>} (CSV, TSV and JSON keep IRIs and
 * datatypes). Safe for a terminal: control characters are shown as escapes ({@code \n}, {@code \r},
 * {@code \t}, {@code \f}, else {@code \}{@code u001b}) rather than sent raw, where they could recolour
 * the terminal, move its cursor or retitle its window. Stateless, thread-safe.
 */
final class TableText {
    private TableText() {
    }

    /**
     * Writes {@code rs} as a text table to {@code out} (UTF-8); {@code label} names an IRI (null
     * when it has no name), {@code prologue} abbreviates the IRIs without one.
     */
    static void write(ResultSet rs, Prologue prologue, Function<Node, String> label, OutputStream out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        rows.add(vars.toArray(String[]::new));
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = cell(b.get(Var.alloc(vars.get(i))), prologue, label);
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        StringBuilder t = new StringBuilder();
        t.append("-".repeat(total)).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                t.append("| ").append(row[i])
                        .append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 1));
            }
            t.append("|\n");
            if (r == 0) {
                t.append("=".repeat(total)).append('\n');
            }
        }
        t.append("-".repeat(total)).append('\n');
        try {
            out.write(t.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Node n, Prologue prologue, Function<Node, String> label) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return escape(n.getLiteralLexicalForm());
        }
        String name = n.isURI() ? label.apply(n) : null;
        return escape(name != null ? name : FmtUtils.stringForNode(n, prologue));
    }

    /** {@code s} with control characters shown as escapes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
