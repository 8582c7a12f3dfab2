package io.newsarchive.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Splits a list into pages of the configured size. {@code pathOf} names page n (1-based) of the list, so one
 * paginator serves the home page, outlets and months alike.
 */
final class Paginator<T> {
    private final List<T> items;
    private final int pageSize;
    private final IntFunction<String> pathOf;

    Paginator(List<T> items, int pageSize, IntFunction<String> pathOf) {
        this.items = items;
        this.pageSize = pageSize;
        this.pathOf = pathOf;
    }

    /** At least one page, so an empty list still has a page that says so. */
    int pageCount() {
        return Math.max(1, (items.size() + pageSize - 1) / pageSize);
    }

    String path(int page) {
        return pathOf.apply(page);
    }

    List<T> itemsOn(int page) {
        int from = (page - 1) * pageSize;
        return items.subList(Math.min(from, items.size()), Math.min(items.size(), from + pageSize));
    }

    /** The pager's data for page {@code page}: its number, the count, and links to the neighbours. */
    Map<String, Object> model(int page) {
        String from = path(page);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", page);
        m.put("pageCount", pageCount());
        m.put("previous", page > 1 ? SitePaths.relative(from, path(page - 1)) : "");
        m.put("next", page < pageCount() ? SitePaths.relative(from, path(page + 1)) : "");
        m.put("first", page > 2 ? SitePaths.relative(from, path(1)) : "");
        m.put("last", page < pageCount() - 1 ? SitePaths.relative(from, path(pageCount())) : "");
        return m;
    }
}
