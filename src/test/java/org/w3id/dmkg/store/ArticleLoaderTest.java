package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.rdf.SCHEMA;

class ArticleLoaderTest {
    private static long graphSize(DmkgStore store, String name) {
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(name)).size());
    }

    /** A model with one statement of the article's own graph. */
    static Model oneOwnStatement() {
        Model small = ModelFactory.createDefaultModel();
        small.add(Fixture.article1().listStatements().toList().stream()
                .filter(st -> !ArticleGraph.describesEntity(st.asTriple())).findFirst().orElseThrow());
        return small;
    }

    @Test
    void entityDescriptionsAreStoredOnceOutsideTheArticleGraphs() {
        for (boolean bulk : new boolean[] {true, false}) {
            try (DmkgStore store = DmkgStore.inMemory()) {
                try (ArticleLoader loader = store.loader(1, bulk, note -> { })) {
                    Fixture.articles().forEach(loader::add);
                }
                Txn.executeRead(store.dataset(), () -> {
                    var dsg = store.dataset().asDatasetGraph();
                    // Xi Jinping is named by both articles: his label is one quad, in the entity graph
                    var xi = NodeFactory.createURI("https://w3id.org/dmkg/id/person/xi-jinping");
                    assertEquals(1, Iter.count(dsg.find(Node.ANY, xi, RDFS.label.asNode(), Node.ANY)));
                    assertTrue(dsg.contains(ArticleGraph.ENTITIES_NODE, xi, RDFS.label.asNode(), Node.ANY));
                    assertEquals(1, Iter.count(dsg.find(NodeFactory.createURI(Fixture.A1), Node.ANY,
                            SCHEMA.mentions.asNode(), xi)));
                    dsg.find(NodeFactory.createURI(Fixture.A1), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(
                            q -> assertTrue(!ArticleGraph.describesEntity(q.asTriple()), q::toString));
                });
                assertEquals(Fixture.own(Fixture.article1()).size(), graphSize(store, Fixture.A1));
            }
        }
    }

    @Test
    void bulkFirstLoadStoresEveryArticleAndReloadChangesNothing() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            try (ArticleLoader loader = store.loader(1, true, note -> { })) {
                Fixture.articles().forEach(loader::add);
                loader.close();
                assertEquals(new LoadResult(2, 2, 0, Fixture.storedQuads()), loader.result());
            }
            assertEquals(Fixture.own(Fixture.article1()).size(), graphSize(store, Fixture.A1));
            assertEquals(new LoadResult(2, 0, 2, 0), store.load(Fixture.articles()));
        }
    }

    @Test
    void firstLoadStoresEveryArticle() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            LoadResult r = store.load(Fixture.articles(), 1);
            assertEquals(new LoadResult(2, 2, 0, Fixture.storedQuads()), r);
            assertEquals(Fixture.own(Fixture.article1()).size(), graphSize(store, Fixture.A1));
            assertEquals(new LoadResult(2, 0, 2, 0), store.load(Fixture.articles()));
        }
    }

    @Test
    void anArticleTwiceInOneLoadKeepsItsLastVersion() {
        Model small = oneOwnStatement();
        try (DmkgStore store = DmkgStore.inMemory()) {
            LoadResult r = store.load(List.of(new ArticleGraph(Fixture.A1, Fixture.article1()),
                    new ArticleGraph(Fixture.A2, Fixture.article2()), new ArticleGraph(Fixture.A1, small)), 100);
            assertEquals(3, r.articles());
            assertEquals(1, graphSize(store, Fixture.A1));
            assertEquals(Fixture.own(Fixture.article2()).size(), graphSize(store, Fixture.A2));
        }
    }

    @Test
    void laterLoadsReplaceGraphsInTransactions() {
        Model small = oneOwnStatement();
        try (DmkgStore store = DmkgStore.inMemory()) {
            store.load(Fixture.articles());
            try (ArticleLoader loader = store.loader(10)) {
                loader.add(new ArticleGraph(Fixture.A1, small));
                loader.close();
                assertEquals(new LoadResult(1, 1, 0, 0), loader.result());
            }
            assertEquals(1, graphSize(store, Fixture.A1));
            assertTrue(graphSize(store, Fixture.A2) > 0);
        }
    }
}
