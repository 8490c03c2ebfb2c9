package org.w3id.dmkg.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.dmkg.DmkgException;

/**
 * Validates graphs against the SHACL shapes of the dmkg contract,
 * {@code org/w3id/dmkg/ontology/shapes.ttl} on the classpath, which are read once.
 * Instances are immutable and thread-safe; the graph validated must not change meanwhile.
 */
public final class ShapesValidator {
    /** Classpath location of the shapes. */
    public static final String SHAPES_RESOURCE = "org/w3id/dmkg/ontology/shapes.ttl";

    private static final class Holder {
        static final ShapesValidator INSTANCE = new ShapesValidator(readShapes());
    }

    private final Shapes shapes;
    private final PrefixMapping prefixes;

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(shapesGraph.getPrefixMapping())
                .setNsPrefix("id", DMKG.ID).lock();
    }

    /** The validator of the shapes shipped with dmkg. */
    public static ShapesValidator get() {
        return Holder.INSTANCE;
    }

    /** Validates {@code graph}; messages name nodes with the shapes' prefixes where possible. */
    public ValidationReport validate(Graph graph) {
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> messages = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath().toString(new Prologue(prefixes));
            String value = e.value() == null ? "" : " (value " + shortForm(e.value()) + ")";
            messages.add(oneLine(shortForm(e.focusNode()) + path + ": " + e.message() + value));
        }
        messages.sort(null);
        return new ValidationReport(report.conforms(), messages);
    }

    /** Validates the graph of {@code model}. */
    public ValidationReport validate(Model model) {
        return validate(model.getGraph());
    }

    private String shortForm(Node n) {
        if (n.isURI()) {
            String shortForm = prefixes.shortForm(n.getURI());
            return shortForm.equals(n.getURI()) ? "<" + shortForm + ">" : shortForm;
        }
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    private static String oneLine(String s) {
        // a value quoted in a message may hold control characters: escaped, never sent to a terminal raw
        return ControlEscapes.escape(s.replaceAll("\\s+", " ").trim());
    }

    private static Graph readShapes() {
        try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new DmkgException(DmkgException.FAILURE, "shapes " + SHAPES_RESOURCE + ": not on the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (java.io.IOException e) {
            throw new DmkgException(DmkgException.FAILURE, "shapes " + SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
