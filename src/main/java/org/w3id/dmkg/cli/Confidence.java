package org.w3id.dmkg.cli;

import org.w3id.dmkg.DmkgException;

/** Checks the {@code --min-confidence} value. */
final class Confidence {
    private Confidence() {
    }

    static void check(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new DmkgException(DmkgException.USAGE, "--min-confidence must be between 0 and 1, not " + value);
        }
    }
}
