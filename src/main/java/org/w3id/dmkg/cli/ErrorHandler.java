package org.w3id.dmkg.cli;

import org.w3id.dmkg.DmkgException;
import picocli.CommandLine;

/**
 * Turns failures into one line on stderr and a documented exit code; the stack trace is printed only
 * when {@code --verbose} was given.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("dmkg: " + message.lines().findFirst().orElse(message));
        if (verbose(parsed)) {
            ex.printStackTrace(cl.getErr());
        }
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
