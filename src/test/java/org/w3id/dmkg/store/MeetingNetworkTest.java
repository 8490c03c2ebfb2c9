package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.rdf.Fixture;

/** The network of the fixture: Xi met Shoigu once (reported twice), and Putin twice (a call and a visit). */
class MeetingNetworkTest {
    static final String XI = Fixture.ID + "person/xi-jinping";
    static final String SHOIGU = Fixture.ID + "person/sergei-shoigu";
    static final String PUTIN = Fixture.ID + "person/vladimir-putin";
    private DmkgStore store;

    @BeforeEach
    void load() {
        store = FixtureStore.loaded();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyone() {
        MeetingNetwork n = MeetingNetwork.build(store, null, null, null);
        assertEquals(List.of(
                new MeetingNetwork.Node(SHOIGU, "Sergei Shoigu", "Secretary, Russia", "Russia"),
                new MeetingNetwork.Node(PUTIN, "Vladimir Putin", "President, Russia", "Russia"),
                new MeetingNetwork.Node(XI, "Xi Jinping", "President, China", "China")), n.nodes());
        assertEquals(List.of(new MeetingNetwork.Edge(SHOIGU, XI, 1), new MeetingNetwork.Edge(PUTIN, XI, 2)),
                n.edges());
    }

    @Test
    void dateRange() {
        MeetingNetwork late = MeetingNetwork.build(store, null, LocalDate.parse("2025-02-25"), null);
        assertEquals(List.of(new MeetingNetwork.Edge(SHOIGU, XI, 1), new MeetingNetwork.Edge(PUTIN, XI, 1)),
                late.edges());
        MeetingNetwork early = MeetingNetwork.build(store, null, null, LocalDate.parse("2025-02-27"));
        assertEquals(List.of(new MeetingNetwork.Edge(PUTIN, XI, 1)), early.edges());
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"),
                early.nodes().stream().map(MeetingNetwork.Node::label).toList());
        MeetingNetwork day = MeetingNetwork.build(store, null, LocalDate.parse("2025-02-28"),
                LocalDate.parse("2025-02-28"));
        assertEquals(List.of(new MeetingNetwork.Edge(SHOIGU, XI, 1)), day.edges());
        assertTrue(MeetingNetwork.build(store, null, LocalDate.parse("2026-01-01"), null).nodes().isEmpty());
    }

    @Test
    void egoNetwork() {
        MeetingNetwork shoigu = MeetingNetwork.build(store, "SHOIGU", null, null);
        assertEquals(List.of(SHOIGU, XI), shoigu.nodes().stream().map(MeetingNetwork.Node::iri).toList());
        assertEquals(List.of(new MeetingNetwork.Edge(SHOIGU, XI, 1)), shoigu.edges());
        assertEquals(3, MeetingNetwork.build(store, "xi", null, null).nodes().size());
        assertTrue(MeetingNetwork.build(store, "nobody", null, null).nodes().isEmpty());
    }
}
