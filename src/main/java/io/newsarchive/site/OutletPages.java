package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outlets index (every outlet with its count) and one paginated page per outlet, newest article first. */
final class OutletPages {
    private static final String TEMPLATE = "outlet.ftlh";

    private OutletPages() {
    }

    static List<String> render(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        List<String> written = new ArrayList<>();
        String indexPath = SitePaths.OUTLETS;
        Map<String, Object> index = PageModels.base(ctx.settings(), indexPath, "Outlets", "outlets");
        List<Map<String, Object>> outlets = new ArrayList<>();
        for (PagePlan.OutletShelf shelf : plan.outlets()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", shelf.outlet().name());
            o.put("href", SitePaths.relative(indexPath, SitePaths.outletPage(shelf.outlet().id(), 1)));
            o.put("articles", shelf.articles().size());
            o.put("latest", PageModels.date(plan.shownDate(shelf.articles().get(0))));
            outlets.add(o);
        }
        index.put("outlets", outlets);
        index.put("articleCount", plan.archive().articles().size());
        index.put("breadcrumbs", PageModels.breadcrumbs(indexPath, "Outlets", ""));
        ctx.page(indexPath, "outlets.ftlh", index);
        written.add(indexPath);

        written.addAll(ctx.inParallel(plan.outlets(), shelf -> renderOutlet(ctx, shelf)));
        return written;
    }

    private static List<String> renderOutlet(RenderContext ctx, PagePlan.OutletShelf shelf) {
        PagePlan plan = ctx.plan();
        String id = shelf.outlet().id();
        Paginator<Article> pages = new Paginator<>(shelf.articles(), ctx.settings().pageSize(),
                p -> SitePaths.outletPage(id, p));
        TreeMap<YearMonth, Integer> perMonth = perMonth(plan, shelf);
        List<String> written = new ArrayList<>();
        for (int p = 1; p <= pages.pageCount(); p++) {
            String path = pages.path(p);
            // a page is kept when these are as last time, without making its model (see PageModels.storyEntryInputs)
            List<Object> inputs = new ArrayList<>();
            inputs.add(id);
            inputs.add(shelf.outlet().name());
            inputs.add(shelf.articles().size());
            inputs.add(p);
            inputs.add(pages.pageCount());
            inputs.add(p == 1 ? PageModels.monthInputs(perMonth) : List.of());
            for (Article a : pages.itemsOn(p)) {
                inputs.add(PageModels.articleEntryInputs(plan, a));
            }
            int page = p;
            ctx.pageFromInputs(path, TEMPLATE, inputs, () -> model(ctx, shelf, pages, page, perMonth));
            written.add(path);
        }
        return written;
    }

    /** Page {@code p} of an outlet's model: from the inputs {@link #renderOutlet} fingerprints, and the settings. */
    private static Map<String, Object> model(RenderContext ctx, PagePlan.OutletShelf shelf, Paginator<Article> pages,
                                             int p, TreeMap<YearMonth, Integer> perMonth) {
        String id = shelf.outlet().id();
        String name = shelf.outlet().name();
        String path = pages.path(p);
        Map<String, Object> model = PageModels.base(ctx.settings(), path,
                p == 1 ? name : name + ", page " + p, "outlets");
        Map<String, Object> outlet = new LinkedHashMap<>();
        outlet.put("id", id);
        outlet.put("name", name);
        outlet.put("articles", shelf.articles().size());
        outlet.put("feed", ctx.settings().publishing()
                ? SitePaths.relative(path, SitePaths.outletFeed(id)) : "");
        model.put("outlet", outlet);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Article a : pages.itemsOn(p)) {
            entries.add(PageModels.articleEntry(ctx.plan(), a, path));
        }
        model.put("entries", entries);
        model.put("timeline", p == 1 ? TimelineChart.of(perMonth, "articles", "article") : Map.of());
        model.put("pagination", pages.model(p));
        model.put("breadcrumbs", PageModels.breadcrumbs(path, "Outlets", SitePaths.OUTLETS,
                name, p == 1 ? "" : SitePaths.outletPage(id, 1)));
        model.put("canonicalUrl", ctx.settings().publishing() ? ctx.settings().baseUrl() + path : "");
        return model;
    }

    private static TreeMap<YearMonth, Integer> perMonth(PagePlan plan, PagePlan.OutletShelf shelf) {
        TreeMap<YearMonth, Integer> counts = new TreeMap<>();
        for (Article a : shelf.articles()) {
            ArticleDate d = plan.shownDate(a);
            if (d.isPresent()) {
                counts.merge(YearMonth.from(d.day()), 1, Integer::sum);
            }
        }
        return counts;
    }
}
