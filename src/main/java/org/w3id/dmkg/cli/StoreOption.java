package org.w3id.dmkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --loc} option naming the TDB2 store, shared by the commands that use one. */
final class StoreOption {
    @Option(names = "--loc", paramLabel = "DIR", defaultValue = "dmkg-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path loc;
}
