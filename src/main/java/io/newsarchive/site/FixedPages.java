package io.newsarchive.site;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.InputProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages every site has once: the build report (linked from the footer only) and the 404 page. */
final class FixedPages {
    private FixedPages() {
    }

    static List<String> render(RenderContext ctx) {
        Map<String, Object> notFound = PageModels.base(ctx.settings(), SitePaths.NOT_FOUND, "Page not found", "");
        if (ctx.settings().publishing()) {
            // GitHub Pages serves 404.html at whatever address was missing, so relative links would point nowhere
            PageModels.makeLinksAbsolute(notFound, ctx.settings());
        }
        ctx.page(SitePaths.NOT_FOUND, "404.ftlh", notFound);
        ctx.page(SitePaths.REPORT, "report.ftlh", report(ctx));
        return List.of(SitePaths.NOT_FOUND, SitePaths.REPORT);
    }

    private static Map<String, Object> report(RenderContext ctx) {
        Archive archive = ctx.plan().archive();
        Map<String, Object> model = PageModels.base(ctx.settings(), SitePaths.REPORT, "Build report", "report");
        Map<String, Article> bySource = new LinkedHashMap<>();
        for (Article a : archive.articles()) {
            bySource.put(a.source(), a);
        }
        List<Map<String, Object>> skipped = new ArrayList<>();
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (InputProblem p : archive.problems()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", p.source());
            row.put("message", p.message());
            Article a = bySource.get(p.source());
            row.put("headline", a == null ? p.source() : a.headline());
            row.put("href", a == null ? "" : SitePaths.relative(SitePaths.REPORT, SitePaths.article(a.id())));
            (p.severity() == InputProblem.Severity.WARNING ? warnings : skipped).add(row);
        }
        model.put("skipped", skipped);
        model.put("warnings", warnings);
        model.put("inputFiles", archive.articles().size()
                + archive.problems().stream().filter(p -> p.severity() == InputProblem.Severity.SKIPPED).count());
        model.put("articleCount", archive.articles().size());
        model.put("storyCount", archive.stories().size());
        model.put("breadcrumbs", PageModels.breadcrumbs(SitePaths.REPORT, "Build report", ""));
        return model;
    }
}
