package org.w3id.dmkg.store;

import org.w3id.dmkg.rdf.Fixture;

/** An in-memory store holding the two fixture articles and the fixture's reference data. */
final class FixtureStore {
    private FixtureStore() {
    }

    static DmkgStore loaded() {
        DmkgStore store = DmkgStore.inMemory();
        store.load(Fixture.articles());
        store.loadReference(Fixture.reference(), Fixture.REFERENCE);
        return store;
    }
}
