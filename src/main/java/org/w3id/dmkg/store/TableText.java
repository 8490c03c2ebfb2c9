package org.w3id.dmkg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Jena's text table of SELECT results, safe for a terminal: control characters in literals (ESC,
 * BEL, the C1 controls, DEL) are shown as {@code \}{@code u001b} rather than sent raw, where they could
 * recolour the terminal, move its cursor or retitle its window. Jena already shows newline, carriage
 * return and tab as {@code \n}, {@code \r}, {@code \t}. Columns stay aligned: each control character is
 * widened to the escape's length before Jena measures the cells. Jena shows form feed as
 * {@code \f} itself. Stateless, thread-safe.
 */
final class TableText {
    /** Marks, five times after a control character, the room its six-character escape takes. */
    private static final char PAD = '\uE000';
    private static final Pattern PADDED = Pattern.compile("([\\x00-\\x1f\\x7f-\\x9f])" + PAD + "{5}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f-\\x9f]");

    private TableText() {
    }

    /** Writes {@code rs} as Jena's text table to {@code out} (UTF-8), control characters escaped. */
    static void write(ResultSet rs, Prologue prologue, OutputStream out) {
        List<Var> vars = rs.getResultVars().stream().map(Var::alloc).toList();
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            rows.add(padded(rs.nextBinding(), vars));
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ResultSetFormatter.out(table, ResultSet.adapt(RowSetStream.create(vars, rows.iterator())), prologue);
        try {
            out.write(escape(table.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} with control characters shown as {@code \}{@code uXXXX}; newline kept. */
    static String escape(String s) {
        String unpadded = replace(PADDED, s);
        return replace(CONTROL, unpadded);
    }

    private static String replace(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.format("\\u%04x", (int) m.group().charAt(0))));
        }
        return m.appendTail(b).toString();
    }

    private static Binding padded(Binding row, List<Var> vars) {
        BindingBuilder b = BindingBuilder.create();
        for (Var v : vars) {
            Node n = row.get(v);
            if (n != null) {
                b.add(v, n.isLiteral() ? padded(n) : n);
            }
        }
        return b.build();
    }

    private static Node padded(Node literal) {
        String lex = literal.getLiteralLexicalForm();
        if (!CONTROL.matcher(lex).find()) {
            return literal;
        }
        String pads = String.valueOf(PAD).repeat(5);
        String wide = CONTROL.matcher(lex).replaceAll(r -> Matcher.quoteReplacement(r.group() + pads));
        String lang = literal.getLiteralLanguage();
        return lang == null || lang.isEmpty()
                ? NodeFactory.createLiteralDT(wide, literal.getLiteralDatatype())
                : NodeFactory.createLiteralLang(wide, lang);
    }
}
