package org.w3id.dmkg.cli;

import picocli.CommandLine.Command;

/** {@code dmkg load}. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "load (pending)")
final class LoadCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("load is not available yet");
    }
}
