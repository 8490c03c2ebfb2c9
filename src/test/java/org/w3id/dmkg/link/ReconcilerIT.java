package org.w3id.dmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.link.Decision.Outcome;
import org.w3id.dmkg.rdf.DMKG;
import org.w3id.dmkg.store.DmkgStore;

/** Reconciliation against the embedded Wikidata fixture; no network. */
class ReconcilerIT {
    static final String WD = "http://www.wikidata.org/entity/";
    static WikidataFixture wikidata;

    @TempDir
    Path cache;

    @BeforeAll
    static void startEndpoint() {
        wikidata = WikidataFixture.start();
    }

    @AfterAll
    static void stopEndpoint() {
        wikidata.close();
    }

    SparqlEndpoint endpoint() {
        return new SparqlEndpoint(new SparqlEndpoint.Settings(wikidata.url(), "dmkg-test", 0,
                Duration.ofSeconds(10), cache, false));
    }

    LinkResult reconcile(SparqlEndpoint endpoint) {
        try (DmkgStore store = DmkgStore.inMemory()) {
            LinkArticles.load(store);
            return new Reconciler(new WikidataCandidates(endpoint, 20), Scorer.DEFAULT).reconcile(store.dataset());
        }
    }

    static Map<String, Decision> byName(LinkResult r) {
        Map<String, Decision> m = new TreeMap<>();
        r.decisions().forEach(d -> m.put(d.person().name(), d));
        return m;
    }

    @Test
    void linksTheOfficeHoldersAndLeavesTheRest() {
        Map<String, Decision> d = byName(reconcile(endpoint()));
        assertEquals(6, d.size());
        assertEquals(WD + "Q15031", d.get("Xi Jinping").link().iri());
        assertEquals(WD + "Q7747", d.get("Vladimir Putin").link().iri());
        assertEquals(WD + "Q32024", d.get("Sergei Shoigu").link().iri());
        assertEquals("1.00", d.get("Xi Jinping").confidence().toPlainString());

        Decision li = d.get("Li Wei");
        assertEquals(Outcome.AMBIGUOUS, li.outcome());
        assertNull(li.link());
        assertEquals(List.of("Q900000011", "Q900000012"), li.ranked().stream().map(s -> s.candidate().id()).toList());
        assertEquals("Li Wei: Q900000011 0.75, Q900000012 0.75", li.describe());

        assertEquals(Outcome.NOT_FOUND, d.get("Ivan Petrov").outcome(), "a ship is not a person");
        assertEquals(Outcome.NOT_FOUND, d.get("Nobody Known").outcome());
        assertEquals(1, d.get("Vladimir Putin").ranked().size(), "the film named Vladimir Putin is no candidate");
    }

    @Test
    void linksGraphHasSameAsAndConfidencePerLinkedPerson() {
        Model links = reconcile(endpoint()).links();
        assertEquals(6, links.size());
        var xi = links.getResource(LinkArticles.person("Xi Jinping"));
        assertEquals(WD + "Q15031", xi.getPropertyResourceValue(OWL.sameAs).getURI());
        var confidence = xi.getProperty(DMKG.linkConfidence).getLiteral();
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", confidence.getDatatypeURI());
        assertTrue(links.listResourcesWithProperty(OWL.sameAs).toList().stream()
                .noneMatch(r -> r.getURI().equals(LinkArticles.person("Li Wei"))));
    }

    @Test
    void secondRunIsServedFromTheCache() {
        SparqlEndpoint first = endpoint();
        int before = wikidata.requests();
        LinkResult r1 = reconcile(first);
        assertEquals(1, first.requests(), "12 names fit in one batch of 20");
        assertEquals(before + 1, wikidata.requests());
        assertTrue(wikidata.userAgents().contains("dmkg-test"));

        SparqlEndpoint second = endpoint();
        LinkResult r2 = reconcile(second);
        assertEquals(0, second.requests());
        assertEquals(before + 1, wikidata.requests());
        assertTrue(r1.links().isIsomorphicWith(r2.links()));
    }

    @Test
    void smallBatchesGiveTheSameDecisions() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            LinkArticles.load(store);
            SparqlEndpoint e = endpoint();
            LinkResult r = new Reconciler(new WikidataCandidates(e, 5), Scorer.DEFAULT).reconcile(store.dataset());
            assertTrue(e.requests() > 1);
            assertEquals(3, r.count(Outcome.LINKED));
            assertEquals(1, r.count(Outcome.AMBIGUOUS));
        }
    }
}
