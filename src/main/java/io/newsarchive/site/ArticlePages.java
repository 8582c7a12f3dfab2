package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page per input article: its text, where it came from, its story, related headlines, previous/next story. */
final class ArticlePages {
    private ArticlePages() {
    }

    static List<String> render(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        List<Article> articles = plan.archive().articles();
        return ctx.inParallel(articles, a -> renderOne(ctx, a));
    }

    private static List<String> renderOne(RenderContext ctx, Article a) {
        PagePlan plan = ctx.plan();
        String path = SitePaths.article(a.id());
        Map<String, Object> model = PageModels.base(ctx.settings(), path, a.headline(), "article");
        model.put("article", PageModels.article(a, path));
        model.put("related", PageModels.related(a, path, plan.headlines()));
        Story story = plan.storyOf(a);
        model.put("storyDate", PageModels.date(story.date()));
        model.put("story", storyLink(plan, story, a, path));
        model.put("neighbours", PageModels.neighbours(plan, story, path));
        model.put("breadcrumbs", PageModels.breadcrumbs(path, "Outlets", SitePaths.OUTLETS,
                a.outlet().name(), SitePaths.outletPage(a.outlet().id(), 1), a.headline(), ""));
        model.put("canonicalUrl", canonicalUrl(ctx.settings(), story, a, path));
        ctx.page(path, "article.ftlh", model);
        return List.of(path);
    }

    /** Where an article page points readers for its story; {@code several} is false when it is a story of its own. */
    private static Map<String, Object> storyLink(PagePlan plan, Story story, Article a, String from) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("several", story.hasSeveralVersions());
        m.put("href", SitePaths.relative(from, SitePaths.storyEntry(story)));
        m.put("versions", story.versions().size());
        m.put("isCanonical", story.canonical().equals(a.id()));
        String original = story.copyOf().get(a.id());
        m.put("copyOfHeadline", original == null ? "" : plan.article(original).headline());
        m.put("copyOfOutlet", original == null ? "" : plan.article(original).outlet().name());
        m.put("copyOfHref", original == null ? "" : SitePaths.relative(from, SitePaths.article(original)));
        return m;
    }

    /**
     * The page's rel=canonical: for a version that is not its story's canonical one, that version's page; for the
     * canonical version, the original's address when known, else its own page. Absolute with --base-url; without
     * one, a relative link to a page of the archive (valid, and right for a site opened from disk).
     */
    private static String canonicalUrl(SiteSettings settings, Story story, Article a, String from) {
        if (!story.canonical().equals(a.id())) {
            String target = SitePaths.article(story.canonical());
            return settings.publishing() ? settings.baseUrl() + target : SitePaths.relative(from, target);
        }
        String original = SafeLinks.httpOrEmpty(a.url());
        if (!original.isEmpty()) {
            return original;
        }
        return settings.publishing() ? settings.baseUrl() + from : "";
    }
}
