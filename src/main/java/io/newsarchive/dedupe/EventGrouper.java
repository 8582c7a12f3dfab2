package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** Parallel work is cut into this many pieces per thread, so a slow piece does not leave a thread idle. */
    private static final int CHUNKS_PER_THREAD = 8;

    /**
     * @param groups    the groups of two or more, after splitting
     * @param decisions the decisions on candidate pairs
     * @param joined    the groups as joined, before splitting, each in the canonical order: all that splitting reads
     *                  of that order, so a grouping that read the same terms and dates splits alike if its order
     *                  sorts each the same way
     */
    record Result(List<List<Integer>> groups, List<Decision> decisions, List<List<Integer>> joined) {
    }

    private final DedupeSettings settings;
    private final ForkJoinPool pool;

    EventGrouper(DedupeSettings settings, ForkJoinPool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /**
     * @param reps each copy cluster's canonical version
     * @param order {@link CanonicalChoice#ORDER} over {@code reps}
     * @param prints  null, or each version's {@link EventTerms#print} where known: the others' are filled in
     */
    Result group(List<Article> reps, CanonicalOrder order, long[][] prints) {
        int n = reps.size();
        TermVectors terms = termVectors(reps, prints);
        SparseVector[] vectors = terms.vectors();
        Dates dates = Dates.of(reps);
        long[] candidates = candidates(dates, vectors, terms.df(), n);
        double[] scores = cosines(vectors, candidates, terms.df().length);

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
            if (dates.dated(a) && dates.dated(b)) {
                long days = dates.daysApart(a, b);
                boolean joined = days <= settings.storyWindowDays() && s >= settings.storySimilarity();
                if (s >= settings.storySimilarity() / 2) {
                    decisions.add(new Decision(reps.get(a).id(), reps.get(b).id(), Decision.Relation.SAME_STORY, s,
                            days, joined, joined ? "same event" : days > settings.storyWindowDays()
                            ? "dates too far apart" : "not similar enough"));
                }
                if (joined) {
                    uf.union(a, b);
                }
            } else if (dates.dated(a) || dates.dated(b)) {
                // one side undated: remember its best and second-best dated matches (two undated never join)
                int undated = dates.dated(a) ? b : a;
                if (s > best[undated]) {
                    second[undated] = best[undated];
                    best[undated] = s;
                    bestOf[undated] = undated == a ? b : a;
                } else if (s > second[undated]) {
                    second[undated] = s;
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
        List<List<Integer>> joined = new ArrayList<>();
        for (List<Integer> g : uf.groups()) {
            split(order, dates, vectors, g, groups);
            List<Integer> inOrder = new ArrayList<>(g);
            inOrder.sort(order::compare);
            joined.add(List.copyOf(inOrder));
        }
        return new Result(groups, decisions, joined);
    }

    /** Every report as a unit tf-idf vector, and each term's document frequency (by term id). */
    private record TermVectors(SparseVector[] vectors, int[] df) {
    }

    private TermVectors termVectors(List<Article> reps, long[][] prints) {
        int n = reps.size();
        // the terms themselves are held only while the vectors are made: kept through the grouping, they took a
        // 100,000-article build past a 1 GB heap
        EventTerms.Counted[] raw = new EventTerms.Counted[n];
        run(() -> IntStream.range(0, n).parallel().forEach(i -> {
            raw[i] = EventTerms.of(reps.get(i));
            if (prints != null && prints[i] == null) {
                prints[i] = EventTerms.print(raw[i]);
            }
        }));
        // Terms get ids in sorted order (reproducible); each vector is sorted ids with their weights, so a
        // cosine is one merge of two short arrays.
        Vocabulary vocabulary = Vocabulary.of(raw, pool);
        double[] idf = new double[vocabulary.df().length];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = idf(n, vocabulary.df()[t]);
        }
        SparseVector[] vectors = new SparseVector[n];
        run(() -> IntStream.range(0, n).parallel().forEach(i -> vectors[i] = vector(raw[i], vocabulary.ids()[i], idf)));
        return new TermVectors(vectors, vocabulary.df());
    }

    /** Members must be near the group's canonical version in time and words, or they are split off. */
    private void split(CanonicalOrder order, Dates dates, SparseVector[] vectors, List<Integer> group,
                       List<List<Integer>> out) {
        List<Integer> rest = new ArrayList<>(group);
        while (rest.size() > 1) {
            int canonical = order.first(rest);
            List<Integer> kept = new ArrayList<>(List.of(canonical));
            List<Integer> dropped = new ArrayList<>();
            for (int m : rest) {
                if (m == canonical) {
                    continue;
                }
                boolean bothDated = dates.dated(m) && dates.dated(canonical);
                boolean near = !bothDated || dates.daysApart(m, canonical) <= 2L * settings.storyWindowDays();
                double least = bothDated ? settings.storySimilarity() * 0.6 : settings.storySimilarityUndated();
                boolean alike = vectors[m].dot(vectors[canonical]) >= least;
                (near && alike ? kept : dropped).add(m);
            }
            if (kept.size() > 1) {
                out.add(kept);
            }
            rest = dropped;
        }
    }

    /**
     * The cosine of every candidate pair. Pairs come sorted by their first article, so its weights are spread once
     * into an array indexed by term id, and each partner's terms are looked up there: one pass over the partner
     * instead of a merge that branches at every step ({@link SparseVector#dotDense}: the same sums to the bit).
     */
    private double[] cosines(SparseVector[] vectors, long[] candidates, int terms) {
        double[] scores = new double[candidates.length];
        // candidates[runs[r] .. runs[r + 1]) share their first article
        int[] runs = IntStream.rangeClosed(0, candidates.length).filter(c -> c == 0 || c == candidates.length
                || candidates[c] >>> 32 != candidates[c - 1] >>> 32).toArray();
        int chunks = Math.min(runs.length - 1, CHUNKS_PER_THREAD * pool.getParallelism());
        run(() -> IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double[] dense = new double[terms];
            for (int r = (int) ((long) chunk * (runs.length - 1) / chunks);
                 r < (int) ((long) (chunk + 1) * (runs.length - 1) / chunks); r++) {
                SparseVector first = vectors[(int) (candidates[runs[r]] >>> 32)];
                first.spreadInto(dense);
                for (int c = runs[r]; c < runs[r + 1]; c++) {
                    scores[c] = vectors[(int) candidates[c]].dotDense(dense);
                }
                first.clearFrom(dense);
            }
        }));
        return scores;
    }

    /** An article's terms as a vector: ids sorted, so a cosine is one merge. */
    private static SparseVector vector(EventTerms.Counted terms, int[] termIds, double[] idf) {
        long[] packed = new long[termIds.length]; // id and position together, to sort both at once
        for (int t = 0; t < termIds.length; t++) {
            packed[t] = ((long) termIds[t] << 32) | t;
        }
        Arrays.sort(packed);
        int[] ids = new int[packed.length];
        double[] counts = new double[packed.length];
        for (int k = 0; k < packed.length; k++) {
            ids[k] = (int) (packed[k] >>> 32);
            counts[k] = terms.weights()[(int) packed[k]];
        }
        return SparseVector.of(ids, counts, idf);
    }

    /**
     * Pairs that both count one rare term among their heaviest ones, within the date window (undated articles pair
     * with all). Posting lists hold only the articles whose top terms include the term, so a term that is common in
     * the archive but central to few articles stays cheap.
     */
    private long[] candidates(Dates dates, SparseVector[] vectors, int[] df, int n) {
        int maxDf = Math.max(2, (int) (MAX_TERM_SHARE * n));
        int[][] top = new int[n][];
        run(() -> IntStream.range(0, n).parallel().forEach(i ->
                top[i] = vectors[i].heaviest(CANDIDATE_TERMS, t -> df[t] >= 2 && df[t] <= maxDf)));
        // posting lists, each in ascending article order: term t's are members[start[t] .. start[t + 1])
        int[] start = new int[df.length + 1];
        for (int[] terms : top) {
            for (int t : terms) {
                start[t + 1]++;
            }
        }
        for (int t = 0; t < df.length; t++) {
            start[t + 1] += start[t];
        }
        int[] members = new int[start[df.length]];
        int[] filled = Arrays.copyOf(start, df.length);
        for (int i = 0; i < n; i++) {
            for (int t : top[i]) {
                members[filled[t]++] = i;
            }
        }
        long[][] perTerm = new long[df.length][];
        run(() -> IntStream.range(0, df.length).parallel().forEach(t -> {
            int size = start[t + 1] - start[t];
            if (size >= 2 && size <= MAX_POSTING) {
                perTerm[t] = postingPairs(dates, Arrays.copyOfRange(members, start[t], start[t + 1]));
            }
        }));
        return PairSets.union(perTerm, pool);
    }

    /** The pairs of one posting list: in date order, each article with the next few inside the window. */
    private long[] postingPairs(Dates dates, int[] posting) {
        int[] byDate = dates.sortByDate(posting);
        long window = settings.storyWindowDays();
        long[] pairs = new long[16];
        int count = 0;
        for (int x = 0; x < byDate.length; x++) {
            int i = byDate[x];
            int limit = dates.dated(i) ? x + MAX_NEIGHBOURS : Integer.MAX_VALUE; // undated: all, for
            for (int y = x + 1; y < byDate.length && y <= limit; y++) {         // their best and runner-up
                int j = byDate[y];
                if (dates.dated(i) && dates.dated(j) && dates.daysApart(i, j) > window) {
                    break; // sorted by date: every later one is further away
                }
                if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, count * 2);
                }
                pairs[count++] = ((long) Math.min(i, j) << 32) | Math.max(i, j);
            }
        }
        return Arrays.copyOf(pairs, count);
    }

    /**
     * The reports' dates as numbers, looked up for every candidate pair.
     *
     * @param dated     whether each report has a date
     * @param epochDay  its day, as {@link java.time.LocalDate#toEpochDay()}
     * @param dateOrder its place when all are sorted by date (undated first), then index
     * @param atPlace   the report at each place: the inverse of {@code dateOrder}
     */
    private record Dates(boolean[] dated, long[] epochDay, int[] dateOrder, int[] atPlace) {
        static Dates of(List<Article> reps) {
            int n = reps.size();
            boolean[] dated = new boolean[n];
            long[] epochDay = new long[n];
            long[] time = new long[n];
            Integer[] byDate = new Integer[n];
            for (int i = 0; i < n; i++) {
                ArticleDate date = reps.get(i).date();
                dated[i] = date.isPresent();
                epochDay[i] = DateOrder.day(date);
                time[i] = DateOrder.time(date);
                byDate[i] = i;
            }
            // stable: ties keep index order
            Arrays.sort(byDate, (x, y) -> epochDay[x] != epochDay[y] ? Long.compare(epochDay[x], epochDay[y])
                    : Long.compare(time[x], time[y]));
            int[] dateOrder = new int[n];
            int[] atPlace = new int[n];
            for (int place = 0; place < n; place++) {
                dateOrder[byDate[place]] = place;
                atPlace[place] = byDate[place];
            }
            return new Dates(dated, epochDay, dateOrder, atPlace);
        }

        boolean dated(int report) {
            return dated[report];
        }

        long daysApart(int a, int b) {
            return Math.abs(epochDay[b] - epochDay[a]);
        }

        /** The reports in date order, ties by index. */
        int[] sortByDate(int[] reports) {
            int[] places = new int[reports.length];
            for (int k = 0; k < reports.length; k++) {
                places[k] = dateOrder[reports[k]];
            }
            Arrays.sort(places);
            for (int k = 0; k < places.length; k++) {
                places[k] = atPlace[places[k]];
            }
            return places;
        }
    }

    static double idf(int n, int df) {
        return Math.log((double) n / df);
    }

    private void run(Runnable task) {
        PoolTasks.run(pool, task);
    }
}
