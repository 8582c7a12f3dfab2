package io.newsarchive.dedupe;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/** A unit-length term vector: term ids in ascending order and their weights. */
final class SparseVector {
    private final int[] ids;
    private final double[] weights;

    private SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** Term counts weighted by {@code idf}, normalised to length one. */
    static SparseVector of(Map<String, Double> counts, Map<String, Integer> termId, ToDoubleFunction<String> idf) {
        long[] packed = new long[counts.size()];
        int k = 0;
        String[] terms = counts.keySet().toArray(String[]::new);
        for (int i = 0; i < terms.length; i++) {
            packed[i] = ((long) termId.get(terms[i]) << 32) | i;
        }
        Arrays.sort(packed);
        int[] ids = new int[terms.length];
        double[] weights = new double[terms.length];
        double norm = 0;
        for (long p : packed) {
            String term = terms[(int) p];
            ids[k] = (int) (p >>> 32);
            weights[k] = counts.get(term) * idf.applyAsDouble(term);
            norm += weights[k] * weights[k];
            k++;
        }
        double len = Math.sqrt(norm);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = len == 0 ? 0 : weights[i] / len;
        }
        return new SparseVector(ids, weights);
    }

    double dot(SparseVector o) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) {
                sum += weights[i++] * o.weights[j++];
            } else if (ids[i] < o.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Up to {@code k} term ids with the largest weights among those {@code allowed}, heaviest first (ties: id). */
    int[] heaviest(int k, IntPredicate allowed) {
        Integer[] idx = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : Integer.compare(ids[a], ids[b]));
        int[] out = new int[Math.min(k, ids.length)];
        int n = 0;
        for (int i = 0; i < idx.length && n < out.length; i++) {
            if (allowed.test(ids[idx[i]])) {
                out[n++] = ids[idx[i]];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
