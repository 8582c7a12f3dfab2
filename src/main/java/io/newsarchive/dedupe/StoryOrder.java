package io.newsarchive.dedupe;

import io.newsarchive.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The order readers see stories in: newest first, undated last, ties broken by id so output is reproducible. */
public final class StoryOrder {
    public static final Comparator<Story> NEWEST_FIRST = Comparator
            .comparing((Story s) -> s.date().isPresent() ? 0 : 1)
            .thenComparing(Story::date, Comparator.reverseOrder())
            .thenComparing(Story::id);

    private StoryOrder() {
    }

    /**
     * The stories in {@link #NEWEST_FIRST} order, each story's date turned into numbers once rather than compared
     * through the comparator chain: the dedupe stage sorts every story of the archive (StoryOrderTest checks that
     * the two orders agree).
     */
    static List<Story> sorted(Story[] stories) {
        int n = stories.length;
        boolean[] dated = new boolean[n];
        long[] day = new long[n];
        long[] time = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            dated[i] = stories[i].date().isPresent();
            day[i] = DateOrder.day(stories[i].date());
            time[i] = DateOrder.time(stories[i].date());
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> dated[x] != dated[y] ? (dated[x] ? -1 : 1)
                : day[x] != day[y] ? Long.compare(day[y], day[x])
                : time[x] != time[y] ? Long.compare(time[y], time[x])
                : stories[x].id().compareTo(stories[y].id()));
        List<Story> out = new ArrayList<>(n);
        for (int i : order) {
            out.add(stories[i]);
        }
        return out;
    }
}
