package io.newsarchive.site;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.InputProblem;
import io.newsarchive.model.Story;
import io.newsarchive.write.OutputFolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Renders an {@link Archive} into an output folder: the paginated index of stories, one page per article, the
 * catalog, the stylesheet, 404 page and .nojekyll. Pages are rendered in parallel; each page's bytes depend only on
 * the archive, so the output is the same whatever the thread count.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final SiteSettings settings;
    private final ForkJoinPool pool;

    public SiteRenderer(Templates templates, SiteSettings settings, ForkJoinPool pool) {
        this.templates = templates;
        this.settings = settings;
        this.pool = pool;
    }

    /** What rendering wrote. */
    public record Rendered(int pages, int files) {
    }

    public Rendered render(Archive archive, OutputFolder out) {
        Map<String, Article> byId = archive.articlesById();
        int pages = 0;
        pages += renderIndex(archive, byId, out);
        pages += renderArticles(archive, byId, out);
        pages += renderStories(archive, byId, out);
        out.write(SitePaths.NOT_FOUND, templates.render("404.ftlh",
                PageModels.base(settings, SitePaths.NOT_FOUND, "Page not found")));
        pages++;
        out.write(SitePaths.REPORT, templates.render("report.ftlh", reportModel(archive, byId)));
        pages++;
        out.write(SitePaths.STYLESHEET, templates.asset("assets/style.css"));
        out.write(".nojekyll", new byte[0]);
        out.write(SitePaths.CATALOG, Catalog.csv(archive));
        return new Rendered(pages, out.filesWritten());
    }

    private int renderIndex(Archive archive, Map<String, Article> byId, OutputFolder out) {
        List<Story> stories = archive.stories();
        int pageCount = Math.max(1, (stories.size() + settings.pageSize() - 1) / settings.pageSize());
        for (int p = 1; p <= pageCount; p++) {
            String path = SitePaths.indexPage(p);
            Map<String, Object> model = PageModels.base(settings, path, p == 1 ? settings.title() : "Page " + p);
            List<Map<String, Object>> entries = new ArrayList<>();
            int from = (p - 1) * settings.pageSize();
            for (Story s : stories.subList(from, Math.min(stories.size(), from + settings.pageSize()))) {
                entries.add(PageModels.storyEntry(s, byId, path));
            }
            model.put("stories", entries);
            model.put("storyCount", stories.size());
            model.put("articleCount", archive.articles().size());
            model.put("pagination", pagination(path, p, pageCount));
            out.write(path, templates.render("index.ftlh", model));
        }
        return pageCount;
    }

    private int renderArticles(Archive archive, Map<String, Article> byId, OutputFolder out) {
        Map<String, Story> storyOf = archive.storyOfArticle();
        parallel(() -> archive.articles().parallelStream().forEach(a -> {
            String path = SitePaths.article(a.id());
            Map<String, Object> model = PageModels.base(settings, path, a.headline());
            model.put("article", PageModels.article(a, path));
            Story story = storyOf.get(a.id());
            model.put("storyDate", PageModels.date(story.date()));
            model.put("story", storyLink(story, a, byId, path));
            model.put("canonicalUrl", canonicalUrl(story, a, path));
            out.write(path, templates.render("article.ftlh", model));
        }));
        return archive.articles().size();
    }

    private int renderStories(Archive archive, Map<String, Article> byId, OutputFolder out) {
        List<Story> several = archive.stories().stream().filter(Story::hasSeveralVersions).toList();
        parallel(() -> several.parallelStream().forEach(s -> {
            String path = SitePaths.story(s.id());
            Article canonical = byId.get(s.canonical());
            Map<String, Object> model = PageModels.base(settings, path, canonical.headline());
            model.put("story", PageModels.storyEntry(s, byId, path));
            model.put("canonical", PageModels.article(canonical, path));
            List<Map<String, Object>> versions = new ArrayList<>();
            for (String id : s.versions()) {
                Article v = byId.get(id);
                Map<String, Object> version = new LinkedHashMap<>();
                version.put("article", PageModels.article(v, path));
                version.put("isCanonical", id.equals(s.canonical()));
                String original = s.copyOf().get(id);
                version.put("relation", id.equals(s.canonical()) ? "canonical" : original != null ? "copy" : "report");
                if (original != null) {
                    Article o = byId.get(original);
                    version.put("copyOf", PageModels.article(o, path));
                    version.put("diff", VersionDiff.of(o, v));
                }
                versions.add(version);
            }
            model.put("versions", versions);
            model.put("canonicalUrl", settings.baseUrl().isEmpty() ? "" : settings.baseUrl() + path);
            out.write(path, templates.render("story.ftlh", model));
        }));
        return several.size();
    }

    /** Where an article page points readers for its story; empty when it is a story of its own. */
    private static Map<String, Object> storyLink(Story story, Article a, Map<String, Article> byId, String from) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("several", story.hasSeveralVersions());
        m.put("href", SitePaths.relative(from, SitePaths.storyEntry(story)));
        m.put("versions", story.versions().size());
        m.put("isCanonical", story.canonical().equals(a.id()));
        String original = story.copyOf().get(a.id());
        m.put("copyOfHeadline", original == null ? "" : byId.get(original).headline());
        m.put("copyOfOutlet", original == null ? "" : byId.get(original).outlet().name());
        m.put("copyOfHref", original == null ? "" : SitePaths.relative(from, SitePaths.article(original)));
        return m;
    }

    /**
     * The page's rel=canonical: for a version that is not its story's canonical one, that version's page; for the
     * canonical version, the original's address when known, else its own page. Absolute with --base-url; without
     * one, a relative link to a page of the archive (valid, and right for a site opened from disk).
     */
    private String canonicalUrl(Story story, Article a, String from) {
        if (!story.canonical().equals(a.id())) {
            String target = SitePaths.article(story.canonical());
            return settings.baseUrl().isEmpty() ? SitePaths.relative(from, target) : settings.baseUrl() + target;
        }
        String original = SafeLinks.httpOrEmpty(a.url());
        if (!original.isEmpty()) {
            return original;
        }
        return settings.baseUrl().isEmpty() ? "" : settings.baseUrl() + from;
    }

    private void parallel(Runnable task) {
        try {
            pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Map<String, Object> reportModel(Archive archive, Map<String, Article> byId) {
        Map<String, Object> model = PageModels.base(settings, SitePaths.REPORT, "Build report");
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
        return model;
    }

    private static Map<String, Object> pagination(String from, int page, int pageCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", page);
        m.put("pageCount", pageCount);
        m.put("previous", page > 1 ? SitePaths.relative(from, SitePaths.indexPage(page - 1)) : "");
        m.put("next", page < pageCount ? SitePaths.relative(from, SitePaths.indexPage(page + 1)) : "");
        return m;
    }
}
