package org.w3id.dmkg.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that makes its items a few at a time, as Spark pulls them: one input record can give
 * none, one or several outcomes, and a partition's outcomes are never all held at once. Not thread-safe.
 */
abstract class Refilling<T> implements Iterator<T> {
    private final Deque<T> ready = new ArrayDeque<>(2);

    /**
     * Adds the items of the next piece of input to {@code ready} (perhaps none).
     *
     * @return {@code false} when the input is used up
     */
    protected abstract boolean refill(Deque<T> ready);

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && refill(ready)) {
            // a piece of input without items: go on to the next
        }
        return !ready.isEmpty();
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }
}
