package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import io.newsarchive.site.PageModels.StoryLink;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page per story with several versions: the canonical text, then every version and what each copy changed. */
final class StoryPages {
    private static final String TEMPLATE = "story.ftlh";

    private StoryPages() {
    }

    /**
     * Everything a story page shows besides the site's settings, gathered from the page plan: the page's model is made
     * from this alone ({@link #model}), so a rebuild that finds these inputs as last time keeps the page without
     * making its model (every version's text, and the text each copy is a copy of).
     *
     * @param story          the story
     * @param canonical      its canonical version's article
     * @param versions       its versions' articles, in the story's order
     * @param originals      for each version, the article it is a copy of, or null
     * @param newer          the story before it in reading order, or null
     * @param older          the story after it, or null
     * @param relatedTargets the article each of the canonical version's related headlines links to
     */
    record Inputs(Story story, Article canonical, List<Article> versions, List<Article> originals, StoryLink newer,
                  StoryLink older, List<String> relatedTargets) {
        static Inputs of(PagePlan plan, Story s) {
            List<Article> versions = new ArrayList<>();
            List<Article> originals = new ArrayList<>();
            for (String id : s.versions()) {
                versions.add(plan.article(id));
                String original = s.copyOf().get(id);
                originals.add(original == null ? null : plan.article(original));
            }
            Article canonical = plan.article(s.canonical());
            return new Inputs(s, canonical, versions, originals, StoryLink.newer(plan, s), StoryLink.older(plan, s),
                    PageModels.relatedTargets(canonical, plan.headlines()));
        }

        /**
         * The inputs as values {@link ModelFingerprint#ofInputs} digests: every version and original (by its key),
         * and of the rest what the model takes from it. A value added to the model must be added here, or a page
         * would be kept when it changed; {@code PageInputsRebuildTest} changes each of them.
         */
        List<Object> digested() {
            List<Object> values = new ArrayList<>();
            values.add(story.id());
            values.add(canonical);
            values.add(PageModels.dateInputs(story.date()));
            for (int i = 0; i < versions.size(); i++) {
                values.add(versions.get(i));
                values.add(originals.get(i) == null ? "" : originals.get(i));
            }
            values.add(StoryLink.digested(newer));
            values.add(StoryLink.digested(older));
            values.add(relatedTargets);
            return values;
        }
    }

    static List<String> render(RenderContext ctx) {
        List<Story> several = ctx.plan().stories().stream().filter(Story::hasSeveralVersions).toList();
        return ctx.inParallel(several, s -> renderOne(ctx, s));
    }

    private static List<String> renderOne(RenderContext ctx, Story s) {
        String path = SitePaths.story(s.id());
        Inputs inputs = Inputs.of(ctx.plan(), s);
        ctx.pageFromInputs(path, TEMPLATE, inputs.digested(), () -> model(ctx.settings(), inputs, path));
        return List.of(path);
    }

    /** The page's model, with every copy's diff from its original: from its inputs and the settings alone. */
    static Map<String, Object> model(SiteSettings settings, Inputs in, String path) {
        Story s = in.story();
        Article canonical = in.canonical();
        Map<String, Object> model = PageModels.base(settings, path, canonical.headline(), "story");
        model.put("story", PageModels.storyEntry(s, canonical, in.versions(), path));
        model.put("canonical", PageModels.article(canonical, path));
        model.put("related", PageModels.related(canonical, path, in.relatedTargets()));
        List<Map<String, Object>> versions = new ArrayList<>();
        for (int i = 0; i < in.versions().size(); i++) {
            Article v = in.versions().get(i);
            Article o = in.originals().get(i);
            boolean isCanonical = v.id().equals(s.canonical());
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("article", PageModels.article(v, path));
            version.put("isCanonical", isCanonical);
            version.put("relation", isCanonical ? "canonical" : o != null ? "copy" : "report");
            if (o != null) {
                version.put("copyOf", PageModels.article(o, path));
                version.put("diff", VersionDiff.of(o, v));
            }
            versions.add(version);
        }
        model.put("versions", versions);
        model.put("neighbours", PageModels.neighbours(in.newer(), in.older(), path));
        model.put("breadcrumbs", breadcrumbs(s, path, canonical.headline()));
        model.put("canonicalUrl", settings.publishing() ? settings.baseUrl() + path : "");
        return model;
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
