package org.bomay.core.rules;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs tasks {@code 0..n-1} on the calling thread or on the common fork-join pool. If tasks fail,
 * the exception of the lowest one reaches the caller as it was thrown (a parallel stream may re-wrap
 * an exception thrown on another thread), after the others ended, as in the sequential loop; rules
 * are thread-safe by contract ({@link Rule}).
 */
final class Slices {
    private Slices() {
    }

    /** Slices to cut work into on the common pool: several per worker, so no core waits on a slow one. */
    static int count() {
        return 8 * (ForkJoinPool.getCommonPoolParallelism() + 1);
    }

    /** Runs every task, in parallel if asked and the pool has more than one worker. */
    static void run(int n, boolean parallel, IntConsumer task) {
        if (!parallel || n < 2 || ForkJoinPool.getCommonPoolParallelism() < 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        // every task runs; the failure of the lowest task is thrown, as the sequential loop would
        Throwable[] failures = new Throwable[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                task.accept(i);
            } catch (RuntimeException | Error e) {
                failures[i] = e;
            }
        });
        for (Throwable t : failures) {
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    /** The first index of slice {@code k} when {@code n} items are cut into {@code slices}. */
    static int from(int n, int k, int slices) {
        return (int) ((long) n * k / slices);
    }
}
