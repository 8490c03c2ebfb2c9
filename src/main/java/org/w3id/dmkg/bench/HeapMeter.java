package org.w3id.dmkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run used, from the JVM's memory pools: the peak of each pool between {@link #reset} and
 * {@link #peakMb}, and, through a {@link LiveWatch}, the most heap left after a collection (the live data).
 */
public final class HeapMeter {
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

    /**
     * The sum of the heap pools' peaks since the last reset (or the start of the JVM), in MB: an upper bound
     * of the peak heap, since the pools do not all peak at once.
     */
    public static long peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** The heap limit ({@code -Xmx}), in MB. */
    public static long maxMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /**
     * Watches the garbage collections from its creation to {@link #close} and keeps the most heap in use
     * right after a full (major) collection: the peak of the live data, which is what a smaller {@code -Xmx}
     * would have to hold. Until a full collection has run it keeps the most after a young one instead (an
     * upper bound: a young collection leaves the old generation's garbage, and one that cannot promote
     * frees nothing). Thread-safe; the collectors notify on a JVM thread.
     */
    public static final class LiveWatch implements AutoCloseable, NotificationListener {
        private final AtomicLong maxBytes = new AtomicLong();
        private final AtomicLong maxAfterMajor = new AtomicLong(-1);
        private final java.util.Set<String> heapPools = new java.util.HashSet<>();

        /** Starts watching every collector of this JVM. */
        public LiveWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var notice = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            var info = notice.getGcInfo();
            long heap = 0;
            for (var pool : info.getMemoryUsageAfterGc().entrySet()) {
                heap += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
            }
            maxBytes.accumulateAndGet(heap, Math::max);
            if (notice.getGcAction().contains("major")) {
                maxAfterMajor.accumulateAndGet(heap, Math::max);
            }
        }

        /**
         * The most heap in use after a full collection so far, else after any collection, in MB (0 when
         * nothing was collected).
         */
        public long liveMb() {
            long major = maxAfterMajor.get();
            return (major >= 0 ? major : maxBytes.get()) / (1024 * 1024);
        }

        @Override
        public void close() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(this);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // not registered on this collector: nothing to undo
                    }
                }
            }
        }
    }
}
