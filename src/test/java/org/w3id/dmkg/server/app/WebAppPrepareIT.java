package org.w3id.dmkg.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.server.FixtureServer;
import org.w3id.dmkg.server.ServerSettings;

/**
 * The answers that take longest are computed ahead, not at the first visitor's request: the home page's
 * answers about the whole store and the pages of the busiest people, the same as a request computes them.
 * In the fixture, Xi Jinping attended three meetings, Vladimir Putin two, Sergei Shoigu one.
 */
class WebAppPrepareIT {
    /** The people of two meetings or more: Xi Jinping and Vladimir Putin. */
    static final BusyPeople TWO_MEETINGS = new BusyPeople(2, 10);

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

    static boolean within60s(BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        return done.getAsBoolean();
    }

    /** A page of people to compare answers with, without the server's row limit of 2. */
    static PageData pages() {
        return new PageData(new AppQueries(fixture.store(), ServerSettings.defaults()), true, TWO_MEETINGS);
    }

    /** The page's answer as {@code /api} sends it, but for the milliseconds. */
    static String json(Map<String, AppQueries.Section> sections) {
        return new String(ApiServlet.body("person", 0, sections), StandardCharsets.UTF_8)
                .replaceAll("\"ms\":[0-9.E-]+", "\"ms\":0");
    }

    @Test
    void preparingKeepsTheHomeAnswersBeforeAnyRequest() throws InterruptedException {
        WebApp app = new WebApp(fixture.store(), ServerSettings.defaults().withPort(0));
        ApiServlet api = (ApiServlet) app.api();
        assertFalse(api.homePrepared(), "nothing is computed before it is asked for");
        app.prepare();
        assertTrue(within60s(api::homePrepared), "the home answers are kept without a request");
        app.stopPreparing();
    }

    @Test
    void preparingKeepsThePagesOfTheBusiestPeopleBeforeAnyRequest() throws InterruptedException {
        WebApp app = new WebApp(fixture.store(), ServerSettings.defaults().withPort(0), TWO_MEETINGS);
        ApiServlet api = (ApiServlet) app.api();
        assertFalse(api.personPrepared("xi-jinping", ""), "nothing is computed before it is asked for");
        app.prepare();
        assertTrue(within60s(() -> KeptPages.CONFIDENCE_CHOICES.stream().allMatch(c ->
                        api.personPrepared("xi-jinping", c) && api.personPrepared("vladimir-putin", c))),
                "the pages of the people of two meetings or more are kept without a request, for every confidence offered");
        app.stopPreparing();
        assertTrue(api.homePrepared());
        assertFalse(api.personPrepared("sergei-shoigu", ""), "one meeting is too few to keep a page");
        assertFalse(api.personPrepared("xi-jinping", "0.85"), "a confidence the pages do not offer");
    }

    @Test
    void aKeptPageIsTheAnswerOfARequestComputedNow() {
        PageData prepared = pages();
        assertEquals(List.of("xi-jinping", "vladimir-putin"), prepared.prepare(() -> false), "the busiest first");
        PageData unprepared = pages();
        for (String key : List.of("xi-jinping", "vladimir-putin")) {
            for (String confidence : KeptPages.CONFIDENCE_CHOICES) {
                Map<String, String> request = confidence.isEmpty() ? Map.of() : Map.of("minConfidence", confidence);
                String what = key + " " + request;
                Map<String, AppQueries.Section> kept = prepared.sections("person", key, request);
                assertSame(kept.get("meetings"), prepared.sections("person", key, request).get("meetings"),
                        what + ": the kept answer is not computed again");
                Map<String, AppQueries.Section> now = unprepared.sections("person", key, request);
                assertNotSame(now.get("meetings"), unprepared.sections("person", key, request).get("meetings"),
                        what + ": nothing is kept before the preparation chose the people");
                assertEquals(json(now), json(kept), what);
            }
            assertTrue(json(prepared.sections("person", key, Map.of())).contains("\"meeting\":"), key);
        }
    }

    @Test
    void aPageIsKeptUnderAllItIsComputedFrom() {
        PageData prepared = pages();
        prepared.prepare(() -> false);
        Map<String, AppQueries.Section> any = prepared.sections("person", "xi-jinping", Map.of());
        Map<String, AppQueries.Section> strict = prepared.sections("person", "xi-jinping", Map.of("minConfidence", "0.8"));
        assertNotSame(any.get("meetings"), strict.get("meetings"));
        // the visit to Moscow (0.7) is left out at 0.8
        assertNotEquals(json(any), json(strict));
        assertSame(strict.get("meetings"),
                prepared.sections("person", "xi-jinping", Map.of("minConfidence", ".80")).get("meetings"),
                "the same confidence written otherwise is the same request");
        for (String confidence : List.of("0.85", "0", "1")) {
            Map<String, String> request = Map.of("minConfidence", confidence);
            Map<String, AppQueries.Section> asked = prepared.sections("person", "xi-jinping", request);
            assertNotSame(any.get("meetings"), asked.get("meetings"), confidence);
            assertNotSame(asked.get("meetings"), prepared.sections("person", "xi-jinping", request).get("meetings"),
                    confidence + ": not kept, computed at each request as without the preparation");
            assertEquals(json(pages().sections("person", "xi-jinping", request)), json(asked), confidence);
        }
    }
}
