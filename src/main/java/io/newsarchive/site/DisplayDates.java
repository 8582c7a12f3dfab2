package io.newsarchive.site;

import io.newsarchive.model.ArticleDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them: "15 July 2022, 21:38"; ISO stays in {@code datetime} attributes. */
final class DisplayDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private DisplayDates() {
    }

    static String display(ArticleDate date) {
        if (!date.isPresent()) {
            return "";
        }
        String day = date.day().format(DAY);
        return date.hasTime() ? day + ", " + date.time().format(TIME) : day;
    }

    /** "July 2022". */
    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    /** "July". */
    static String monthName(YearMonth month) {
        return month.format(MONTH_NAME);
    }
}
