package org.w3id.dmkg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The threads of one run of TDB2's bulk loader ({@link BulkRun}), watched. The run's driver thread is
 * started in a thread group of its own, and the loader's threads, which the loader starts from the
 * driver, belong to that group too. The run fails ({@link #failure}) when one of them dies of an
 * uncaught throwable, when one of the data phase stops while data is still being sent, or when all of
 * them have waited for each other for {@value #STALL_SECONDS} s; then each is interrupted, which frees
 * those waiting for it. While the run lasts, what its threads print to {@link System#err} themselves is
 * dropped: the B+tree code prints a line when it reads a page a failed write left garbled, and the user
 * is told of the failure in one line. {@link #watch} and {@link #end} are called by one thread, the
 * caller of the run.
 */
final class LoaderThreads {
    static final int STALL_SECONDS = 10;
    /** How long a failed run waits for its threads to end before it gives up on them. */
    static final int TEARDOWN_SECONDS = 30;
    static final long POLL_MILLIS = 100;

    private final AtomicReference<BulkLoadFailure> failure = new AtomicReference<>();
    private final ThreadGroup group;
    private final PrintStream stderr = System.err;
    private final PrintStream muted;
    /** The loader's threads of the data phase, once started: none may end while data is sent. */
    private volatile Set<Thread> dataThreads;
    private volatile boolean sending = true;
    /** The driver waits for the caller, so the loader's threads may all wait too. */
    private volatile boolean idle;
    private long stalledSince;

    /** A watch over no thread yet; {@link System#err} is muted for the group from here to {@link #end}. */
    LoaderThreads() {
        group = new ThreadGroup("dmkg-bulk-loader") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                fail("a thread of the loader died: " + BulkRun.describe(e), e);
            }
        };
        muted = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (!inGroup()) {
                    stderr.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (!inGroup()) {
                    stderr.write(b, off, len);
                }
            }

            @Override
            public void flush() {
                stderr.flush();
            }
        }, true);
        System.setErr(muted);
    }

    /** Starts {@code driver} on a daemon thread of the group (so are the threads it starts). */
    Thread start(Runnable driver) {
        Thread t = new Thread(group, driver, "dmkg-bulk-loader");
        t.setDaemon(true); // a failed run's threads must not keep the JVM alive
        t.start();
        return t;
    }

    /** Called by the driver once the loader started: the threads there are now must run until data ends. */
    void dataPhaseStarted() {
        Set<Thread> started = new HashSet<>(alive());
        started.remove(Thread.currentThread());
        dataThreads = started;
    }

    /** Called by the driver before it tells the loader that the data ended, after which its threads end. */
    void dataPhaseEnded() {
        sending = false;
    }

    /** Called by the driver around its waits for the caller. */
    void idle(boolean waiting) {
        idle = waiting;
    }

    /** Fails the run, once: the first failure is the one reported; every thread of the group is interrupted. */
    void fail(String why, Throwable cause) {
        if (failure.compareAndSet(null, new BulkLoadFailure(why, cause))) {
            group.interrupt();
        }
    }

    /** The run's failure, or null. */
    BulkLoadFailure failure() {
        return failure.get();
    }

    /** Fails the run when a thread of the data phase stopped, or when every thread waits for another. */
    void watch() {
        if (failure.get() != null) {
            return;
        }
        Set<Thread> data = dataThreads;
        // the ended thread is seen before the flag is read: a thread ends normally only after the flag is cleared
        if (data != null && data.stream().anyMatch(t -> !t.isAlive()) && sending) {
            fail("a thread of the loader stopped while data was being sent", null);
            return;
        }
        List<Thread> alive = alive();
        long now = System.nanoTime();
        if (idle || alive.isEmpty() || !alive.stream().allMatch(LoaderThreads::waiting)) {
            stalledSince = 0;
        } else if (stalledSince == 0) {
            stalledSince = now;
        } else if (now - stalledSince > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
            fail("its threads waited for each other for " + STALL_SECONDS + " s", null);
        }
    }

    /**
     * Ends the watch: after a failure, waits for the threads of the group to end, interrupting those that
     * wait, for at most {@value #TEARDOWN_SECONDS} s; then gives {@link System#err} back.
     */
    void end() {
        try {
            if (failure.get() != null) {
                awaitEnd();
            }
        } finally {
            if (System.err == muted) { // unless someone replaced it meanwhile
                System.setErr(stderr);
            }
        }
    }

    private void awaitEnd() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TEARDOWN_SECONDS);
        for (int i = 1; System.nanoTime() < deadline; i++) {
            List<Thread> alive = alive();
            if (alive.isEmpty()) {
                return;
            }
            if (i % 10 == 0) {
                // not those that run: an interrupt during I/O on a channel would close it
                alive.stream().filter(LoaderThreads::waiting).forEach(Thread::interrupt);
            }
            try {
                alive.get(0).join(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean inGroup() {
        for (ThreadGroup g = Thread.currentThread().getThreadGroup(); g != null; g = g.getParent()) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }

    /** The threads of the group still alive. */
    List<Thread> alive() {
        Thread[] all = new Thread[group.activeCount() + 8];
        int n = group.enumerate(all);
        List<Thread> alive = new ArrayList<>(Arrays.asList(all).subList(0, n));
        alive.removeIf(t -> !t.isAlive());
        return alive;
    }

    private static boolean waiting(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.BLOCKED;
    }
}
