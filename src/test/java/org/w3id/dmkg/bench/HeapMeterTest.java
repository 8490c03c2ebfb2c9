package org.w3id.dmkg.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapMeterTest {
    static volatile Object kept;

    @Test
    void theLiveWatchSeesWhatACollectionLeaves() throws Exception {
        try (HeapMeter.LiveWatch watch = new HeapMeter.LiveWatch()) {
            kept = new long[8 * 1024 * 1024]; // 64 MB held across the collection
            System.gc();
            // the notification comes on a JVM thread, shortly after the collection
            for (int i = 0; i < 100 && watch.liveMb() < 64; i++) {
                Thread.sleep(20);
            }
            assertTrue(watch.liveMb() >= 64, "live " + watch.liveMb() + " MB");
            assertTrue(watch.liveMb() <= HeapMeter.maxMb(), "live " + watch.liveMb() + " MB");
            assertTrue(HeapMeter.peakMb() >= watch.liveMb(), "peak " + HeapMeter.peakMb() + " MB");
        } finally {
            kept = null;
        }
    }
}
