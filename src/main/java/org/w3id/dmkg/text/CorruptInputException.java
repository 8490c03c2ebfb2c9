package org.w3id.dmkg.text;

import java.io.IOException;

/**
 * The bytes of an input end early or do not decode (a truncated or damaged gzip file): its message is
 * the one line shown to the user, without the path, and what was read before it stands.
 */
public final class CorruptInputException extends IOException {
    private static final long serialVersionUID = 1L;

    public CorruptInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
