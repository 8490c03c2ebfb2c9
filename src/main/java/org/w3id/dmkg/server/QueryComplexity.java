package org.w3id.dmkg.server;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorByType;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.Op0;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;

/**
 * How many algebra operators a query has, and a cap on them. ARQ plans a query before it runs it,
 * and the time limit cannot stop planning, whose time grows faster than the number of operators
 * (a query of 1,000 {@code GRAPH} blocks, 27 KB, takes over 10 s to plan; 2,400 blocks, minutes):
 * the cap keeps planning within a few seconds. Stateless.
 */
final class QueryComplexity {
    /** The most algebra operators a query may have. */
    static final int MAX_OPERATORS = 1000;

    private QueryComplexity() {
    }

    /** The number of algebra operators of {@code query} (a basic graph pattern is one, however long). */
    static int operators(Query query) {
        int[] n = {0};
        OpWalker.walk(Algebra.compile(query), new OpVisitorByType() {
            @Override
            protected void visitN(OpN op) {
                n[0]++;
            }

            @Override
            protected void visit2(Op2 op) {
                n[0]++;
            }

            @Override
            protected void visit1(Op1 op) {
                n[0]++;
            }

            @Override
            protected void visit0(Op0 op) {
                n[0]++;
            }

            @Override
            protected void visitExt(OpExt op) {
                n[0]++;
            }

            @Override
            protected void visitFilter(OpFilter op) {
                n[0]++;
            }

            @Override
            protected void visitLeftJoin(OpLeftJoin op) {
                n[0]++;
            }
        });
        return n[0];
    }
}
