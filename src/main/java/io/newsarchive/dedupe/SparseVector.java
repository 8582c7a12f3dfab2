package io.newsarchive.dedupe;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** A unit-length term vector: term ids in ascending order and their weights. */
final class SparseVector {
    private final int[] ids;
    private final double[] weights;

    private SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /**
     * Term counts weighted by {@code idf}, normalised to length one.
     *
     * @param ids    term ids, ascending
     * @param counts each term's count, in the same order
     * @param idf    the weight of every term id
     */
    static SparseVector of(int[] ids, double[] counts, double[] idf) {
        double[] weights = new double[ids.length];
        double norm = 0;
        for (int k = 0; k < ids.length; k++) {
            weights[k] = counts[k] * idf[ids[k]];
            norm += weights[k] * weights[k];
        }
        double len = Math.sqrt(norm);
        for (int k = 0; k < weights.length; k++) {
            weights[k] = len == 0 ? 0 : weights[k] / len;
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

    /** Writes this vector's weights into {@code dense} (indexed by term id, all zero before). */
    void spreadInto(double[] dense) {
        for (int k = 0; k < ids.length; k++) {
            dense[ids[k]] = weights[k];
        }
    }

    /** Zeroes what {@link #spreadInto} wrote. */
    void clearFrom(double[] dense) {
        for (int id : ids) {
            dense[id] = 0;
        }
    }

    /**
     * {@code dot} with the vector spread into {@code dense}, to the last bit: the products are summed in this
     * vector's id order, as the merge sums them, and a term the other lacks adds a product of zero.
     */
    double dotDense(double[] dense) {
        double sum = 0;
        for (int k = 0; k < ids.length; k++) {
            sum += dense[ids[k]] * weights[k];
        }
        return sum;
    }

    /** Up to {@code k} term ids with the largest weights among those {@code allowed}, heaviest first (ties: id). */
    int[] heaviest(int k, IntPredicate allowed) {
        int[] best = new int[k]; // positions in ids, heaviest first: an insertion sort that keeps the k best
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            if (!allowed.test(ids[i]) || count == k && !heavier(i, best[k - 1])) {
                continue;
            }
            int at = count < k ? count++ : k - 1;
            while (at > 0 && heavier(i, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        int[] out = Arrays.copyOf(best, count);
        for (int r = 0; r < count; r++) {
            out[r] = ids[out[r]];
        }
        return out;
    }

    /** Weights are never NaN nor -0.0, so {@code >} orders them as {@link Double#compare} does. */
    private boolean heavier(int a, int b) {
        return weights[a] > weights[b] || weights[a] == weights[b] && ids[a] < ids[b];
    }
}
