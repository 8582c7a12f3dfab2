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

    /**
     * The copy clusters found: each a list of article indexes, canonical first; the decisions on candidate pairs;
     * and what was worked out per article and per pair, for a {@link GroupingMemo}.
     *
     * @param sizes    each article's shingle count
     * @param bandKeys {@code bandKeys[band][article]}
     * @param pairs    the pairs whose shared shingles were counted or recalled ({@code x << 32 | y}), perhaps twice
     * @param shared   their shared shingle counts
     */
    record Result(List<List<Integer>> clusters, List<Decision> decisions, int[] sizes, long[][] bandKeys,
                  long[] pairs, int[] shared) {
    }

    private final DedupeSettings settings;
    private final ForkJoinPool pool;

    CopyDetector(DedupeSettings settings, ForkJoinPool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /**
     * @param order    {@link CanonicalChoice#ORDER} over {@code articles}
     * @param recalled an earlier build's work on these articles: an article's shingle count and band keys, and a
     *                 pair's shared shingles, follow from the article or the pair alone, so they are taken as kept
     */
    Result detect(List<Article> articles, CanonicalOrder order, GroupingMemo.Recalled recalled) {
        // each text is shingled once: the sets give the MinHash signatures (hashed into LSH band keys at once, so
        // no signature is kept), then verify the candidates. An article whose count and keys are recalled is not
        // shingled here; its set is made only if it meets a partner it has not been compared with before.
        int n = articles.size();
        int[] sizes = new int[n];
        long[][] bandKeys = new long[BANDS][n];
        boolean[] known = new boolean[n];
        for (int i = 0; i < n; i++) {
            GroupingMemo.ArticleWork w = recalled.article(i);
            if (w != null && (w.bandKeys() == null ? w.shingles() < settings.minShingles()
                    : w.bandKeys().length == BANDS)) {
                known[i] = true;
                sizes[i] = w.shingles();
                if (w.bandKeys() != null) {
                    for (int band = 0; band < BANDS; band++) {
                        bandKeys[band][i] = w.bandKeys()[band];
                    }
                }
            }
        }
        int[] fresh = IntStream.range(0, n).filter(i -> !known[i]).toArray();
        ShingleSets shingles = ShingleSets.of(articles, fresh, settings.shingleWords(), pool, (i, signature) -> {
            for (int band = 0; band < BANDS; band++) {
                bandKeys[band][i] = bandKey(signature, band);
            }
        });
        for (int i : fresh) {
            sizes[i] = shingles.size(i);
        }
        Pairs pairs = new Pairs(sizes, shingles, recalled);
        long[] candidates = candidatePairs(sizes, bandKeys);
        int[] shared = new int[candidates.length];
        Decision[] verdicts = new Decision[candidates.length];
        run(() -> IntStream.range(0, candidates.length).parallel().forEach(c -> {
            int x = (int) (candidates[c] >>> 32);
            int y = (int) candidates[c];
            shared[c] = pairs.shared(x, y);
            verdicts[c] = verdict(articles, sizes, x, y, shared[c]);
        }));
        UnionFind uf = new UnionFind(articles.size());
        for (int c = 0; c < candidates.length; c++) {
            if (verdicts[c].joined()) {
                uf.union((int) (candidates[c] >>> 32), (int) candidates[c]);
            }
        }
        // groups split independently, so in parallel; their clusters are then listed in group order
        List<List<Integer>> groups = uf.groups();
        List<List<List<Integer>>> splits = new ArrayList<>(Collections.nCopies(groups.size(), null));
        PairCounts[] counted = new PairCounts[groups.size()];
        run(() -> IntStream.range(0, groups.size()).parallel().forEach(g -> {
            counted[g] = new PairCounts();
            splits.set(g, split(articles, order, groups.get(g), pairs, counted[g]));
        }));
        List<List<Integer>> clusters = new ArrayList<>();
        splits.forEach(clusters::addAll);
        PairCounts all = new PairCounts();
        for (int c = 0; c < candidates.length; c++) {
            all.add(candidates[c], shared[c]);
        }
        for (PairCounts p : counted) {
            for (int k = 0; k < p.size; k++) {
                all.add(p.pairs[k], p.shared[k]);
            }
        }
        return new Result(clusters, Arrays.asList(verdicts), sizes, bandKeys, Arrays.copyOf(all.pairs, all.size),
                Arrays.copyOf(all.shared, all.size));
    }

    /**
     * Each member stays only if it is itself a copy of the cluster's canonical version; the others form a cluster
     * of their own (checked the same way), or stand alone.
     */
    private List<List<Integer>> split(List<Article> articles, CanonicalOrder order, List<Integer> group,
                                      Pairs pairs, PairCounts counted) {
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
                int shared = pairs.shared(canonical, m);
                counted.add((long) canonical << 32 | m, shared);
                if (verdict(articles, pairs.sizes, canonical, m, shared).joined()) {
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

    /**
     * The shingles two articles share: recalled when an earlier build counted them (the count follows from the two
     * texts alone), else counted on their sets; -1 when either text is too short to compare.
     */
    private final class Pairs {
        final int[] sizes;
        final ShingleSets sets;
        final GroupingMemo.Recalled recalled;

        Pairs(int[] sizes, ShingleSets sets, GroupingMemo.Recalled recalled) {
            this.sizes = sizes;
            this.sets = sets;
            this.recalled = recalled;
        }

        int shared(int x, int y) {
            if (Math.min(sizes[x], sizes[y]) < settings.minShingles()) {
                return -1;
            }
            int known = recalled.sharedShingles(x, y);
            return known >= 0 ? known : sets.shared(x, y);
        }
    }

    /** Pairs with their shared shingle counts, as they are met. */
    private static final class PairCounts {
        long[] pairs = new long[8];
        int[] shared = new int[8];
        int size;

        void add(long pair, int count) {
            if (count < 0) {
                return; // too short to compare: nothing was counted
            }
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
                shared = Arrays.copyOf(shared, size * 2);
            }
            pairs[size] = pair;
            shared[size++] = count;
        }
    }

    /**
     * Are articles {@code x} and {@code y} copies? Shared shingles against the smaller set and the union.
     *
     * @param shared their shared shingles, -1 when a text is too short to compare
     */
    Decision verdict(List<Article> articles, int[] sizes, int x, int y, int shared) {
        Article a = articles.get(x);
        Article b = articles.get(y);
        int sizeA = sizes[x];
        int sizeB = sizes[y];
        int small = Math.min(sizeA, sizeB);
        if (small < settings.minShingles()) {
            return new Decision(a.id(), b.id(), Decision.Relation.COPY, 0, 0, false, "text too short to compare");
        }
        double containment = (double) shared / small;
        double jaccard = (double) shared / (sizeA + sizeB - shared);
        boolean copy = jaccard >= settings.copyJaccardAlone()
                || containment >= settings.copyContainment() && jaccard >= settings.copyJaccard();
        String reason = copy ? "near-identical text" : "texts differ";
        return new Decision(a.id(), b.id(), Decision.Relation.COPY, containment, jaccard, copy, reason);
    }

    /** Candidate pairs (i < j, packed as i << 32 | j), sorted, without duplicates. */
    private long[] candidatePairs(int[] sizes, long[][] bandKeys) {
        int n = sizes.length;
        boolean[] comparable = new boolean[n];
        for (int i = 0; i < n; i++) {
            comparable[i] = sizes[i] >= settings.minShingles();
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
