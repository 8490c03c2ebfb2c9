package org.w3id.dmkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.MeetingNetwork;
import org.w3id.dmkg.store.NetworkWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dmkg graph}: the network of who met whom, as DOT, GraphML, or an image drawn by Graphviz. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Draw the network of who met whom.",
                "One node per person (name and office, coloured by country), one edge per pair that met, as thick "
                        + "as the number of distinct meetings. svg and png need Graphviz."})
final class GraphCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("dot", "svg", "png", "graphml");

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;
    @Mixin
    OutputOption output;

    @Option(names = "--person", paramLabel = "NAME",
            description = "Only the ego network of the people whose name holds the whole name parts of NAME (case and accents ignored).")
    String person;
    @Option(names = "--from", paramLabel = "DATE", description = "Only meetings on or after DATE (YYYY-MM-DD).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Only meetings on or before DATE (YYYY-MM-DD).")
    LocalDate to;
    @Option(names = "--format", defaultValue = "dot", paramLabel = "FORMAT",
            description = "dot, svg, png or graphml (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--dot-command", defaultValue = "dot", paramLabel = "PROGRAM",
            description = "The Graphviz program that draws svg and png (default: ${DEFAULT-VALUE}).")
    String dotCommand;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(java.util.Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new ParameterException(spec.commandLine(), "--format " + format + ": one of " + String.join(", ", FORMATS));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        MeetingNetwork network;
        try (DmkgStore s = DmkgStore.openExisting(store.loc)) {
            network = MeetingNetwork.build(s, person, from, to);
        }
        if (person != null && network.nodes().isEmpty()) {
            throw new DmkgException(DmkgException.FAILURE,
                    "graph: no one whose name contains \"" + person + "\" attended a meeting in that period");
        }
        byte[] bytes = switch (f) {
            case "graphml" -> graphml(network);
            case "dot" -> dot(network);
            default -> render(dot(network), f);
        };
        output.write(out -> out.write(bytes));
        return 0;
    }

    private static byte[] dot(MeetingNetwork network) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NetworkWriter.dot(network, new OutputStreamWriter(buf, StandardCharsets.UTF_8));
        return buf.toByteArray();
    }

    private static byte[] graphml(MeetingNetwork network) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NetworkWriter.graphml(network, buf);
        return buf.toByteArray();
    }

    /** Pipes DOT through Graphviz; the whole input is written before the output is read, as dot reads it all first. */
    private byte[] render(byte[] dot, String type) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(dotCommand, "-T" + type)).start();
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, "graph: Graphviz (" + dotCommand + ") not found; install it"
                    + " (apt-get install graphviz, or brew install graphviz) or use --format dot or graphml");
        }
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(dot);
        }
        byte[] image = readAll(p.getInputStream());
        try {
            int code = p.waitFor();
            if (code != 0) {
                String why = new String(errors.join(), StandardCharsets.UTF_8).strip();
                throw new DmkgException(DmkgException.FAILURE, "graph: " + dotCommand + " failed (exit " + code + ")"
                        + (why.isEmpty() ? "" : ": " + why.lines().findFirst().orElse("")));
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new DmkgException(DmkgException.FAILURE, "graph: interrupted while " + dotCommand + " ran");
        }
        return image;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
