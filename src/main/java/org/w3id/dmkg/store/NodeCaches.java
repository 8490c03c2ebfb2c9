package org.w3id.dmkg.store;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * Sizes TDB2's node caches to the heap. By default TDB2 caches 1,200,000 nodes (200,000 node to id, a
 * million id to node), some 330 MB once a store holds a few million distinct terms, which leaves a
 * 512 MB heap too little for a bulk load's index phase. dmkg gives the caches about a fifth of the
 * heap, never more than TDB2's defaults. Stateless.
 */
final class NodeCaches {
    /** Heap one cached node takes, both caches' entries together, measured on article graphs. */
    static final int BYTES_PER_ENTRY = 280;

    private NodeCaches() {
    }

    /** TDB2's parameters with node caches fitted to a heap of {@code maxHeap} bytes. */
    static StoreParams forHeap(long maxHeap) {
        StoreParams dft = StoreParams.getDftStoreParams();
        long entries = maxHeap / 5 / BYTES_PER_ENTRY;
        int toId = (int) Math.min(dft.getNode2NodeIdCacheSize(), entries / 6);
        int toNode = (int) Math.min(dft.getNodeId2NodeCacheSize(), entries * 5 / 6);
        return StoreParamsBuilder.create(dft).node2NodeIdCacheSize(Math.max(toId, 1_000))
                .nodeId2NodeCacheSize(Math.max(toNode, 5_000)).build();
    }
}
