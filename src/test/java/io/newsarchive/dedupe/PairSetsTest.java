package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PairSetsTest {
    @Test
    @DisplayName("union of many parts with repeats and empty parts = all values, sorted, once, at any thread count")
    void unionIsSortedDistinct() {
        Random random = new Random(9);
        for (int threads : new int[] {1, 2, 3}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            for (int parts : new int[] {0, 1, 2, 5, 42, 300}) {
                long[][] in = new long[parts][];
                for (int p = 0; p < parts; p++) {
                    if (random.nextInt(5) > 0) {
                        in[p] = random.longs(random.nextInt(200), 0, 500).toArray();
                    }
                }
                long[] expected = Arrays.stream(in).filter(a -> a != null).flatMapToLong(Arrays::stream)
                        .sorted().distinct().toArray();
                assertArrayEquals(expected, PairSets.union(in, pool), threads + " threads, " + parts + " parts");
            }
            pool.shutdown();
        }
    }
}
