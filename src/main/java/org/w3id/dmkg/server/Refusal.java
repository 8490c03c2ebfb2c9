package org.w3id.dmkg.server;

import org.apache.jena.query.QueryDeniedException;

/**
 * A request the server will not carry out because of what it asks for (a {@code SERVICE} call to
 * an endpoint not allowed, a {@code LOAD} of a local file or a private address); answered with
 * 400 and the message, which names what was refused and never holds fetched content.
 */
final class Refusal extends QueryDeniedException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
        super(message);
    }
}
