package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import io.newsarchive.site.PageModels.StoryLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page per input article: its text, where it came from, its story, related headlines, previous/next story. */
final class ArticlePages {
    private static final String TEMPLATE = "article.ftlh";

    private ArticlePages() {
    }

    /**
     * Everything an article page shows besides the site's settings, gathered from the page plan: the page's model is
     * made from this alone ({@link #model}), so a rebuild that finds these inputs as last time keeps the page without
     * making its model. Article pages are most of a site's pages, and making and digesting every model was a fifth
     * of a one-change rebuild of 100,000 articles.
     *
     * @param article        the page's article
     * @param story          its story
     * @param original       the version it is a copy of, or null
     * @param newer          the story before its story in reading order, or null
     * @param older          the story after it, or null
     * @param relatedTargets the article each related headline links to ({@link PageModels#relatedTargets})
     */
    record Inputs(Article article, Story story, Article original, StoryLink newer, StoryLink older,
                  List<String> relatedTargets) {
        static Inputs of(PagePlan plan, Article a) {
            Story story = plan.storyOf(a);
            String original = story.copyOf().get(a.id());
            return new Inputs(a, story, original == null ? null : plan.article(original), StoryLink.newer(plan, story),
                    StoryLink.older(plan, story), PageModels.relatedTargets(a, plan.headlines()));
        }

        /**
         * The inputs as values {@link ModelFingerprint#ofInputs} digests: the article (by its key), and of the rest
         * what the model takes from it. A value added to the model must be added here, or a page would be kept when
         * it changed; {@code PageInputsRebuildTest} changes each of them.
         */
        List<Object> digested() {
            List<Object> values = new ArrayList<>();
            values.add(article);
            values.add(story.id());
            values.add(story.canonical());
            values.add(story.versions().size());
            values.add(PageModels.dateInputs(story.date()));
            values.add(original == null ? "" : original.id());
            values.add(original == null ? "" : original.headline());
            values.add(original == null ? "" : original.outlet().name());
            values.add(StoryLink.digested(newer));
            values.add(StoryLink.digested(older));
            values.add(relatedTargets);
            return values;
        }
    }

    static List<String> render(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        List<Article> articles = plan.archive().articles();
        return ctx.inParallel(articles, a -> renderOne(ctx, a));
    }

    private static List<String> renderOne(RenderContext ctx, Article a) {
        String path = SitePaths.article(a.id());
        Inputs inputs = Inputs.of(ctx.plan(), a);
        ctx.pageFromInputs(path, TEMPLATE, inputs.digested(), () -> model(ctx.settings(), inputs, path));
        return List.of(path);
    }

    /** The page's model: from its inputs and the settings alone. */
    static Map<String, Object> model(SiteSettings settings, Inputs in, String path) {
        Article a = in.article();
        Map<String, Object> model = PageModels.base(settings, path, a.headline(), "article");
        model.put("article", PageModels.article(a, path));
        model.put("related", PageModels.related(a, path, in.relatedTargets()));
        model.put("storyDate", PageModels.date(in.story().date()));
        model.put("story", storyLink(in, path));
        model.put("neighbours", PageModels.neighbours(in.newer(), in.older(), path));
        model.put("breadcrumbs", PageModels.breadcrumbs(path, "Outlets", SitePaths.OUTLETS,
                a.outlet().name(), SitePaths.outletPage(a.outlet().id(), 1), a.headline(), ""));
        model.put("canonicalUrl", canonicalUrl(settings, in.story(), a, path));
        return model;
    }

    /** Where an article page points readers for its story; {@code several} is false when it is a story of its own. */
    private static Map<String, Object> storyLink(Inputs in, String from) {
        Story story = in.story();
        Article original = in.original();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("several", story.hasSeveralVersions());
        m.put("href", SitePaths.relative(from, SitePaths.storyEntry(story)));
        m.put("versions", story.versions().size());
        m.put("isCanonical", story.canonical().equals(in.article().id()));
        m.put("copyOfHeadline", original == null ? "" : original.headline());
        m.put("copyOfOutlet", original == null ? "" : original.outlet().name());
        m.put("copyOfHref", original == null ? "" : SitePaths.relative(from, SitePaths.article(original.id())));
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
