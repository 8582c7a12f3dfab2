package io.newsarchive.site;

import io.newsarchive.model.Story;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Browsing by time: an index of years and months with their counts, a page per year, a paginated page per month,
 * and the undated stories in a section of their own. A story belongs to the month of its date (its earliest
 * version's).
 */
final class TimePages {
    private TimePages() {
    }

    static List<String> render(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        List<String> written = new ArrayList<>();
        TreeMap<Integer, TreeMap<YearMonth, List<Story>>> years = new TreeMap<>(Comparator.reverseOrder());
        plan.months().forEach((month, stories) ->
                years.computeIfAbsent(month.getYear(), y -> new TreeMap<>()).put(month, stories));

        String indexPath = SitePaths.TIME;
        Map<String, Object> index = PageModels.base(ctx.settings(), indexPath, "Stories by date", "time");
        List<Map<String, Object>> yearList = new ArrayList<>();
        years.forEach((year, months) -> yearList.add(year(indexPath, year, months)));
        index.put("years", yearList);
        index.put("undated", plan.undated().size());
        index.put("undatedHref", SitePaths.relative(indexPath, SitePaths.undated(1)));
        index.put("storyCount", plan.stories().size());
        index.put("breadcrumbs", PageModels.breadcrumbs(indexPath, "By date", ""));
        ctx.page(indexPath, "time.ftlh", index);
        written.add(indexPath);

        years.forEach((year, months) -> {
            String path = SitePaths.year(year);
            Map<String, Object> model = PageModels.base(ctx.settings(), path, "Stories of " + year, "time");
            model.put("year", year(path, year, months));
            TreeMap<YearMonth, Integer> counts = new TreeMap<>();
            months.forEach((m, stories) -> counts.put(m, stories.size()));
            counts.putIfAbsent(YearMonth.of(year, 12), 0);
            counts.putIfAbsent(YearMonth.of(year, 1), 0);
            model.put("timeline", TimelineChart.of(counts, "stories", "story"));
            model.put("breadcrumbs", PageModels.breadcrumbs(path, "By date", SitePaths.TIME, String.valueOf(year), ""));
            model.put("canonicalUrl", ctx.settings().publishing() ? ctx.settings().baseUrl() + path : "");
            ctx.page(path, "year.ftlh", model);
            written.add(path);
        });

        written.addAll(ctx.inParallel(new ArrayList<>(plan.months().keySet()),
                month -> renderMonth(ctx, month, plan.months().get(month))));
        written.addAll(renderUndated(ctx));
        return written;
    }

    /** A year with its story count and its months (oldest first), each with a count and a link. */
    private static Map<String, Object> year(String from, int year, TreeMap<YearMonth, List<Story>> months) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("href", SitePaths.relative(from, SitePaths.year(year)));
        List<Map<String, Object>> monthList = new ArrayList<>();
        int total = 0;
        for (int i = 1; i <= 12; i++) {
            YearMonth month = YearMonth.of(year, i);
            List<Story> stories = months.getOrDefault(month, List.of());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", DisplayDates.monthName(month));
            entry.put("label", DisplayDates.month(month));
            entry.put("iso", month.toString());
            entry.put("stories", stories.size());
            entry.put("href", stories.isEmpty() ? "" : SitePaths.relative(from, SitePaths.month(month, 1)));
            monthList.add(entry);
            total += stories.size();
        }
        m.put("months", monthList);
        m.put("stories", total);
        return m;
    }

    private static List<String> renderMonth(RenderContext ctx, YearMonth month, List<Story> stories) {
        String label = DisplayDates.month(month);
        Paginator<Story> pages = new Paginator<>(stories, ctx.settings().pageSize(), p -> SitePaths.month(month, p));
        List<String> written = new ArrayList<>();
        for (int p = 1; p <= pages.pageCount(); p++) {
            String path = pages.path(p);
            int page = p;
            ctx.pageFromInputs(path, "month.ftlh", listInputs(ctx, pages, p, month.toString(), stories.size()), () -> {
                Map<String, Object> model = listPage(ctx, pages, page, label, stories.size());
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("label", label);
                shown.put("iso", month.toString());
                model.put("month", shown);
                model.put("breadcrumbs", PageModels.breadcrumbs(path, "By date", SitePaths.TIME,
                        String.valueOf(month.getYear()), SitePaths.year(month.getYear()),
                        label, page == 1 ? "" : SitePaths.month(month, 1)));
                return model;
            });
            written.add(path);
        }
        return written;
    }

    private static List<String> renderUndated(RenderContext ctx) {
        List<Story> stories = ctx.plan().undated();
        Paginator<Story> pages = new Paginator<>(stories, ctx.settings().pageSize(), SitePaths::undated);
        List<String> written = new ArrayList<>();
        for (int p = 1; p <= pages.pageCount(); p++) {
            String path = pages.path(p);
            int page = p;
            ctx.pageFromInputs(path, "undated.ftlh", listInputs(ctx, pages, p, "undated", stories.size()), () -> {
                Map<String, Object> model = listPage(ctx, pages, page, "Undated stories", stories.size());
                model.put("breadcrumbs", PageModels.breadcrumbs(path, "By date", SitePaths.TIME,
                        "Undated", page == 1 ? "" : SitePaths.undated(1)));
                return model;
            });
            written.add(path);
        }
        return written;
    }

    /**
     * What page {@code p} of a month's (or the undated) list is made from: which list, the page, the count, and its
     * stories' entries (see PageModels.storyEntryInputs). The page is kept when these are as last time.
     */
    private static List<Object> listInputs(RenderContext ctx, Paginator<Story> pages, int p, String list,
                                           int total) {
        List<Object> inputs = new ArrayList<>();
        inputs.add(list);
        inputs.add(p);
        inputs.add(pages.pageCount());
        inputs.add(total);
        inputs.addAll(PageModels.storyEntriesInputs(pages.itemsOn(p), ctx.plan().articlesById()));
        return inputs;
    }

    private static Map<String, Object> listPage(RenderContext ctx, Paginator<Story> pages, int p, String title,
                                                int total) {
        String path = pages.path(p);
        Map<String, Object> model = PageModels.base(ctx.settings(), path, p == 1 ? title : title + ", page " + p,
                "time");
        model.put("stories", PageModels.storyEntries(pages.itemsOn(p), ctx.plan().articlesById(), path));
        model.put("storyCount", total);
        model.put("pagination", pages.model(p));
        model.put("canonicalUrl", ctx.settings().publishing() ? ctx.settings().baseUrl() + path : "");
        return model;
    }
}
