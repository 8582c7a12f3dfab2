package io.newsarchive.site;

import io.newsarchive.model.Story;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The home page and its following pages: every story, newest first, undated last; the timeline on page one. */
final class HomePages {
    private static final String TEMPLATE = "index.ftlh";

    private HomePages() {
    }

    static List<String> render(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        Paginator<Story> pages = new Paginator<>(plan.stories(), ctx.settings().pageSize(), SitePaths::indexPage);
        List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, pages.pageCount()).boxed().toList();
        TreeMap<YearMonth, Integer> perMonth = storiesPerMonth(plan);
        // in parallel: a large archive has thousands of these pages, one rendered after another took seconds
        return ctx.inParallel(numbers, p -> {
            String path = pages.path(p);
            // a page is kept when these are as last time, without making its model (see PageModels.storyEntryInputs)
            List<Object> inputs = new ArrayList<>();
            inputs.add(p);
            inputs.add(pages.pageCount());
            inputs.add(plan.stories().size());
            inputs.add(plan.archive().articles().size());
            inputs.add(plan.outlets().size());
            inputs.add(p == 1 ? PageModels.monthInputs(perMonth) : List.of());
            inputs.addAll(PageModels.storyEntriesInputs(pages.itemsOn(p), plan.articlesById()));
            ctx.pageFromInputs(path, TEMPLATE, inputs, () -> model(ctx, pages, p, perMonth));
            return List.of(path);
        });
    }

    /** Page {@code p}'s model: from the inputs {@link #render} fingerprints, and the settings. */
    private static Map<String, Object> model(RenderContext ctx, Paginator<Story> pages, int p,
                                             TreeMap<YearMonth, Integer> perMonth) {
        PagePlan plan = ctx.plan();
        String path = pages.path(p);
        Map<String, Object> model = PageModels.base(ctx.settings(), path,
                p == 1 ? ctx.settings().title() : "All stories, page " + p, "home");
        model.put("stories", PageModels.storyEntries(pages.itemsOn(p), plan.articlesById(), path));
        model.put("storyCount", plan.stories().size());
        model.put("articleCount", plan.archive().articles().size());
        model.put("outletCount", plan.outlets().size());
        model.put("timeline", p == 1 ? TimelineChart.of(perMonth, "stories", "story") : Map.of());
        model.put("pagination", pages.model(p));
        model.put("breadcrumbs", p == 1 ? List.of() : PageModels.breadcrumbs(path, "Page " + p, ""));
        return model;
    }

    private static TreeMap<YearMonth, Integer> storiesPerMonth(PagePlan plan) {
        TreeMap<YearMonth, Integer> counts = new TreeMap<>();
        plan.months().forEach((month, stories) -> counts.put(month, stories.size()));
        return counts;
    }
}
