package org.w3id.dmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
    /** A worker that takes a random while, so results finish out of order. */
    private static Function<Integer, String> slowSquare() {
        return i -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i + ":" + (i * i);
        };
    }

    private static List<String> run(int threads, int n) {
        List<String> out = new ArrayList<>();
        try (OrderedPipeline<Integer, String> p = new OrderedPipeline<>(threads, 2 * threads,
                OrderedPipelineTest::slowSquare, out::add)) {
            for (int i = 0; i < n; i++) {
                p.submit(i);
            }
        }
        return out;
    }

    @Test
    void parallelGivesTheSequentialOrder() {
        List<String> sequential = run(1, 300);
        assertEquals(300, sequential.size());
        assertEquals(sequential, run(2, 300));
        assertEquals(sequential, run(4, 300));
    }

    @Test
    void oneWorkerFunctionPerThreadAndBoundedWindow() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger made = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(3, 3, () -> {
            made.incrementAndGet();
            threads.add(Thread.currentThread());
            return (Integer i) -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                running.decrementAndGet();
                return i;
            };
        }, out::add)) {
            for (int i = 0; i < 200; i++) {
                p.submit(i);
            }
        }
        assertEquals(made.get(), threads.size(), "one function per worker thread");
        assertTrue(made.get() <= 3);
        assertTrue(maxRunning.get() <= 3);
        assertEquals(200, out.size());
    }

    @Test
    void workerFailureReachesTheCaller() {
        assertThrows(IllegalStateException.class, () -> {
            try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, 4, () -> (Integer i) -> {
                if (i == 5) {
                    throw new IllegalStateException("boom");
                }
                return i;
            }, x -> { })) {
                for (int i = 0; i < 10; i++) {
                    p.submit(i);
                }
            }
        });
    }
}
