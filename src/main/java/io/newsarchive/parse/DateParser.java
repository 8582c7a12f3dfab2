package io.newsarchive.parse;

import io.newsarchive.model.ArticleDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date parser: finds a calendar date (and a time, when one is printed next to it) in a piece of text.
 * English month names and abbreviations in either order, ISO, and day-first numeric forms where unambiguous.
 * Times are kept as printed (local time); a zone such as "GMT+4" is recognised so it is not mistaken for text.
 */
public final class DateParser {
    /** A date found in text, and where: {@code start}/{@code end} cover the date, its time and zone. */
    public record Found(ArticleDate date, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** Four digits not run into more digits — unless those are a time glued on ("June 28, 20245:00 AM"). */
    private static final String YEAR = "(\\d{4})(?=\\D|$|\\d{1,2}[:.]\\d{2})";
    /** 21:38 · 6:12 PM · 3 AM (an hour alone only with its AM/PM: a bare number is no time) */
    private static final String TIME = "(\\d{1,2})(?:[:.](\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?)?\\]?\\s*|\\s*(?=[ap]\\.?m\\b))"
            + "(am|pm|a\\.m\\.|p\\.m\\.)?";
    private static final String ZONE = "(?:\\s*\\(?(?:gmt|utc|irst|irdt|azt|est|edt|bst|cet|cest|eet|eest|msk|trt|ist|pst|pdt|gst|ast|pkt|jst|kst|sgt|hkt|"
            + "wib|pht|ict|myt|aest|aedt|awst|nzst|nzdt|cst|cdt|mst|mdt|wat|cat|eat|sast|npt|et|pt|ct|mt|z)"
            + "(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?|\\s*[+-]\\d{2}:?\\d{2})?";
    private static final String TIME_SEP = "(?:\\s*(?:[-–—,|/•·@:\\[]|at|,\\s*at)?\\s*)";
    private static final String TIME_TAIL = "(?:" + TIME_SEP + TIME + ZONE + ")?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** July 15, 2022 · Jul. 15 2022 · Friday, July 15, 2022 — 21:38 */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + ",?\\s+" + DAY + "\\s*,?\\s*" + YEAR + TIME_TAIL, FLAGS);
    /** 15 July 2022 · 15th Jul, 2022 6:12 PM */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + DAY + "\\s+" + MONTH + "\\s*,?\\s*" + YEAR + TIME_TAIL, FLAGS);
    /** 2022-07-15 · 2022-07-15T21:38 · 2022/07/15 · 2024.05.21 */
    private static final Pattern ISO = Pattern.compile(
            "\\b" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?:(?:T|\\s+|" + TIME_SEP + ")" + TIME + "(?:Z|[+-]\\d{2}:?\\d{2})?"
                    + ZONE + ")?\\b", FLAGS);
    /** 15.07.2022 · 15/07/2022 12:40 · 15-07-2022 */
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})([./-])(\\d{1,2})\\2" + YEAR + TIME_TAIL, FLAGS);
    /** 21:38, July 15, 2022 · 5:42 pm on 18 December 2024 (time first) */
    private static final Pattern TIME_FIRST = Pattern.compile(
            "\\b" + TIME + ZONE + "\\s*[,|-]?\\s*(?:on\\s+)?" + WEEKDAY + "(?:" + MONTH + "\\s+" + DAY + "|" + DAY + "\\s+" + MONTH
                    + "),?\\s+" + YEAR + "\\b", FLAGS);

    /** 14:05 GMT 16.12.2024 (time first, numeric date) */
    private static final Pattern TIME_FIRST_NUMERIC = Pattern.compile(
            "\\b" + TIME + ZONE + "\\s*[,|-]?\\s*(\\d{1,2})([./-])(\\d{1,2})\\5" + YEAR + "\\b", FLAGS);
    /**
     * 03.19.25, 18:42 · 19/03/25 18:42: a two-digit year, taken only with a time beside it (a bare "1.2.25" is a
     * version, a score, a verse; with the time it is a site's date stamp).
     */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2})\\b,?\\s*(?:[-–—|@]\\s*)?" + TIME + ZONE, FLAGS);

    /**
     * A United States time zone after the time ("06/11/25 3:41 PM ET"): the site is American and prints its numeric
     * dates month-first. CST is left out (China Standard Time too).
     */
    private static final Pattern US_ZONE = Pattern.compile("\\b(?:ET|EST|EDT|CDT|MT|MST|MDT|PT|PST|PDT)\\b\\)?$");

    /** Esfand 14, 1402 - 10:15 · 1 Azar 1405: the Solar Hijri calendar, as Iranian sites print it. */
    private static final Pattern SOLAR_MONTH_DAY = Pattern.compile(
            "\\b" + OtherCalendars.SOLAR_MONTH + "\\s+" + DAY + ",?\\s+(1[2-4]\\d{2})\\b" + TIME_TAIL, FLAGS);
    private static final Pattern SOLAR_DAY_MONTH = Pattern.compile(
            "\\b" + DAY + "\\s+" + OtherCalendars.SOLAR_MONTH + ",?\\s+(1[2-4]\\d{2})\\b" + TIME_TAIL, FLAGS);
    /** Sha'ban 16, 1441 · 16 Ramadan 1445 AH: the Hijri calendar, as Gulf agencies print it. */
    private static final Pattern HIJRI_MONTH_DAY = Pattern.compile(
            "\\b" + OtherCalendars.HIJRI_MONTH + "\\s+" + DAY + ",?\\s+(1[3-5]\\d{2})\\b(?:\\s*a\\.?h\\b\\.?)?" + TIME_TAIL,
            FLAGS);
    private static final Pattern HIJRI_DAY_MONTH = Pattern.compile(
            "\\b" + DAY + "\\s+" + OtherCalendars.HIJRI_MONTH + ",?\\s+(1[3-5]\\d{2})\\b(?:\\s*a\\.?h\\b\\.?)?" + TIME_TAIL,
            FLAGS);
    /** The forms of the other calendars, tried only on a text holding a year of theirs (13xx to 15xx). */
    private static final Pattern[] OTHER_CALENDAR_FORMS = {SOLAR_MONTH_DAY, SOLAR_DAY_MONTH, HIJRI_MONTH_DAY,
        HIJRI_DAY_MONTH};

    private static final Pattern[] ALL_FORMS = {TIME_FIRST, TIME_FIRST_NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO,
        NUMERIC};
    /** The forms a text without a numeric date ("15.07", "07/15", "2022-07") can hold. */
    private static final Pattern[] NAMED_MONTH_FORMS = {TIME_FIRST, MONTH_DAY_YEAR, DAY_MONTH_YEAR};

    private final int maxYear;

    public DateParser() {
        this(Year.now().getValue() + 1);
    }

    /** @param maxYear the latest year accepted; later years are typos or not dates */
    public DateParser(int maxYear) {
        this.maxYear = maxYear;
    }

    /** The earliest plausible date in the text. */
    public Optional<Found> find(String text) {
        if (!hasFourDigits(text)) {
            // every form but a two-digit year beside a time has a four-digit year: most lines are ruled out at once
            return text.indexOf(':') < 0 || !hasNumericDate(text) ? Optional.empty() : shortYear(text);
        }
        Found best = null;
        boolean numeric = hasNumericDate(text);
        Pattern[] forms = numeric ? ALL_FORMS : NAMED_MONTH_FORMS;
        if (hasOtherCalendarYear(text)) {
            forms = java.util.stream.Stream.concat(java.util.Arrays.stream(forms),
                    java.util.Arrays.stream(OTHER_CALENDAR_FORMS)).toArray(Pattern[]::new);
        }
        for (Pattern p : forms) {
            Matcher m = p.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                Optional<ArticleDate> date = toDate(p, m);
                if (date.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date.get(), m.start(), m.end());
                    }
                    break;
                }
                from = m.start() + 1;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Both readings of a numeric date that {@link #find} leaves alone because it could be day-first or month-first
     * ("12/06/2025 04:35 PM": 12 June or 6 December), day-first reading first; empty when the text has none. The
     * caller picks a reading only on other evidence (the dateline's "June 12").
     */
    public List<Found> ambiguous(String text) {
        if (!hasFourDigits(text)) {
            return List.of();
        }
        Matcher m = NUMERIC.matcher(text);
        if (!m.find() || m.group(2).equals(".")) {
            return List.of();
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int y = year(m.group(4));
            if (a > 12 || b > 12 || a == b) {
                return List.of();
            }
            List<Found> readings = new ArrayList<>(2);
            for (LocalDate day : List.of(LocalDate.of(y, b, a), LocalDate.of(y, a, b))) {
                finish(m, day, 5).ifPresent(d -> readings.add(new Found(d, m.start(), m.end())));
            }
            return readings;
        } catch (DateTimeException | NumberFormatException e) {
            return List.of();
        }
    }

    private Optional<Found> shortYear(String text) {
        Matcher m = SHORT_YEAR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int y = 2000 + Integer.parseInt(m.group(4));
            if (y > maxYear) {
                return Optional.empty();
            }
            Optional<LocalDate> day = numericDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), y,
                    m.group(2).equals("."));
            if (day.isEmpty() && US_ZONE.matcher(m.group()).find()) {
                day = Optional.of(LocalDate.of(y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))));
            }
            return day.flatMap(d -> finish(m, d, 5)).map(d -> new Found(d, m.start(), m.end()));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The day of a numeric date "a?b?year": the reading that is the only possible one (a day over 12), dotted dates
     * day-first ("05.06.2024") unless only month-first can be ("03.19.25"); empty when it could be either.
     */
    private static Optional<LocalDate> numericDay(int a, int b, int y, boolean dotted) {
        if (a > 12 && b <= 12) {
            return Optional.of(LocalDate.of(y, b, a));
        }
        if (b > 12 && a <= 12) {
            return Optional.of(LocalDate.of(y, a, b));
        }
        if (a == b || dotted) {
            return Optional.of(LocalDate.of(y, b, a));
        }
        return Optional.empty(); // 05/07/2022: day-first or month-first? Not guessed.
    }

    /** True when a digit, a separator of numeric dates (. / -) and a digit stand together somewhere in the text. */
    private static boolean hasNumericDate(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '/' || c == '-') && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds a four-digit number from 1300 to 1599: a Solar Hijri or Hijri year. */
    private static boolean hasOtherCalendarYear(String text) {
        for (int i = text.indexOf('1'); i >= 0 && i + 3 < text.length(); i = text.indexOf('1', i + 1)) {
            char c = text.charAt(i + 1);
            if (c >= '3' && c <= '5' && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                    && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                    && (i + 4 == text.length() || !Character.isDigit(text.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private Optional<ArticleDate> toDate(Pattern p, Matcher m) {
        try {
            LocalDate day;
            int timeGroup;
            if (p == SOLAR_MONTH_DAY || p == SOLAR_DAY_MONTH || p == HIJRI_MONTH_DAY || p == HIJRI_DAY_MONTH) {
                boolean monthFirst = p == SOLAR_MONTH_DAY || p == HIJRI_MONTH_DAY;
                String monthName = m.group(monthFirst ? 1 : 2);
                int d = Integer.parseInt(m.group(monthFirst ? 2 : 1));
                int y = Integer.parseInt(m.group(3));
                day = p == SOLAR_MONTH_DAY || p == SOLAR_DAY_MONTH
                        ? OtherCalendars.fromSolarHijri(y, OtherCalendars.solarMonth(monthName), d)
                        : OtherCalendars.fromHijri(y, OtherCalendars.hijriMonth(monthName), d);
                if (day.getYear() < 1900 || day.getYear() > maxYear) {
                    return Optional.empty();
                }
                return finish(m, day, 4);
            }
            if (p == MONTH_DAY_YEAR) {
                day = LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                timeGroup = 4;
            } else if (p == DAY_MONTH_YEAR) {
                day = LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
                timeGroup = 4;
            } else if (p == ISO) {
                day = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                timeGroup = 5;
            } else if (p == NUMERIC) {
                Optional<LocalDate> numeric = numericDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        year(m.group(4)), m.group(2).equals("."));
                if (numeric.isEmpty() && US_ZONE.matcher(m.group()).find()) {
                    numeric = Optional.of(LocalDate.of(year(m.group(4)), Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(3))));
                }
                if (numeric.isEmpty()) {
                    return Optional.empty();
                }
                day = numeric.get();
                timeGroup = 5;
            } else if (p == TIME_FIRST_NUMERIC) {
                Optional<LocalDate> numeric = numericDay(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(6)),
                        year(m.group(7)), m.group(5).equals("."));
                if (numeric.isEmpty()) {
                    return Optional.empty();
                }
                LocalDate d = numeric.get();
                return time(m, 1).map(t -> ArticleDate.of(LocalDateTime.of(d, t)));
            } else {
                String monthText = m.group(4) != null ? m.group(4) : m.group(7);
                String dayText = m.group(5) != null ? m.group(5) : m.group(6);
                day = LocalDate.of(year(m.group(8)), month(monthText), Integer.parseInt(dayText));
                return time(m, 1).map(t -> ArticleDate.of(LocalDateTime.of(day, t)));
            }
            return finish(m, day, timeGroup);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ArticleDate> finish(Matcher m, LocalDate day, int timeGroup) {
        if (m.group(timeGroup) == null) {
            return Optional.of(ArticleDate.of(day));
        }
        return Optional.of(time(m, timeGroup)
                .map(t -> ArticleDate.of(LocalDateTime.of(day, t)))
                .orElse(ArticleDate.of(day)));
    }

    private static Optional<LocalTime> time(Matcher m, int group) {
        int hour = Integer.parseInt(m.group(group));
        int minute = m.group(group + 1) == null ? 0 : Integer.parseInt(m.group(group + 1));
        String ampm = m.group(group + 2);
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private int year(String text) {
        int y = Integer.parseInt(text);
        if (y < 1900 || y > maxYear) {
            throw new DateTimeException("implausible year " + y);
        }
        return y;
    }

    static int month(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("not a month: " + text);
        };
    }
}
