package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;

class NodeCachesTest {
    private static final long MB = 1024L * 1024;

    @Test
    void aSmallHeapGetsSmallerCachesWithinAFifthOfIt() {
        StoreParams p = NodeCaches.forHeap(512 * MB);
        long entries = (long) p.getNode2NodeIdCacheSize() + p.getNodeId2NodeCacheSize();
        assertTrue(entries * NodeCaches.BYTES_PER_ENTRY <= 512 * MB / 5, "caches of " + entries + " nodes");
        assertTrue(p.getNodeId2NodeCacheSize() < StoreParams.getDftStoreParams().getNodeId2NodeCacheSize());
    }

    @Test
    void aLargeHeapKeepsTdb2Defaults() {
        StoreParams p = NodeCaches.forHeap(16 * 1024 * MB);
        StoreParams dft = StoreParams.getDftStoreParams();
        assertEquals(dft.getNode2NodeIdCacheSize(), p.getNode2NodeIdCacheSize());
        assertEquals(dft.getNodeId2NodeCacheSize(), p.getNodeId2NodeCacheSize());
        assertEquals(dft.getBlockSize(), p.getBlockSize(), "on-disk parameters are TDB2's own");
    }
}
