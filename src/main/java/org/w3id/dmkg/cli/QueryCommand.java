package org.w3id.dmkg.cli;

import picocli.CommandLine.Command;

/** {@code dmkg query}. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "query (pending)")
final class QueryCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("query is not available yet");
    }
}
