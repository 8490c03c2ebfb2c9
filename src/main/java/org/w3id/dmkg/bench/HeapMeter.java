package org.w3id.dmkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The peak heap used between {@link #reset} and {@link #peakMb}, from the JVM's memory pools. */
final class HeapMeter {
    private HeapMeter() {
    }

    /** Collects garbage and restarts the peak of every heap pool. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset, in MB (an upper bound of the peak heap). */
    static long peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** The heap limit ({@code -Xmx}), in MB. */
    static long maxMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
