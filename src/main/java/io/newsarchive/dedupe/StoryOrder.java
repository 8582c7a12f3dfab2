package io.newsarchive.dedupe;

import io.newsarchive.model.Story;
import java.util.Comparator;

/** The order readers see stories in: newest first, undated last, ties broken by id so output is reproducible. */
public final class StoryOrder {
    public static final Comparator<Story> NEWEST_FIRST = Comparator
            .comparing((Story s) -> s.date().isPresent() ? 0 : 1)
            .thenComparing(Story::date, Comparator.reverseOrder())
            .thenComparing(Story::id);

    private StoryOrder() {
    }
}
