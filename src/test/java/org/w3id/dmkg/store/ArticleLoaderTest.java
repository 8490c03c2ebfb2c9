package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.Fixture;

class ArticleLoaderTest {
    private static long graphSize(DmkgStore store, String name) {
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(name)).size());
    }

    @Test
    void bulkFirstLoadStoresEveryArticleAndReloadChangesNothing() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            try (ArticleLoader loader = store.loader(1, true, note -> { })) {
                Fixture.articles().forEach(loader::add);
                loader.close();
                assertEquals(new LoadResult(2, 2, 0, Fixture.article1().size() + Fixture.article2().size()),
                        loader.result());
            }
            assertEquals(Fixture.article1().size(), graphSize(store, Fixture.A1));
            assertEquals(new LoadResult(2, 0, 2, 0), store.load(Fixture.articles()));
        }
    }

    @Test
    void firstLoadStoresEveryArticle() {
        try (DmkgStore store = DmkgStore.inMemory()) {
            LoadResult r = store.load(Fixture.articles(), 1);
            assertEquals(new LoadResult(2, 2, 0, Fixture.article1().size() + Fixture.article2().size()), r);
            assertEquals(Fixture.article1().size(), graphSize(store, Fixture.A1));
            assertEquals(new LoadResult(2, 0, 2, 0), store.load(Fixture.articles()));
        }
    }

    @Test
    void anArticleTwiceInOneLoadKeepsItsLastVersion() {
        Model small = ModelFactory.createDefaultModel();
        small.add(Fixture.article1().listStatements().next());
        try (DmkgStore store = DmkgStore.inMemory()) {
            LoadResult r = store.load(List.of(new ArticleGraph(Fixture.A1, Fixture.article1()),
                    new ArticleGraph(Fixture.A2, Fixture.article2()), new ArticleGraph(Fixture.A1, small)), 100);
            assertEquals(3, r.articles());
            assertEquals(1, graphSize(store, Fixture.A1));
            assertEquals(Fixture.article2().size(), graphSize(store, Fixture.A2));
        }
    }

    @Test
    void laterLoadsReplaceGraphsInTransactions() {
        Model small = ModelFactory.createDefaultModel();
        small.add(Fixture.article1().listStatements().next());
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
