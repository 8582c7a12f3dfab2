package io.newsarchive.site;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The data of a bar chart of counts per month, drawn as inline SVG by the {@code timeline} macro: made at build
 * time, so the chart needs no JavaScript and looks the same opened from disk. Coordinates are in a fixed 400×100
 * box that the stylesheet scales to the page's width. A range of fewer than 12 months is widened to 12, so a
 * small archive does not get a few fat bars; a range of more than 20 years is counted per year instead.
 */
final class TimelineChart {
    static final int WIDTH = 400;
    static final int HEIGHT = 100;
    private static final double BAR_TOP = 6;
    private static final double BASELINE = 80;
    private static final double LABEL_Y = 95;
    /** Room a label takes, per character and around it, in chart units (at the phone's larger type). */
    private static final double LABEL_CHAR = 8;
    private static final double LABEL_MARGIN = 8;
    private static final int MIN_MONTHS = 12;
    private static final int MAX_MONTHS = 240;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private TimelineChart() {
    }

    /**
     * The chart's data, or an empty map when nothing is dated.
     *
     * @param counts how many per month (months with none may be left out)
     * @param noun   what is counted, plural ("stories")
     */
    static Map<String, Object> of(SortedMap<YearMonth, Integer> counts, String noun, String singular) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (counts.isEmpty()) {
            return m;
        }
        YearMonth first = counts.firstKey();
        YearMonth last = counts.lastKey();
        long span = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (span < MIN_MONTHS) {
            first = last.minusMonths(MIN_MONTHS - 1);
            span = MIN_MONTHS;
        }
        boolean byYear = span > MAX_MONTHS;
        List<String> labels = new ArrayList<>();
        List<String> tickLabels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        if (byYear) {
            SortedMap<Integer, Integer> years = new TreeMap<>();
            counts.forEach((month, n) -> years.merge(month.getYear(), n, Integer::sum));
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                labels.add(String.valueOf(y));
                tickLabels.add(String.valueOf(y));
                values.add(years.getOrDefault(y, 0));
            }
        } else {
            boolean oneYear = span <= MIN_MONTHS;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                labels.add(month.format(MONTH));
                // a year's chart names its months; a longer one marks where each year starts
                tickLabels.add(oneYear ? month.format(MONTH_NAME).substring(0, 3) // "Sep", not the UK's "Sept"
                        : month.getMonthValue() == 1 || month.equals(first) ? String.valueOf(month.getYear()) : "");
                values.add(counts.getOrDefault(month, 0));
            }
        }
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        int busiest = values.indexOf(max);
        double step = (double) WIDTH / values.size();
        double barWidth = Math.max(0.5, step * 0.8);
        List<Map<String, Object>> bars = new ArrayList<>();
        List<Map<String, Object>> ticks = new ArrayList<>();
        double lastTick = -WIDTH;
        double lastWidth = 0;
        for (int i = 0; i < values.size(); i++) {
            int n = values.get(i);
            double x = i * step + (step - barWidth) / 2;
            if (n > 0) {
                double h = Math.max(1, (BASELINE - BAR_TOP) * n / max);
                Map<String, Object> bar = new LinkedHashMap<>();
                bar.put("x", number(x));
                bar.put("y", number(BASELINE - h));
                bar.put("width", number(barWidth));
                bar.put("height", number(h));
                bar.put("label", labels.get(i) + ": " + n + " " + (n == 1 ? singular : noun));
                bars.add(bar);
            }
            if (!tickLabels.get(i).isEmpty() && i * step - lastTick >= lastWidth) {
                Map<String, Object> tick = new LinkedHashMap<>();
                // a label near the right edge is right-aligned to it, so it is not cut off
                double width = tickLabels.get(i).length() * LABEL_CHAR + LABEL_MARGIN;
                boolean atEnd = i * step > WIDTH - width;
                tick.put("x", number(atEnd ? WIDTH : i * step));
                tick.put("anchor", atEnd ? "end" : "start");
                tick.put("label", tickLabels.get(i));
                ticks.add(tick);
                lastTick = i * step;
                lastWidth = width;
            }
        }
        String per = byYear ? "year" : "month";
        m.put("width", WIDTH);
        m.put("height", HEIGHT);
        m.put("baseline", number(BASELINE));
        m.put("labelY", number(LABEL_Y));
        m.put("bars", bars);
        m.put("ticks", ticks);
        m.put("caption", capitalised(noun) + " per " + per + ", " + labels.get(0) + " to " + labels.get(labels.size() - 1));
        m.put("summary", capitalised(noun) + " per " + per + " from " + labels.get(0) + " to "
                + labels.get(labels.size() - 1) + "; the busiest " + per + ", " + labels.get(busiest) + ", had " + max
                + ".");
        return m;
    }

    /** Coordinates with one decimal, written the same on every machine. */
    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
