package org.w3id.dmkg.cli;

import org.w3id.dmkg.store.Format;
import picocli.CommandLine;

/** The check shared by the commands that write RDF: the format named must be an RDF syntax. */
final class RdfFormats {
    private RdfFormats() {
    }

    static Format parse(CommandLine cl, String name) {
        Format f = Format.parse(name);
        if (!f.isRdf()) {
            throw new CommandLine.ParameterException(cl, "--format must be an RDF format: " + name);
        }
        return f;
    }
}
