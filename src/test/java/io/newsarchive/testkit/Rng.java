package io.newsarchive.testkit;

import java.util.List;

/**
 * SplitMix64: a tiny, fast, fully specified PRNG so generated corpora are byte-identical across JDK
 * versions (java.util.Random's and SplittableRandom's exact streams are not something tests should lean on).
 * Not thread-safe; the generator creates one per article from {@link #mix}.
 */
final class Rng {
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** Derives an independent stream seed from a parent seed and some coordinates. */
    static long mix(long seed, long... coords) {
        long h = scramble(seed ^ 0x2545F4914F6CDD1DL);
        for (long c : coords) {
            h = scramble(h ^ scramble(c + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        return scramble(state += 0x9E3779B97F4A7C15L);
    }

    /** Uniform in [0, n). */
    int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        return (int) (((nextLong() >>> 32) * n) >>> 32);
    }

    /** Uniform in [lo, hi] inclusive. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Approximately normal (sum of uniforms), mean 0, sd 1. */
    double gaussian() {
        double s = 0;
        for (int i = 0; i < 6; i++) {
            s += nextDouble();
        }
        return (s - 3.0) * Math.sqrt(2.0);
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }
}
