package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.Fixture;

class ExporterTest {
    private DmkgStore store;
    private Model union;

    @BeforeEach
    void load() {
        store = FixtureStore.loaded();
        union = Txn.calculateRead(store.dataset(), () -> Exporter.unionCopy(store.dataset()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private byte[] export(Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).export(f, out);
        return out.toByteArray();
    }

    @Test
    void tripleSyntaxesParseBackIsomorphicToTheUnion() {
        assertEquals(Fixture.article1().union(Fixture.article2()).union(Fixture.reference()).size(), union.size());
        for (Format f : List.of(Format.TTL, Format.NT, Format.JSONLD, Format.RDFXML)) {
            Model back = ModelFactory.createDefaultModel();
            RDFParser.fromString(new String(export(f), java.nio.charset.StandardCharsets.UTF_8), f.lang()).parse(back);
            assertTrue(back.isIsomorphicWith(union), f.name());
        }
        String ttl = new String(export(Format.TTL), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(ttl.contains("PREFIX dmkg:") || ttl.contains("@prefix dmkg:"), ttl);
    }

    @Test
    void quadSyntaxesKeepTheNamedGraphs() {
        for (Format f : List.of(Format.TRIG, Format.NQ)) {
            Dataset back = DatasetFactory.create();
            RDFParser.fromString(new String(export(f), java.nio.charset.StandardCharsets.UTF_8), f.lang()).parse(back);
            Set<String> names = new TreeSet<>();
            back.listNames().forEachRemaining(names::add);
            assertEquals(Set.of(Fixture.A1, Fixture.A2, Fixture.REFERENCE, ArticleGraph.ENTITIES), names, f.name());
            assertTrue(back.getNamedModel(Fixture.A1).isIsomorphicWith(Fixture.own(Fixture.article1())), f.name());
            assertTrue(back.getNamedModel(Fixture.A2).isIsomorphicWith(Fixture.own(Fixture.article2())), f.name());
            assertTrue(back.getNamedModel(ArticleGraph.ENTITIES)
                    .isIsomorphicWith(Fixture.entities(Fixture.article1(), Fixture.article2())), f.name());
            assertTrue(back.getDefaultModel().isEmpty(), f.name());
        }
    }

    @Test
    void resultsFormatsAreNotExportFormats() {
        DmkgException e = assertThrows(DmkgException.class, () -> export(Format.CSV));
        assertEquals(DmkgException.USAGE, e.exitCode());
    }

    @Test
    void formatNamesParse() {
        assertEquals(Format.TTL, Format.parse("turtle"));
        assertEquals(Format.JSONLD, Format.parse("JSON-LD"));
        assertEquals(Format.RDFXML, Format.parse("rdfxml"));
        assertEquals(Format.NQ, Format.parse("nq"));
        assertEquals(DmkgException.USAGE, assertThrows(DmkgException.class, () -> Format.parse("docx")).exitCode());
    }
}
