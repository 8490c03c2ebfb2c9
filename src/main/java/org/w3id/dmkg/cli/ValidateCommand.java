package org.w3id.dmkg.cli;

import picocli.CommandLine.Command;

/** {@code dmkg validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "validate (pending)")
final class ValidateCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("validate is not available yet");
    }
}
