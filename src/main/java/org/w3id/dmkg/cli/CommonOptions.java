package org.w3id.dmkg.cli;

import picocli.CommandLine.Option;

/** Options every subcommand has. */
final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and more detail on stderr.")
    boolean verbose;
}
