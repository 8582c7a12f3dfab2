package io.newsarchive.dedupe;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** Runs a parallel task in the build's pool (so --threads holds), rethrowing what it threw. */
final class PoolTasks {
    private PoolTasks() {
    }

    static void run(ForkJoinPool pool, Runnable task) {
        try {
            pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("dedupe interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
