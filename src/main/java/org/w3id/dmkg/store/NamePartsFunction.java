package org.w3id.dmkg.store;

import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.w3id.dmkg.text.NameParts;

/**
 * The SPARQL function {@code <https://w3id.org/dmkg/function#nameParts>(?name)}: the string of
 * {@link NameParts#of}, so that a query matches a name as {@code graph --person} does, accents and case
 * folded: {@code CONTAINS(dmkgfn:nameParts(?label), dmkgfn:nameParts(?person))}. SPARQL has no Unicode
 * normalization of its own. Registered with ARQ when Jena starts (a {@link JenaSubsystemLifecycle}
 * service), so every query dmkg runs, on the command line or under {@code serve}, can call it.
 */
public final class NamePartsFunction extends FunctionBase1 {
    /** The function's IRI. */
    public static final String IRI = "https://w3id.org/dmkg/function#nameParts";

    @Override
    public NodeValue exec(NodeValue name) {
        return NodeValue.makeString(NameParts.of(NodeFunctions.str(name.asNode())));
    }

    /** Registers the function when Jena starts. */
    public static final class Registration implements JenaSubsystemLifecycle {
        @Override
        public void start() {
            FunctionRegistry.get().put(IRI, NamePartsFunction.class);
        }

        @Override
        public void stop() {
            FunctionRegistry.get().remove(IRI);
        }

        @Override
        public int level() {
            return 500; // after ARQ, whose registry this writes to
        }
    }
}
