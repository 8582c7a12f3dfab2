package io.newsarchive.site;

import io.newsarchive.model.Story;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The home page and its following pages: every story, newest first, undated last; the timeline on page one. */
final class HomePages {
    private HomePages() {
    }

    static List<String> render(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        Paginator<Story> pages = new Paginator<>(plan.stories(), ctx.settings().pageSize(), SitePaths::indexPage);
        List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, pages.pageCount()).boxed().toList();
        // in parallel: a large archive has thousands of these pages, one rendered after another took seconds
        return ctx.inParallel(numbers, p -> {
            String path = pages.path(p);
            Map<String, Object> model = PageModels.base(ctx.settings(), path,
                    p == 1 ? ctx.settings().title() : "All stories, page " + p, "home");
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Story s : pages.itemsOn(p)) {
                entries.add(PageModels.storyEntry(s, plan.articlesById(), path));
            }
            model.put("stories", entries);
            model.put("storyCount", plan.stories().size());
            model.put("articleCount", plan.archive().articles().size());
            model.put("outletCount", plan.outlets().size());
            model.put("timeline", p == 1 ? TimelineChart.of(storiesPerMonth(plan), "stories", "story") : Map.of());
            model.put("pagination", pages.model(p));
            model.put("breadcrumbs", p == 1 ? List.of() : PageModels.breadcrumbs(path, "Page " + p, ""));
            ctx.page(path, "index.ftlh", model);
            return List.of(path);
        });
    }

    private static TreeMap<YearMonth, Integer> storiesPerMonth(PagePlan plan) {
        TreeMap<YearMonth, Integer> counts = new TreeMap<>();
        plan.months().forEach((month, stories) -> counts.put(month, stories.size()));
        return counts;
    }
}
