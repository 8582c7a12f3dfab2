package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page per story with several versions: the canonical text, then every version and what each copy changed. */
final class StoryPages {
    private StoryPages() {
    }

    static List<String> render(RenderContext ctx) {
        List<Story> several = ctx.plan().stories().stream().filter(Story::hasSeveralVersions).toList();
        return ctx.inParallel(several, s -> renderOne(ctx, s));
    }

    private static List<String> renderOne(RenderContext ctx, Story s) {
        PagePlan plan = ctx.plan();
        String path = SitePaths.story(s.id());
        Article canonical = plan.article(s.canonical());
        Map<String, Object> model = PageModels.base(ctx.settings(), path, canonical.headline(), "story");
        model.put("story", PageModels.storyEntry(s, plan.articlesById(), path));
        model.put("canonical", PageModels.article(canonical, path));
        model.put("related", PageModels.related(canonical, path, plan.headlines()));
        List<Map<String, Object>> versions = new ArrayList<>();
        List<Runnable> diffs = new ArrayList<>();
        for (String id : s.versions()) {
            Article v = plan.article(id);
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("article", PageModels.article(v, path));
            version.put("isCanonical", id.equals(s.canonical()));
            String original = s.copyOf().get(id);
            version.put("relation", id.equals(s.canonical()) ? "canonical" : original != null ? "copy" : "report");
            if (original != null) {
                Article o = plan.article(original);
                version.put("copyOf", PageModels.article(o, path));
                // the diff follows from the two texts already in the model: worked out only if the page is rendered
                diffs.add(() -> version.put("diff", VersionDiff.of(o, v)));
            }
            versions.add(version);
        }
        model.put("versions", versions);
        model.put("neighbours", PageModels.neighbours(plan, s, path));
        model.put("breadcrumbs", breadcrumbs(s, path, canonical.headline()));
        model.put("canonicalUrl", ctx.settings().publishing() ? ctx.settings().baseUrl() + path : "");
        ctx.page(path, "story.ftlh", model, m -> diffs.forEach(Runnable::run));
        return List.of(path);
    }

    /** Home › Time › the story's month (or Undated) › the story. */
    private static List<Map<String, Object>> breadcrumbs(Story s, String path, String headline) {
        if (!s.date().isPresent()) {
            return PageModels.breadcrumbs(path, "By date", SitePaths.TIME, "Undated", SitePaths.undated(1), headline, "");
        }
        YearMonth month = YearMonth.from(s.date().day());
        return PageModels.breadcrumbs(path, "By date", SitePaths.TIME,
                String.valueOf(month.getYear()), SitePaths.year(month.getYear()),
                DisplayDates.month(month), SitePaths.month(month, 1), headline, "");
    }
}
