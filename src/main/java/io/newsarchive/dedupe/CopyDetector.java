package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Finds syndicated copies: near-identical texts. Candidates come from LSH banding over MinHash signatures, so
 * all pairs are never compared; every candidate is then verified on its real shingle sets, with containment as
 * well as Jaccard so a copy trimmed to half its length still matches. Clusters are built from verified edges
 * only, and every member is checked against its cluster's canonical version, so a chain A≈B≈C with A≉C does not
 * glue unrelated texts.
 */
final class CopyDetector {
    static final int BANDS = 42;
    static final int ROWS = 3;
    /** A band bucket larger than this is a mass of copies; its members are linked to one member, not each other. */
    static final int MAX_BUCKET_PAIRS = 64;

    /** The copy clusters found: each a list of article indexes, canonical first. */
    record Result(List<List<Integer>> clusters, List<Decision> decisions) {
    }

    private final DedupeSettings settings;
    private final ForkJoinPool pool;

    CopyDetector(DedupeSettings settings, ForkJoinPool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /** @param order {@link CanonicalChoice#ORDER} over {@code articles} */
    Result detect(List<Article> articles, CanonicalOrder order) {
        // each text is shingled once: the sets give the MinHash signatures (hashed into LSH band keys at once, so
        // no signature is kept), then verify the candidates
        int n = articles.size();
        long[][] bandKeys = new long[BANDS][n];
        ShingleSets shingles = ShingleSets.of(articles, settings.shingleWords(), pool, (i, signature) -> {
            for (int band = 0; band < BANDS; band++) {
                bandKeys[band][i] = bandKey(signature, band);
            }
        });
        long[] candidates = candidatePairs(shingles, bandKeys);
        Decision[] verdicts = new Decision[candidates.length];
        run(() -> IntStream.range(0, candidates.length).parallel().forEach(c ->
                verdicts[c] = verify(articles, shingles, (int) (candidates[c] >>> 32), (int) candidates[c])));
        UnionFind uf = new UnionFind(articles.size());
        for (int c = 0; c < candidates.length; c++) {
            if (verdicts[c].joined()) {
                uf.union((int) (candidates[c] >>> 32), (int) candidates[c]);
            }
        }
        // groups split independently, so in parallel; their clusters are then listed in group order
        List<List<Integer>> groups = uf.groups();
        List<List<List<Integer>>> splits = new ArrayList<>(Collections.nCopies(groups.size(), null));
        run(() -> IntStream.range(0, groups.size()).parallel().forEach(g ->
                splits.set(g, split(articles, order, groups.get(g), shingles))));
        List<List<Integer>> clusters = new ArrayList<>();
        splits.forEach(clusters::addAll);
        return new Result(clusters, Arrays.asList(verdicts));
    }

    /**
     * Each member stays only if it is itself a copy of the cluster's canonical version; the others form a cluster
     * of their own (checked the same way), or stand alone.
     */
    private List<List<Integer>> split(List<Article> articles, CanonicalOrder order, List<Integer> group,
                                      ShingleSets shingles) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> rest = new ArrayList<>(group);
        while (rest.size() > 1) {
            int canonical = order.first(rest);
            List<Integer> kept = new ArrayList<>();
            List<Integer> dropped = new ArrayList<>();
            kept.add(canonical);
            for (int m : rest) {
                if (m == canonical) {
                    continue;
                }
                if (verify(articles, shingles, canonical, m).joined()) {
                    kept.add(m);
                } else {
                    dropped.add(m);
                }
            }
            if (kept.size() > 1) {
                out.add(kept);
            }
            rest = dropped;
        }
        return out;
    }

