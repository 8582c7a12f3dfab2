package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Groups different reports of one event: different outlets, different words, close in time. In a topical archive
 * every article names the same countries and leaders, so terms are weighted by how rare they are in the archive
 * (tf-idf over headline and lead), candidates come only from shared rare terms within the date window, and the
 * bar is high. An undated report joins only its single best dated match, when that match clearly beats the next;
 * two undated reports are never joined (nothing anchors them in time).
 */
final class EventGrouper {
    /** Terms per article used to find candidates: its rarest, heaviest ones. */
    static final int CANDIDATE_TERMS = 10;
    /** A term in more than this share of articles is too common to find candidates with. */
    static final double MAX_TERM_SHARE = 0.05;
    /** Posting lists are cut at this length so a common term cannot make the work quadratic. */
    static final int MAX_POSTING = 400;
    /**
     * In a posting list sorted by date, an article is paired with at most this many that follow it: the reports of
     * one event are few and close in time, and the bound keeps the work linear in a dense archive.
     */
    static final int MAX_NEIGHBOURS = 12;

    record Result(List<List<Integer>> groups, List<Decision> decisions) {
    }

    private final DedupeSettings settings;
    private final ForkJoinPool pool;

    EventGrouper(DedupeSettings settings, ForkJoinPool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /**
     * @param reps each copy cluster's canonical version
     * @param rank each one's place in {@link CanonicalChoice#ORDER} (any numbers in that order)
     */
    Result group(List<Article> reps, int[] rank) {
        int n = reps.size();
        List<Map<String, Double>> raw = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            raw.add(null);
        }
        run(() -> IntStream.range(0, n).parallel().forEach(i -> raw.set(i, EventTerms.of(reps.get(i)))));
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> terms : raw) {
            for (String t : terms.keySet()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        // Terms get ids in sorted order (reproducible); each vector is sorted ids with their weights, so a
        // cosine is one merge of two short arrays.
        String[] vocabulary = df.keySet().stream().sorted().toArray(String[]::new);
        Map<String, Integer> termId = new HashMap<>(vocabulary.length * 2);
        for (int t = 0; t < vocabulary.length; t++) {
            termId.put(vocabulary[t], t);
        }
        List<SparseVector> vectors = new ArrayList<>(n);
        for (Map<String, Double> terms : raw) {
            vectors.add(SparseVector.of(terms, termId, t -> idf(n, df.get(t))));
        }
        long[] candidates = candidates(reps, vectors, df, vocabulary, n);
        double[] scores = new double[candidates.length];
        run(() -> IntStream.range(0, candidates.length).parallel().forEach(c ->
                scores[c] = vectors.get((int) (candidates[c] >>> 32)).dot(vectors.get((int) candidates[c]))));

        UnionFind uf = new UnionFind(n);
        List<Decision> decisions = new ArrayList<>();
        // Undated articles: remember their best and second-best matches.
        double[] best = new double[n];
        double[] second = new double[n];
        int[] bestOf = new int[n];
        Arrays.fill(bestOf, -1);
        for (int c = 0; c < candidates.length; c++) {
            int a = (int) (candidates[c] >>> 32);
            int b = (int) candidates[c];
            double s = scores[c];
            Article x = reps.get(a);
            Article y = reps.get(b);
            if (x.date().isPresent() && y.date().isPresent()) {
                long days = Math.abs(ChronoUnit.DAYS.between(x.date().day(), y.date().day()));
                boolean joined = days <= settings.storyWindowDays() && s >= settings.storySimilarity();
                if (s >= settings.storySimilarity() / 2) {
                    decisions.add(new Decision(x.id(), y.id(), Decision.Relation.SAME_STORY, s, days, joined,
                            joined ? "same event" : days > settings.storyWindowDays() ? "dates too far apart"
                                    : "not similar enough"));
                }
                if (joined) {
                    uf.union(a, b);
                }
            } else if (x.date().isPresent() || y.date().isPresent()) {
                // one side undated: remember its best and second-best dated matches (two undated never join)
                for (int[] side : new int[][] {{a, b}, {b, a}}) {
                    if (!reps.get(side[0]).date().isPresent()) {
                        if (s > best[side[0]]) {
                            second[side[0]] = best[side[0]];
                            best[side[0]] = s;
                            bestOf[side[0]] = side[1];
                        } else if (s > second[side[0]]) {
                            second[side[0]] = s;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (bestOf[i] < 0) {
                continue;
            }
            boolean joined = best[i] >= settings.storySimilarityUndated()
                    && best[i] >= settings.storyMargin() * second[i];
            if (best[i] >= settings.storySimilarityUndated() / 2) {
                decisions.add(new Decision(reps.get(i).id(), reps.get(bestOf[i]).id(), Decision.Relation.SAME_STORY,
                        best[i], second[i], joined, joined ? "undated; its clear best match"
                                : best[i] < settings.storySimilarityUndated() ? "undated; not similar enough"
                                : "undated; no clear best match"));
            }
            if (joined) {
                uf.union(i, bestOf[i]);
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> g : uf.groups()) {
            split(reps, rank, vectors, g, groups);
        }
        return new Result(groups, decisions);
    }

    /** Members must be near the group's canonical version in time and words, or they are split off. */
    private void split(List<Article> reps, int[] rank, List<SparseVector> vectors, List<Integer> group,
                       List<List<Integer>> out) {
        List<Integer> rest = new ArrayList<>(group);
        while (rest.size() > 1) {
            int canonical = rest.get(0);
            for (int m : rest) {
                if (rank[m] < rank[canonical]) {
                    canonical = m;
                }
            }
            Article c = reps.get(canonical);
            List<Integer> kept = new ArrayList<>(List.of(canonical));
            List<Integer> dropped = new ArrayList<>();
            for (int m : rest) {
                if (m == canonical) {
                    continue;
                }
                Article a = reps.get(m);
                boolean near = !a.date().isPresent() || !c.date().isPresent()
                        || Math.abs(ChronoUnit.DAYS.between(a.date().day(), c.date().day()))
                        <= 2L * settings.storyWindowDays();
                double least = a.date().isPresent() && c.date().isPresent()
                        ? settings.storySimilarity() * 0.6 : settings.storySimilarityUndated();
                boolean alike = vectors.get(m).dot(vectors.get(canonical)) >= least;
                (near && alike ? kept : dropped).add(m);
            }
            if (kept.size() > 1) {
                out.add(kept);
            }
            rest = dropped;
        }
    }

    /**
     * Pairs that both count one rare term among their heaviest ones, within the date window (undated articles pair
     * with all). Posting lists hold only the articles whose top terms include the term, so a term that is common in
     * the archive but central to few articles stays cheap.
     */
    private long[] candidates(List<Article> reps, List<SparseVector> vectors, Map<String, Integer> df,
                              String[] vocabulary, int n) {
        int maxDf = Math.max(2, (int) (MAX_TERM_SHARE * n));
        Map<Integer, List<Integer>> postings = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (int term : vectors.get(i).heaviest(CANDIDATE_TERMS, t -> {
                int f = df.get(vocabulary[t]);
                return f >= 2 && f <= maxDf;
            })) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        long window = settings.storyWindowDays();
        long[] pairs = new long[1024];
        int count = 0;
        for (List<Integer> p : postings.values()) {
            if (p.size() < 2 || p.size() > MAX_POSTING) {
                continue;
            }
            List<Integer> byDate = new ArrayList<>(p);
            byDate.sort(Comparator.comparing((Integer i) -> reps.get(i).date()).thenComparing(i -> i));
            for (int x = 0; x < byDate.size(); x++) {
                Article a = reps.get(byDate.get(x));
                int limit = a.date().isPresent() ? x + MAX_NEIGHBOURS : Integer.MAX_VALUE; // undated: all, for
                for (int y = x + 1; y < byDate.size() && y <= limit; y++) {          // their best and runner-up
                    Article b = reps.get(byDate.get(y));
                    if (a.date().isPresent() && b.date().isPresent()
                            && ChronoUnit.DAYS.between(a.date().day(), b.date().day()) > window) {
                        break; // sorted by date: every later one is further away
                    }
                    int i = byDate.get(x);
                    int j = byDate.get(y);
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, count * 2);
                    }
                    pairs[count++] = ((long) Math.min(i, j) << 32) | Math.max(i, j);
                }
            }
        }
        long[] out = Arrays.copyOf(pairs, count);
        Arrays.sort(out);
        int unique = 0;
        for (int k = 0; k < out.length; k++) {
            if (k == 0 || out[k] != out[k - 1]) {
                out[unique++] = out[k];
            }
        }
        return Arrays.copyOf(out, unique);
    }

    static double idf(int n, int df) {
        return Math.log((double) n / df);
    }

    private void run(Runnable task) {
        PoolTasks.run(pool, task);
    }
}
