package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
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
    /**
     * What the order looks at, computed once per article: the word count walks the whole body and the agency test
     * lower-cases three strings, too slow to redo in every comparison.
     */
    private record Key(boolean agencyOwnCopy, ArticleDate date, int wordCount, String id) {
        static Key of(Article a) {
            return new Key(isAgencyOwnCopy(a), a.date(), a.wordCount(), a.id());
        }
    }

    private static final Comparator<Key> KEY_ORDER = Comparator
            .comparing((Key k) -> k.agencyOwnCopy() ? 0 : 1)
            .thenComparing(k -> k.date().isPresent() ? 0 : 1)
            .thenComparing(Key::date)
            .thenComparing(Key::wordCount, Comparator.reverseOrder())
            .thenComparing(Key::id);

    public static final Comparator<Article> ORDER = Comparator.comparing(Key::of, KEY_ORDER);

    private CanonicalChoice() {
    }

    public static Article choose(List<Article> versions) {
        return versions.stream().min(ORDER).orElseThrow();
    }

    /**
     * Each article's place in {@link #ORDER} (0 = first) among {@code articles}, so the canonical member of any
     * group is the one of least rank. Articles that tie (equal ids) rank by their index.
     */
    static int[] ranks(List<Article> articles, ForkJoinPool pool) {
        int n = articles.size();
        Key[] keys = new Key[n];
        PoolTasks.run(pool, () -> IntStream.range(0, n).parallel().forEach(i -> keys[i] = Key.of(articles.get(i))));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> KEY_ORDER.compare(keys[x], keys[y])); // stable: ties keep index order
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
