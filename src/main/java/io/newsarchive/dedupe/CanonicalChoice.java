package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    /** An agency's own copy: Reuters' page of a "(Reuters)" story, IRNA's own "Tehran, IRNA –" report. */
    static boolean isAgencyOwnCopy(Article a) {
        String outlet = a.outlet().name().toLowerCase(Locale.ROOT);
        return !a.outlet().isUnknown() && (a.credit().toLowerCase(Locale.ROOT).equals(outlet)
                || !a.byline().isEmpty() && a.byline().toLowerCase(Locale.ROOT).contains(outlet));
    }
}
