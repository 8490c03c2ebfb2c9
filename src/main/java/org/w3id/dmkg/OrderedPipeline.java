package org.w3id.dmkg;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies a function to a stream of inputs on several worker threads and hands the results on in the
 * order the inputs were submitted, so a parallel run writes exactly what a sequential one writes.
 * Each worker builds its own function from the supplier (for stages that are not thread-safe, such as
 * a {@link Dmkg.Session}). At most {@code window} inputs are in flight: {@link #submit} blocks, handing
 * finished results to the sink, when the window is full, so memory stays bounded whatever the input
 * size. With one thread everything runs on the caller's thread. The sink is always called on the
 * caller's thread. Not thread-safe: one thread submits; {@link #close} hands on the remaining results.
 *
 * @param <I> input type
 * @param <O> result type
 */
public final class OrderedPipeline<I, O> implements AutoCloseable {
    private final Consumer<? super O> sink;
    private final ExecutorService pool;
    private final ThreadLocal<Function<? super I, ? extends O>> local;
    private final Function<? super I, ? extends O> inline;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    private final int window;

    /**
     * @param threads worker threads (1: run on the caller's thread)
     * @param window  most inputs in flight; at least {@code threads}
     * @param worker  makes one worker's function, called once on each worker thread
     * @param sink    receives the results in submission order
     */
    public OrderedPipeline(int threads, int window, Supplier<? extends Function<? super I, ? extends O>> worker,
                           Consumer<? super O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.sink = sink;
        this.window = Math.max(window, threads);
        this.local = ThreadLocal.withInitial(worker::get);
        if (threads == 1) {
            this.pool = null;
            this.inline = worker.get();
        } else {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "dmkg-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.inline = null;
        }
    }

    /** The default worker count: the available processors, capped at 4. */
    public static int defaultThreads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /** Submits one input; may first hand on finished results to keep the window bounded. */
    public void submit(I input) {
        if (pool == null) {
            sink.accept(inline.apply(input));
            return;
        }
        while (inFlight.size() >= window) {
            deliver(inFlight.removeFirst());
        }
        inFlight.addLast(pool.submit(() -> local.get().apply(input)));
    }

    /** Hands on every remaining result in order and stops the workers. */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        try {
            while (!inFlight.isEmpty()) {
                deliver(inFlight.removeFirst());
            }
        } finally {
            for (Future<O> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private void deliver(Future<O> f) {
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DmkgException(DmkgException.FAILURE, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new DmkgException(DmkgException.FAILURE, String.valueOf(e.getCause()), e.getCause());
        }
    }
}
