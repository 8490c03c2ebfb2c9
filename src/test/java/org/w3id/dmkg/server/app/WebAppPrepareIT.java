package org.w3id.dmkg.server.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.server.FixtureServer;
import org.w3id.dmkg.server.ServerSettings;

/** The home page's answers about the whole store are computed ahead, not at the first visitor's request. */
class WebAppPrepareIT {
    @TempDir
    static Path dir;
    static FixtureServer fixture;

    @BeforeAll
    static void start() {
        fixture = FixtureServer.start(dir, 2);
    }

    @AfterAll
    static void stop() {
        fixture.stop();
    }

    @Test
    void preparingKeepsTheHomeAnswersBeforeAnyRequest() throws InterruptedException {
        WebApp app = new WebApp(fixture.store(), ServerSettings.defaults().withPort(0));
        ApiServlet api = (ApiServlet) app.api();
        assertFalse(api.homePrepared(), "nothing is computed before it is asked for");
        app.prepare();
        long until = System.currentTimeMillis() + 60_000;
        while (!api.homePrepared() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertTrue(api.homePrepared(), "the home answers are kept without a request");
    }
}
