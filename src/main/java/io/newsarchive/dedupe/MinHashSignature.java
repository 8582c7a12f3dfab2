package io.newsarchive.dedupe;

/**
 * One-permutation MinHash with densification (Li, Owen and Zhang 2012; Shrivastava and Li 2014): every shingle is
 * hashed once and kept as the minimum of one of {@link #BINS} bins; empty bins borrow from the next non-empty bin.
 * Two signatures agree in a bin with probability close to the Jaccard similarity of the two sets, at the cost of
 * one hash per shingle instead of one per shingle and permutation.
 */
final class MinHashSignature {
    static final int BINS = 128;
    private static final int BIN_BITS = 7;

    private MinHashSignature() {
    }

    /** The signature of the set {@code shingles[fromIndex..toIndex)}. */
    static int[] of(long[] shingles, int fromIndex, int toIndex) {
        long[] mins = new long[BINS];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (int i = fromIndex; i < toIndex; i++) {
            long s = shingles[i];
            long h = Shingles.mix(s + 0x632BE59BD9B4E019L);
            int bin = (int) (h >>> (64 - BIN_BITS));
            long value = h & ((1L << (64 - BIN_BITS)) - 1);
            if (value < mins[bin]) {
                mins[bin] = value;
            }
        }
        int[] signature = new int[BINS];
        boolean any = false;
        for (long m : mins) {
            any |= m != Long.MAX_VALUE;
        }
        if (!any) {
            return signature;
        }
        for (int b = 0; b < BINS; b++) {
            int from = b;
            int distance = 0;
            while (mins[from] == Long.MAX_VALUE) {
                from = (from + 1) % BINS;
                distance++;
            }
            // the borrowed value is re-hashed with the distance so bins filled from one source differ
            signature[b] = (int) Shingles.mix(mins[from] + distance * 0x9E3779B97F4A7C15L);
        }
        return signature;
    }
}
