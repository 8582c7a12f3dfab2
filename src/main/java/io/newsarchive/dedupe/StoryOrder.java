package io.newsarchive.dedupe;

import io.newsarchive.model.Story;
import java.util.Comparator;

/** The order readers see stories in: newest first, undated last, ties broken by id so output is reproducible. */
public final class StoryOrder {
    public static final Comparator<Story> NEWEST_FIRST = (a, b) -> {
        // written out rather than chained with Comparator.comparing: the build sorts every story with it
        if (a.date().isPresent() != b.date().isPresent()) {
            return a.date().isPresent() ? -1 : 1;
        }
        int newer = DateOrder.compare(b.date(), a.date());
        return newer != 0 ? newer : a.id().compareTo(b.id());
    };

    private StoryOrder() {
    }
}
