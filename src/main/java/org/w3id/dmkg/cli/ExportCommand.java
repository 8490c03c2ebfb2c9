package org.w3id.dmkg.cli;

import picocli.CommandLine.Command;

/** {@code dmkg export}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "export (pending)")
final class ExportCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("export is not available yet");
    }
}
