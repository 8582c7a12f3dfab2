package io.newsarchive.site;

import io.newsarchive.model.ArticleDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them: "15 July 2022, 21:38"; ISO stays in {@code datetime} attributes. */
final class DisplayDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private DisplayDates() {
    }

    /** The month names DAY prints, taken from it once: every page shows dates, and the formatter is slow. */
    private static final String[] MONTH_NAMES = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(m -> YearMonth.of(2000, m).format(MONTH_NAME)).toArray(String[]::new);

    static String display(ArticleDate date) {
        if (!date.isPresent()) {
            return "";
        }
        String day = day(date.day());
        if (!date.hasTime()) {
            return day;
        }
        java.time.LocalTime t = date.time();
        return day + ", " + twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute()); // as "HH:mm" prints it
    }

    /** As DAY prints it; years it would sign or pad (outside 1000–9999) go to DAY itself. */
    private static String day(java.time.LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return d.format(DAY);
        }
        return d.getDayOfMonth() + " " + MONTH_NAMES[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
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
