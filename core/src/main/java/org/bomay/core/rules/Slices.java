package org.bomay.core.rules;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs tasks {@code 0..n-1} on the calling thread or on the common fork-join pool. A task's
 * exception reaches the caller as it was thrown (a parallel stream may re-wrap an exception thrown
 * on another thread), after the other tasks ended; rules are thread-safe by contract ({@link Rule}).
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
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        IntStream.range(0, n).parallel().forEach(i -> {
            if (failed.get() != null || error.get() != null) {
                return;
            }
            try {
                task.accept(i);
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
            } catch (Error e) {
                error.compareAndSet(null, e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** The first index of slice {@code k} when {@code n} items are cut into {@code slices}. */
    static int from(int n, int k, int slices) {
        return (int) ((long) n * k / slices);
    }
}
