package org.w3id.dmkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dmkg} command: lists the subcommands; only {@link #main} calls {@code System.exit}. */
@Command(name = "dmkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Diplomatic meeting knowledge graph: news articles in, an RDF graph out.",
        subcommands = {ExtractCommand.class, LoadCommand.class, LoadShardsCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, StatsCommand.class, EvalCommand.class, TrainCommand.class, MineCountriesCommand.class, MineWordsCommand.class, LinkCommand.class, ServeCommand.class,
                GraphCommand.class, DemoCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure", "2:usage error", "3:input unreadable", "4:store unavailable",
                "5:remote service failed", "6:invalid data (RDF, SPARQL, shapes not met)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its exit code, for tests as for {@link #main}. An error (say an
     * {@link InternalError}), which picocli lets through, is reported in one line too.
     */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (Error e) {
            return ErrorHandler.report(e, cl, cl.getParseResult());
        }
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ErrorHandler());
        return cl;
    }
}
