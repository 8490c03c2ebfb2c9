package org.w3id.dmkg.text;

import java.util.Objects;

/**
 * A problem with one input, reported so that the other inputs can still be read.
 *
 * @param origin  the input it concerns, as the user named it ({@code data/x.jpg}, {@code a.jsonl:17}, {@code -})
 * @param message a short, one-line description ("binary file, not an article")
 * @param fatal   {@code true} when the input yielded no article; {@code false} for a warning
 *                about an article that was still read (e.g. a guessed encoding)
 */
public record InputProblem(String origin, String message, boolean fatal) {
    public InputProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** A problem that made dmkg skip the input. */
    public static InputProblem skipped(String origin, String message) {
        return new InputProblem(origin, message, true);
    }

    /** A warning about an input that was read anyway. */
    public static InputProblem warning(String origin, String message) {
        return new InputProblem(origin, message, false);
    }

    /** The one-line form for the command line: {@code origin: message}. */
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
