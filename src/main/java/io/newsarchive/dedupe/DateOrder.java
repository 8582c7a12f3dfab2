package io.newsarchive.dedupe;

import io.newsarchive.model.ArticleDate;

/**
 * {@link ArticleDate}'s natural order (day, then time of day, then untimed before timed) as two plain numbers, for
 * sorting many articles. The JDK's {@code Comparator.comparing} chains are slow here: one lambda class serves every
 * chain in the program, so its calls cannot be inlined.
 */
final class DateOrder {
    private DateOrder() {
    }

    static long day(ArticleDate date) {
        return date.day().toEpochDay();
    }

    /** The time of day, then untimed before timed, as one number. */
    static long time(ArticleDate date) {
        return date.time().toNanoOfDay() * 2 + (date.hasTime() ? 1 : 0);
    }

    /** Same sign as {@code a.compareTo(b)}. */
    static int compare(ArticleDate a, ArticleDate b) {
        int c = Long.compare(day(a), day(b));
        return c != 0 ? c : Long.compare(time(a), time(b));
    }
}
