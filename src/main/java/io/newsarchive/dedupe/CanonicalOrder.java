package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * {@link CanonicalChoice#ORDER} over a list of articles by index, to pick the canonical version of many groups
 * cheaply. The agency test and the date are turned into numbers once per article; the word count, which walks the
 * whole body, only for an article that a comparison reaches it for (same agency status, same date as the other).
 */
final class CanonicalOrder {
    private final List<Article> articles;
    /** Agency's own copy first (0, 1), then dated first (even before odd). */
    private final int[] group;
    private final long[] day;
    private final long[] time;
    /** Word counts, -1 until a comparison needs one. */
    private final int[] words;

    private CanonicalOrder(List<Article> articles, int[] group, long[] day, long[] time, int[] words) {
        this.articles = articles;
        this.group = group;
        this.day = day;
        this.time = time;
        this.words = words;
    }

    static CanonicalOrder of(List<Article> articles, ForkJoinPool pool) {
        int n = articles.size();
        int[] group = new int[n];
        long[] day = new long[n];
        long[] time = new long[n];
        PoolTasks.run(pool, () -> IntStream.range(0, n).parallel().forEach(i -> {
            Article a = articles.get(i);
            group[i] = (CanonicalChoice.isAgencyOwnCopy(a) ? 0 : 2) + (a.date().isPresent() ? 0 : 1);
            day[i] = DateOrder.day(a.date());
            time[i] = DateOrder.time(a.date());
        }));
        int[] words = new int[n];
        Arrays.fill(words, -1);
        return new CanonicalOrder(articles, group, day, time, words);
    }

    /** The same order over {@code articles.get(indexes[k])}, k = 0, 1, …, keeping the word counts known so far. */
    CanonicalOrder select(int[] indexes) {
        int n = indexes.length;
        int[] g = new int[n];
        long[] d = new long[n];
        long[] t = new long[n];
        int[] w = new int[n];
        Article[] selected = new Article[n];
        for (int k = 0; k < n; k++) {
            int i = indexes[k];
            g[k] = group[i];
            d[k] = day[i];
            t[k] = time[i];
            w[k] = words[i];
            selected[k] = articles.get(i);
        }
        return new CanonicalOrder(List.of(selected), g, d, t, w);
    }

    /** The first of {@code members} (indexes) in the order; of equal ones, the earliest in the list. */
    int first(List<Integer> members) {
        int first = members.get(0);
        for (int m : members) {
            if (compare(m, first) < 0) {
                first = m;
            }
        }
        return first;
    }

    /** Same sign as {@code CanonicalChoice.ORDER.compare(articles.get(x), articles.get(y))}. */
    int compare(int x, int y) {
        if (x == y) {
            return 0; // and no word count for it
        }
        if (group[x] != group[y]) {
            return Integer.compare(group[x], group[y]);
        }
        if (day[x] != day[y]) {
            return Long.compare(day[x], day[y]);
        }
        if (time[x] != time[y]) {
            return Long.compare(time[x], time[y]);
        }
        int wordsX = words(x);
        int wordsY = words(y);
        if (wordsX != wordsY) {
            return Integer.compare(wordsY, wordsX); // the most complete text first
        }
        return articles.get(x).id().compareTo(articles.get(y).id());
    }

    private int words(int i) {
        int known = words[i];
        if (known < 0) {
            // threads may race to count the same article: they all write the same number, and an int write is
            // atomic, so a reader sees -1 (and counts again) or the count
            known = articles.get(i).wordCount();
            words[i] = known;
        }
        return known;
    }
}
