package org.w3id.dmkg;

/**
 * The one exception type dmkg raises for conditions a user can act on: unreadable input,
 * an unavailable store, a malformed query. Its message is a single line fit for the
 * command line; {@link #exitCode()} says which documented exit code the CLI returns.
 */
public class DmkgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit codes of the command line; see the README's table. */
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INPUT_UNREADABLE = 3;
    public static final int STORE_UNAVAILABLE = 4;
    public static final int REMOTE_FAILED = 5;
    public static final int INVALID_DATA = 6;

    private final int exitCode;

    public DmkgException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public DmkgException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
