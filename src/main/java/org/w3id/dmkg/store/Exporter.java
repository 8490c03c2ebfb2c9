package org.w3id.dmkg.store;

import org.w3id.dmkg.rdf.Prefixes;
import org.w3id.dmkg.rdf.XmlChars;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes the whole store in one read transaction. Triple syntaxes ({@code TTL}, {@code NT},
 * {@code JSONLD}, {@code RDFXML}) get the merged union of all named graphs; quad syntaxes
 * ({@code NQ}, {@code TRIG}) keep each named graph. N-Triples and N-Quads are streamed; the
 * other syntaxes are written from an in-memory copy so they can be pretty-printed with prefixes. In
 * RDF/XML, characters XML 1.0 cannot hold are replaced ({@link XmlChars}); control characters are
 * written as escapes ({@link Format#escaping}), so no syntax carries them raw.
 */
public final class Exporter {

    private final DmkgStore store;

    public Exporter(DmkgStore store) {
        this.store = store;
    }

    /** Writes the store to {@code out} in {@code format}, an RDF syntax; {@code out} is not closed. */
    public void export(Format format, OutputStream out) {
        if (!format.isRdf()) {
            throw new org.w3id.dmkg.DmkgException(org.w3id.dmkg.DmkgException.USAGE,
                    "format " + format.name().toLowerCase() + " is not an RDF syntax");
        }
        Dataset ds = store.dataset();
        try (OutputStream escaped = format.escaping(out)) {
            export(ds, format, escaped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void export(Dataset ds, Format format, OutputStream out) {
        Txn.executeRead(ds, () -> {
            if (format == Format.NQ) {
                RDFDataMgr.write(out, ds.asDatasetGraph(), format.rdfFormat());
            } else if (format == Format.NT) {
                RDFDataMgr.write(out, ds.getUnionModel().getGraph(), format.rdfFormat());
            } else if (format == Format.TRIG) {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                copy.prefixes().putAll(Prefixes.ALL);
                ds.asDatasetGraph().find().forEachRemaining(copy::add);
                RDFDataMgr.write(out, copy, format.rdfFormat());
            } else {
                Model union = unionCopy(ds);
                // XML 1.0 cannot hold most control characters: see XmlChars
                RDFDataMgr.write(out, format == Format.RDFXML ? XmlChars.forXml(union) : union, format.rdfFormat());
            }
        });
    }

    /** An in-memory copy of the merged union of the named graphs; call inside a read transaction. */
    static Model unionCopy(Dataset ds) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.ALL);
        m.add(ds.getUnionModel());
        return m;
    }
}
