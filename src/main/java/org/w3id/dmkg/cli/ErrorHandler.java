package org.w3id.dmkg.cli;

import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ControlEscapes;
import picocli.CommandLine;

/**
 * Turns failures into one line on stderr and a documented exit code; the stack trace is printed only
 * when {@code --verbose} was given.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(ex, cl, parsed);
    }

    /** Prints the one line for {@code ex} (and its stack trace with {@code --verbose}); returns the exit code. */
    static int report(Throwable ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof Error) {
            message = "internal error: " + ex.getClass().getSimpleName() + ": " + message;
        }
        // the message may quote a file name or a value: no control character reaches the terminal raw
        cl.getErr().println("dmkg: " + ControlEscapes.escape(message.lines().findFirst().orElse(message)));
        if (verbose(parsed)) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return ex instanceof DmkgException d ? d.exitCode() : DmkgException.FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("dmkg: " + ex.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return DmkgException.USAGE;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
