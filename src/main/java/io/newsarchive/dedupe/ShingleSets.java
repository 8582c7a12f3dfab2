package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The shingle sets of all articles, computed once and kept for both their uses: MinHash signatures, then the
 * verification of candidate pairs. The sets of a run of consecutive articles are packed into one large array.
 * A hundred thousand small arrays that live through the whole stage would be copied by every young collection
 * (hundreds of megabytes at 100k articles); a large array is allocated outside the young generation and stays put.
 */
final class ShingleSets {
    /** Articles per packed array: sized so an array is a few megabytes, and there are chunks for every thread. */
    private static final int MAX_CHUNK = 2048;
    private static final int MIN_CHUNK = 64;
    private static final int CHUNKS_PER_THREAD = 8;

    private final int chunk;
    private final long[][] packed;
    /** Article i's set is {@code packed[i / chunk][start[i] .. start[i] + size[i])}. */
    private final int[] start;
    private final int[] size;

    private ShingleSets(int chunk, long[][] packed, int[] start, int[] size) {
        this.chunk = chunk;
        this.packed = packed;
        this.start = start;
        this.size = size;
    }

    static ShingleSets of(List<Article> articles, int shingleWords, ForkJoinPool pool) {
        int n = articles.size();
        int chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, n / (CHUNKS_PER_THREAD * pool.getParallelism()) + 1));
        long[][] packed = new long[(n + chunk - 1) / chunk][];
        int[] start = new int[n];
        int[] size = new int[n];
        PoolTasks.run(pool, () -> IntStream.range(0, packed.length).parallel().forEach(c -> {
            // each set is first kept on its own (short-lived, small), then all are packed at their exact size: a
            // doubling buffer allocated the chunk's size about five times over, in large arrays G1 handles slowly
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            Shingles.Scratch scratch = new Shingles.Scratch();
            long[][] sets = new long[to - from][];
            int used = 0;
            for (int i = from; i < to; i++) {
                int count = Shingles.into(scratch, articles.get(i), shingleWords);
                sets[i - from] = Arrays.copyOf(scratch.shingles, count);
                start[i] = used;
                size[i] = count;
                used += count;
            }
            long[] all = new long[used];
            for (int i = from; i < to; i++) {
                System.arraycopy(sets[i - from], 0, all, start[i], size[i]);
            }
            packed[c] = all;
        }));
        return new ShingleSets(chunk, packed, start, size);
    }

    int articles() {
        return size.length;
    }

    int size(int article) {
        return size[article];
    }

    int[] signature(int article) {
        return MinHashSignature.of(packed[article / chunk], start[article], start[article] + size[article]);
    }

    /** How many shingles two articles share. */
    int shared(int a, int b) {
        return Shingles.intersection(packed[a / chunk], start[a], start[a] + size[a],
                packed[b / chunk], start[b], start[b] + size[b]);
    }
}
