package io.newsarchive.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as its source says: a day, and a local time when one was printed.
 * {@link #NONE} stands for "no date found" so the model carries no nulls.
 */
public record ArticleDate(LocalDate day, LocalTime time, boolean hasTime) implements Comparable<ArticleDate> {
    public static final ArticleDate NONE = new ArticleDate(LocalDate.MIN, LocalTime.MIDNIGHT, false);

    /** Made once, not on every call: the search index and the catalog ask for an ISO date per article. */
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private static final Comparator<ArticleDate> ORDER = Comparator
            .comparing(ArticleDate::day)
            .thenComparing(ArticleDate::time)
            .thenComparing(ArticleDate::hasTime);

    public ArticleDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        if (!hasTime && !time.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("a date without a time must carry midnight");
        }
    }

    public static ArticleDate of(LocalDate day) {
        return new ArticleDate(day, LocalTime.MIDNIGHT, false);
    }

    public static ArticleDate of(LocalDateTime dateTime) {
        return new ArticleDate(dateTime.toLocalDate(), dateTime.toLocalTime().withSecond(0).withNano(0), true);
    }

    /** Parses the catalog form: {@code 2022-07-15T21:38} or {@code 2022-07-15}; empty text is {@link #NONE}. */
    public static ArticleDate parseIso(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return NONE;
        }
        return t.contains("T") ? of(LocalDateTime.parse(t)) : of(LocalDate.parse(t));
    }

    public boolean isPresent() {
        return !day.equals(LocalDate.MIN);
    }

    public Optional<LocalDate> date() {
        return isPresent() ? Optional.of(day) : Optional.empty();
    }

    /** ISO-8601 as the catalog writes it: {@code 2022-07-15T21:38}, {@code 2022-07-15}, or empty. */
    public String iso() {
        if (!isPresent()) {
            return "";
        }
        return hasTime ? day + "T" + time.format(HOURS_MINUTES) : day.toString();
    }

    /** Undated sorts first; callers that want "undated last" reverse or test {@link #isPresent()}. */
    @Override
    public int compareTo(ArticleDate other) {
        return ORDER.compare(this, other);
    }
}
