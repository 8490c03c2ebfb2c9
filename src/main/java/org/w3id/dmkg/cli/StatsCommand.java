package org.w3id.dmkg.cli;

import picocli.CommandLine.Command;

/** {@code dmkg stats}. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "stats (pending)")
final class StatsCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("stats is not available yet");
    }
}
