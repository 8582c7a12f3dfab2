package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReferenceArray;
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

    private final List<Article> articles;
    private final int shingleWords;
    private final int[][] packed;
    /** A shingled article i's set is {@code packed[chunkOf[i]][start[i] .. start[i] + size[i])}; chunkOf -1 else. */
    private final int[] chunkOf;
    private final int[] start;
    private final int[] size;
    /**
     * The sets of the other articles, made when a pair first needs them: a rebuild recalls most articles' shingle
     * counts and band keys, and needs the sets of only the few articles in pairs it has not counted before.
     */
    private final AtomicReferenceArray<int[]> onDemand;

    private ShingleSets(List<Article> articles, int shingleWords, int[][] packed, int[] chunkOf, int[] start,
                        int[] size) {
        this.articles = articles;
        this.shingleWords = shingleWords;
        this.packed = packed;
        this.chunkOf = chunkOf;
        this.start = start;
        this.size = size;
        this.onDemand = new AtomicReferenceArray<>(articles.size());
    }

    static ShingleSets of(List<Article> articles, int shingleWords, ForkJoinPool pool, SignatureSink signatures) {
        return of(articles, IntStream.range(0, articles.size()).toArray(), shingleWords, pool, signatures);
    }

    /** The sets of {@code which} (article indexes, ascending) made now; any other article's when first asked for. */
    static ShingleSets of(List<Article> articles, int[] which, int shingleWords, ForkJoinPool pool,
                          SignatureSink signatures) {
        int n = which.length;
        int chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, n / (CHUNKS_PER_THREAD * pool.getParallelism()) + 1));
        int[][] packed = new int[(n + chunk - 1) / chunk][];
        int[] chunkOf = new int[articles.size()];
        java.util.Arrays.fill(chunkOf, -1);
        int[] start = new int[articles.size()];
        int[] size = new int[articles.size()];
        PoolTasks.run(pool, () -> IntStream.range(0, packed.length).parallel().forEach(c -> {
            // each set is first kept on its own (short-lived, small), then all are packed at their exact size: a
            // doubling buffer allocated the chunk's size about five times over, in large arrays G1 handles slowly
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            Shingles.Scratch scratch = new Shingles.Scratch();
            int[][] sets = new int[to - from][];
            int used = 0;
            for (int k = from; k < to; k++) {
                int i = which[k];
                int count = Shingles.into(scratch, articles.get(i), shingleWords);
                signatures.accept(i, MinHashSignature.of(scratch.shingles, 0, count));
                sets[k - from] = topHalves(scratch.shingles, count);
                chunkOf[i] = c;
                start[i] = used;
                size[i] = sets[k - from].length;
                used += size[i];
            }
            int[] all = new int[used];
            for (int k = from; k < to; k++) {
                System.arraycopy(sets[k - from], 0, all, start[which[k]], size[which[k]]);
            }
            packed[c] = all;
        }));
        return new ShingleSets(articles, shingleWords, packed, chunkOf, start, size);
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

    /** The size of a set made with the others ({@link #of}'s {@code which}). */
    int size(int article) {
        return size[article];
    }

    /** How many shingles two articles share. */
    int shared(int a, int b) {
        int[] setA = array(a);
        int[] setB = array(b);
        int fromA = chunkOf[a] >= 0 ? start[a] : 0;
        int fromB = chunkOf[b] >= 0 ? start[b] : 0;
        return Shingles.intersection(setA, fromA, fromA + (chunkOf[a] >= 0 ? size[a] : setA.length),
                setB, fromB, fromB + (chunkOf[b] >= 0 ? size[b] : setB.length));
    }

    /** The array that holds an article's set: its chunk, or its own array, made now if no pair needed it before. */
    private int[] array(int article) {
        if (chunkOf[article] >= 0) {
            return packed[chunkOf[article]];
        }
        int[] set = onDemand.get(article);
        if (set == null) { // two threads may both make it: the same set, and either one is kept
            Shingles.Scratch scratch = new Shingles.Scratch();
            int count = Shingles.into(scratch, articles.get(article), shingleWords); // first: it may grow the array
            set = topHalves(scratch.shingles, count);
            onDemand.set(article, set);
        }
        return set;
    }
}