    /** Are articles {@code x} and {@code y} copies? Shared shingles against the smaller set and the union. */
    Decision verify(List<Article> articles, ShingleSets shingles, int x, int y) {
        Article a = articles.get(x);
        Article b = articles.get(y);
        int sizeA = shingles.size(x);
        int sizeB = shingles.size(y);
        int small = Math.min(sizeA, sizeB);
        if (small < settings.minShingles()) {
            return new Decision(a.id(), b.id(), Decision.Relation.COPY, 0, 0, false, "text too short to compare");
        }
        int shared = shingles.shared(x, y);
        double containment = (double) shared / small;
        double jaccard = (double) shared / (sizeA + sizeB - shared);
        boolean copy = jaccard >= settings.copyJaccardAlone()
                || containment >= settings.copyContainment() && jaccard >= settings.copyJaccard();
        String reason = copy ? "near-identical text" : "texts differ";
        return new Decision(a.id(), b.id(), Decision.Relation.COPY, containment, jaccard, copy, reason);
    }

    /** Candidate pairs (i < j, packed as i << 32 | j), sorted, without duplicates. */
    private long[] candidatePairs(ShingleSets shingles, long[][] bandKeys) {
        int n = shingles.articles();
        boolean[] comparable = new boolean[n];
        for (int i = 0; i < n; i++) {
            comparable[i] = shingles.size(i) >= settings.minShingles();
        }
        long[][] bandPairs = new long[BANDS][];
        run(() -> IntStream.range(0, BANDS).parallel().forEach(band ->
                bandPairs[band] = bandPairs(bandKeys[band], comparable)));
        return PairSets.union(bandPairs, pool);
    }

    /** The hash of one band's rows of a signature: articles with equal keys share that band's bucket. */
    private static long bandKey(int[] signature, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            h = Shingles.mix(h ^ (signature[band * ROWS + r] & 0xFFFFFFFFL));
        }
        return h;
    }

    /**
     * The pairs of one band: articles whose keys in this band are equal share a bucket. The keys are uniform
     * hashes, so a counting pass on their top bits puts them in order but for neighbours, and an insertion sort
     * finishes; both are stable, so a bucket's members stay in ascending index order.
     */
    private static long[] bandPairs(long[] keys, boolean[] comparable) {
        int n = keys.length;
        int m = 0;
        for (int i = 0; i < n; i++) {
            m += comparable[i] ? 1 : 0;
        }
        int bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(m, 2)));
        int[] start = new int[(1 << bits) + 1];
        for (int i = 0; i < n; i++) {
            if (comparable[i]) {
                start[topBits(keys[i], bits) + 1]++;
            }
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        long[] sortedKeys = new long[m];
        int[] members = new int[m];
        for (int i = 0; i < n; i++) {
            if (comparable[i]) {
                int at = start[topBits(keys[i], bits)]++;
                sortedKeys[at] = keys[i];
                members[at] = i;
            }
        }
        for (int s = 1; s < m; s++) {
            long key = sortedKeys[s];
            int member = members[s];
            int t = s - 1;
            while (t >= 0 && sortedKeys[t] > key) {
                sortedKeys[t + 1] = sortedKeys[t];
                members[t + 1] = members[t];
                t--;
            }
            sortedKeys[t + 1] = key;
            members[t + 1] = member;
        }
        long[] pairs = new long[16];
        int p = 0;
        for (int first = 0; first < m; ) {
            int end = first + 1;
            while (end < m && sortedKeys[end] == sortedKeys[first]) {
                end++;
            }
            int size = end - first;
            for (int x = first; x < end; x++) {
                // a huge bucket links each member to its first few neighbours only: enough to connect the cluster
                int limit = size > MAX_BUCKET_PAIRS ? Math.min(end, x + 2) : end;
                for (int y = x + 1; y < limit; y++) {
                    if (p + 1 >= pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[p++] = ((long) members[x] << 32) | members[y];
                }
            }
            first = end;
        }
        return Arrays.copyOf(pairs, p);
    }

    /** The top bits of a key, in signed order (the sign bit flipped makes unsigned order agree with signed). */
    private static int topBits(long key, int bits) {
        return (int) ((key ^ Long.MIN_VALUE) >>> (64 - bits));
    }

    private void run(Runnable task) {
        PoolTasks.run(pool, task);
    }
}
