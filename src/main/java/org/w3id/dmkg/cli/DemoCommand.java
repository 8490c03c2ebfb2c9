package org.w3id.dmkg.cli;

import picocli.CommandLine.Command;

/** {@code dmkg demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "demo (pending)")
final class DemoCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("demo is not available yet");
    }
}
