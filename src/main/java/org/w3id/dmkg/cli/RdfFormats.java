package org.w3id.dmkg.cli;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.w3id.dmkg.store.Format;
import picocli.CommandLine;

/**
 * The check shared by the commands that write RDF: the format named must be an RDF syntax; where none is named,
 * the output file's extension tells it (".nq" N-Quads, ".jsonld" JSON-LD, ".rdf" RDF/XML, as Jena reads them),
 * and Turtle stands for any other name and for stdout.
 */
final class RdfFormats {
    private RdfFormats() {
    }

    /** The format named, or where {@code name} is null the one the output file's extension tells, else Turtle. */
    static Format parse(CommandLine cl, String name, Path output) {
        if (name != null) {
            return parse(cl, name);
        }
        Lang lang = output == null || output.getFileName() == null ? null
                : RDFLanguages.filenameToLang(output.getFileName().toString());
        for (Format f : Format.values()) {
            if (lang != null && f.isRdf() && f.rdfFormat().getLang().equals(lang)) {
                return f;
            }
        }
        return Format.TTL;
    }

    static Format parse(CommandLine cl, String name) {
        Format f = Format.parse(name);
        if (!f.isRdf()) {
            throw new CommandLine.ParameterException(cl, "--format must be an RDF format: " + name);
        }
        return f;
    }
}
