package org.w3id.dmkg.store;

import java.io.OutputStream;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.dmkg.rdf.XmlChars;

/** Writes SELECT and ASK answers in a results format ({@link Format#isRdf()} false). Stateless. */
final class AnswerWriter {
    private AnswerWriter() {
    }

    /** Writes an ASK answer. */
    static void ask(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
            default -> ResultSetFormatter.out(out, answer);
        }
    }

    /** {@code rs} with its literals made to fit in XML 1.0 ({@link XmlChars}): else the answer is no XML document. */
    private static ResultSet forXml(ResultSet rs) {
        RowSet rows = RowSet.adapt(rs);
        return ResultSet.adapt(RowSetStream.create(rows.getResultVars(), Iter.map(rows, row -> {
            BindingBuilder b = Binding.builder();
            row.forEach((v, n) -> b.add(v, XmlChars.forXml(n)));
            return b.build();
        })));
    }

    /**
     * Writes a SELECT answer. The table shows an IRI under the name {@code label} gives it (null: none,
     * a prefixed name instead), the other formats keep IRIs and datatypes.
     */
    static void select(ResultSet rs, Query query, Format format, Function<Node, String> label, OutputStream out) {
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, forXml(rs));
            default -> {
                PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(org.w3id.dmkg.rdf.Prefixes.ALL)
                        .setNsPrefixes(query.getPrefixMapping());
                TableText.write(rs, new Prologue(pm), label, out);
            }
        }
    }
}
