package io.newsarchive.dedupe;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Sets of article pairs, each pair packed in a long ({@code i << 32 | j}), as sorted arrays without duplicates.
 * The detectors collect candidate pairs in many parts (LSH bands, posting lists) with many repeats; sorting them
 * all at once on one thread was a serial step of the stage.
 */
final class PairSets {
    private static final int PIECES_PER_THREAD = 4;

    private PairSets() {
    }

    /** The union of {@code parts} (null parts are empty), sorted and unique: pieces sorted, then merged, in parallel. */
    static long[] union(long[][] parts, ForkJoinPool pool) {
        int pieces = Math.max(1, Math.min(parts.length, PIECES_PER_THREAD * pool.getParallelism()));
        long[][] level = new long[pieces][];
        PoolTasks.run(pool, () -> IntStream.range(0, pieces).parallel().forEach(p ->
                level[p] = sortedUnique(concat(parts, (int) ((long) p * parts.length / pieces),
                        (int) ((long) (p + 1) * parts.length / pieces)))));
        long[][] merging = level;
        while (merging.length > 1) {
            long[][] from = merging;
            long[][] next = new long[(from.length + 1) / 2][];
            PoolTasks.run(pool, () -> IntStream.range(0, next.length).parallel().forEach(k ->
                    next[k] = 2 * k + 1 < from.length ? merge(from[2 * k], from[2 * k + 1]) : from[2 * k]));
            merging = next;
        }
        return merging[0];
    }

    private static long[] concat(long[][] parts, int from, int to) {
        int total = 0;
        for (int p = from; p < to; p++) {
            total += parts[p] == null ? 0 : parts[p].length;
        }
        long[] all = new long[total];
        int at = 0;
        for (int p = from; p < to; p++) {
            if (parts[p] != null) {
                System.arraycopy(parts[p], 0, all, at, parts[p].length);
                at += parts[p].length;
            }
        }
        return all;
    }

    static long[] sortedUnique(long[] pairs) {
        Arrays.sort(pairs);
        int unique = 0;
        for (int k = 0; k < pairs.length; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                pairs[unique++] = pairs[k];
            }
        }
        return Arrays.copyOf(pairs, unique);
    }

    /** The union of two sorted unique arrays. */
    static long[] merge(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (a[i] > b[j]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return Arrays.copyOf(out, n);
    }
}
