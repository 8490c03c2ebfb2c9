package org.w3id.dmkg.rdf;

import java.util.List;

/**
 * The outcome of validating a graph against the dmkg shapes.
 *
 * @param conforms whether the graph honours every shape
 * @param messages one line per violation, {@code focus-node path: message}, sorted; empty when
 *                 the graph conforms
 */
public record ValidationReport(boolean conforms, List<String> messages) {
    public ValidationReport {
        messages = List.copyOf(messages);
    }
}
