package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The shingle sets of all articles, computed once and kept to verify candidate pairs. Each article's MinHash
 * signature is taken from its full 64-bit set while that set is at hand and handed to a {@link SignatureSink};
 * what is kept is the set's top 32 bits. That halves the stage's largest structure (some 560 MB of shingles at
 * 100,000 articles): two different shingles of a compared pair agree in their top 32 bits with odds of about one in
 * ten thousand per pair, which would move a pair's shared count by one, against thresholds over hundreds.
 * The sets of a run of consecutive articles are packed into one large array: a hundred thousand small arrays that
 * live through the whole stage would be copied by every young collection; a large array is allocated outside the
 * young generation and stays put.
 */
final class ShingleSets {
    /** Articles per packed array: sized so an array is a few megabytes, and there are chunks for every thread. */
    private static final int MAX_CHUNK = 2048;
    private static final int MIN_CHUNK = 64;
    private static final int CHUNKS_PER_THREAD = 8;

    /** Receives each article's MinHash signature as its set is made; called from several threads at once. */
    @FunctionalInterface
    interface SignatureSink {
        void accept(int article, int[] signature);
    }

    private final int chunk;
    private final int[][] packed;
    /** Article i's set is {@code packed[i / chunk][start[i] .. start[i] + size[i])}. */
    private final int[] start;
    private final int[] size;

    private ShingleSets(int chunk, int[][] packed, int[] start, int[] size) {
        this.chunk = chunk;
        this.packed = packed;
        this.start = start;
        this.size = size;
    }

    static ShingleSets of(List<Article> articles, int shingleWords, ForkJoinPool pool, SignatureSink signatures) {
        int n = articles.size();
        int chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, n / (CHUNKS_PER_THREAD * pool.getParallelism()) + 1));
        int[][] packed = new int[(n + chunk - 1) / chunk][];
        int[] start = new int[n];
        int[] size = new int[n];
        PoolTasks.run(pool, () -> IntStream.range(0, packed.length).parallel().forEach(c -> {
            // each set is first kept on its own (short-lived, small), then all are packed at their exact size: a
            // doubling buffer allocated the chunk's size about five times over, in large arrays G1 handles slowly
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            Shingles.Scratch scratch = new Shingles.Scratch();
            int[][] sets = new int[to - from][];
            int used = 0;
            for (int i = from; i < to; i++) {
                int count = Shingles.into(scratch, articles.get(i), shingleWords);
                signatures.accept(i, MinHashSignature.of(scratch.shingles, 0, count));
                sets[i - from] = topHalves(scratch.shingles, count);
                start[i] = used;
                size[i] = sets[i - from].length;
                used += size[i];
            }
            int[] all = new int[used];
            for (int i = from; i < to; i++) {
                System.arraycopy(sets[i - from], 0, all, start[i], size[i]);
            }
            packed[c] = all;
        }));
        return new ShingleSets(chunk, packed, start, size);
    }

    /**
     * The top 32 bits of sorted unique shingles, in the same (ascending) order. Two shingles of one set that agree
     * in their top halves are both kept: a set keeps its size, and the intersection of two such runs counts them
     * pairwise, as a multiset.
     */
    static int[] topHalves(long[] shingles, int count) {
        int[] out = new int[count];
        for (int s = 0; s < count; s++) {
            out[s] = (int) (shingles[s] >>> 32);
        }
        return out;
    }

    int articles() {
        return size.length;
    }

    int size(int article) {
        return size[article];
    }

    /** How many shingles two articles share. */
    int shared(int a, int b) {
        return Shingles.intersection(packed[a / chunk], start[a], start[a] + size[a],
                packed[b / chunk], start[b], start[b] + size[b]);
    }
}
