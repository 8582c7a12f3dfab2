package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
    private static final int TERMS = 200;

    private static SparseVector random(Random random, double[] idf) {
        int[] ids = IntStream.range(0, TERMS).filter(t -> random.nextInt(4) == 0).toArray();
        double[] counts = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            counts[k] = 1 + random.nextInt(3) * (random.nextBoolean() ? 3.0 : 2.0); // ties on purpose
        }
        return SparseVector.of(ids, counts, idf);
    }

    @Test
    @DisplayName("the dense-array dot product equals the merge, bit for bit")
    void denseDotIsTheMerge() {
        Random random = new Random(5);
        double[] idf = new double[TERMS];
        for (int t = 0; t < TERMS; t++) {
            idf[t] = t % 17 == 0 ? 0 : Math.log(1000.0 / (1 + random.nextInt(999))); // some weigh nothing
        }
        double[] dense = new double[TERMS];
        for (int round = 0; round < 2000; round++) {
            SparseVector a = random(random, idf);
            SparseVector b = random(random, idf);
            a.spreadInto(dense);
            assertEquals(Double.doubleToRawLongBits(b.dot(a)), Double.doubleToRawLongBits(b.dotDense(dense)));
            assertEquals(Double.doubleToRawLongBits(a.dot(b)), Double.doubleToRawLongBits(b.dotDense(dense)));
            a.clearFrom(dense);
            assertArrayEquals(new double[TERMS], dense);
        }
    }

    @Test
    @DisplayName("heaviest picks the k heaviest allowed terms, ties by id, as a full sort would")
    void heaviestIsTheTopOfASort() {
        Random random = new Random(6);
        double[] idf = new double[TERMS];
        Arrays.fill(idf, 1.0); // weights are the counts, scaled: many ties
        for (int round = 0; round < 500; round++) {
            int[] ids = IntStream.range(0, TERMS).filter(t -> random.nextInt(4) == 0).toArray();
            double[] counts = new double[ids.length];
            for (int c = 0; c < ids.length; c++) {
                counts[c] = 1 + random.nextInt(4);
            }
            int k = 1 + random.nextInt(12);
            Integer[] order = IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (x, y) -> counts[x] != counts[y] ? Double.compare(counts[y], counts[x])
                    : Integer.compare(ids[x], ids[y]));
            int[] expected = Arrays.stream(order).mapToInt(x -> ids[x]).filter(t -> t % 3 != 0).limit(k).toArray();
            assertArrayEquals(expected, SparseVector.of(ids, counts, idf).heaviest(k, t -> t % 3 != 0));
        }
    }
}
