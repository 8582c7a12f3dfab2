package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Which version of a story readers see first, in a fixed order: the originating agency's own copy (its credit or
 * byline names its own outlet), then the earliest date, then the most complete text, then the smallest id. The
 * order depends on the articles alone, so the choice is the same whatever the file order or thread count.
 */
public final class CanonicalChoice {
    public static final Comparator<Article> ORDER = Comparator
            .comparing((Article a) -> isAgencyOwnCopy(a) ? 0 : 1)
            .thenComparing(a -> a.date().isPresent() ? 0 : 1)
            .thenComparing(Article::date)
            .thenComparing(Article::wordCount, Comparator.reverseOrder())
            .thenComparing(Article::id);

    private CanonicalChoice() {
    }

    public static Article choose(List<Article> versions) {
        return versions.stream().min(ORDER).orElseThrow();
    }

    /**
     * Each article's place in {@link #ORDER} (0 = first) among {@code articles}, so the canonical member of any
     * group is the one of least rank. Articles that tie (equal ids) rank by their index. Word counts, the costly
     * part of the order, are computed only for articles whose agency test and date tie with another's.
     */
    static int[] ranks(List<Article> articles, ForkJoinPool pool) {
        int n = articles.size();
        // ORDER up to the date, as numbers: what can be known about an article without walking its whole body
        int[] group = new int[n]; // agency's own copy first, then dated first
        long[] day = new long[n];
        long[] time = new long[n];
        PoolTasks.run(pool, () -> IntStream.range(0, n).parallel().forEach(i -> {
            Article a = articles.get(i);
            group[i] = (isAgencyOwnCopy(a) ? 0 : 2) + (a.date().isPresent() ? 0 : 1);
            day[i] = DateOrder.day(a.date());
            time[i] = DateOrder.time(a.date());
        }));
        Comparator<Integer> byHead = (x, y) -> group[x] != group[y] ? Integer.compare(group[x], group[y])
                : day[x] != day[y] ? Long.compare(day[x], day[y]) : Long.compare(time[x], time[y]);
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, byHead); // stable: ties keep index order

        int[] words = new int[n];
        int[] tied = IntStream.range(0, n).filter(r -> r > 0 && byHead.compare(order[r], order[r - 1]) == 0
                || r + 1 < n && byHead.compare(order[r], order[r + 1]) == 0).map(r -> order[r]).toArray();
        PoolTasks.run(pool, () -> Arrays.stream(tied).parallel().forEach(i -> words[i] = articles.get(i).wordCount()));
        Comparator<Integer> byWordsThenId = (x, y) -> words[x] != words[y] ? Integer.compare(words[y], words[x])
                : articles.get(x).id().compareTo(articles.get(y).id());
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && byHead.compare(order[end], order[start]) == 0) {
                end++;
            }
            if (end - start > 1) {
                Arrays.sort(order, start, end, byWordsThenId);
            }
            start = end;
        }
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** An agency's own copy: Reuters' page of a "(Reuters)" story, IRNA's own "Tehran, IRNA –" report. */
    static boolean isAgencyOwnCopy(Article a) {
        String outlet = a.outlet().name().toLowerCase(Locale.ROOT);
        return !a.outlet().isUnknown() && (a.credit().toLowerCase(Locale.ROOT).equals(outlet)
                || !a.byline().isEmpty() && a.byline().toLowerCase(Locale.ROOT).contains(outlet));
    }
}
