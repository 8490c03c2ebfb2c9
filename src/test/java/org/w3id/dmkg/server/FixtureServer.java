package org.w3id.dmkg.server;

import java.nio.file.Path;
import org.w3id.dmkg.rdf.Fixture;
import org.w3id.dmkg.store.DmkgStore;

/** A server on a free loopback port over a store on disk holding the fixture's articles and reference data. */
public record FixtureServer(DmkgStore store, DmkgServer server) {
    public static FixtureServer start(Path dir, int maxRows) {
        DmkgStore store = DmkgStore.open(dir.resolve("db"));
        store.load(Fixture.articles());
        store.loadReference(Fixture.reference(), Fixture.REFERENCE);
        ServerSettings settings = ServerSettings.defaults().withPort(0).withMaxRows(maxRows);
        return new FixtureServer(store, DmkgServer.start(store, settings));
    }

    public void stop() {
        server.stop();
        store.close();
    }
}
