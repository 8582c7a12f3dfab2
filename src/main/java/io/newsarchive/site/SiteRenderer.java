package io.newsarchive.site;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.write.OutputFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Renders an {@link Archive} into an output folder, one renderer per page kind: home, articles, stories, outlets,
 * time, search, the fixed pages, then (with a base URL) feeds, sitemap and robots.txt; and the catalog, assets and
 * .nojekyll. Pages are rendered in parallel; each page's bytes depend only on the archive, so the output is the
 * same whatever the thread count.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final SiteSettings settings;
    private final ForkJoinPool pool;
    private final CatalogRows catalogRows;
    private final Function<Article, byte[]> articleKeys;

    public SiteRenderer(Templates templates, SiteSettings settings, ForkJoinPool pool) {
        this(templates, settings, pool, null, a -> null);
    }

    private SiteRenderer(Templates templates, SiteSettings settings, ForkJoinPool pool, CatalogRows catalogRows,
                         Function<Article, byte[]> articleKeys) {
        this.templates = templates;
        this.settings = settings;
        this.pool = pool;
        this.catalogRows = catalogRows;
        this.articleKeys = articleKeys;
    }

    /** This renderer, copying the catalog rows the last build wrote when nothing they show has changed. */
    public SiteRenderer keepingCatalogRows(CatalogRows rows) {
        return new SiteRenderer(templates, settings, pool, rows, articleKeys);
    }

    /**
     * This renderer, taking the fingerprint of a page over an article it shows from {@code keys}: a digest of
     * everything the article holds (null for an article it does not know), given instead of the article's text.
     * With them, article, story, home, outlet and month pages and the search index's document shards are
     * fingerprinted by their inputs ({@code RenderContext.pageFromInputs}, {@code fileFromInputs}), and a rebuild
     * keeps an unchanged one without making it; without them, every page's model is made and walked, text and all.
     */
    public SiteRenderer keyingArticles(Function<Article, byte[]> keys) {
        return new SiteRenderer(templates, settings, pool, catalogRows, keys);
    }

    /**
     * What rendering wrote.
     *
     * @param pages         HTML pages written
     * @param files         all files written
     * @param feedsSkipped  true when feeds, sitemap.xml and robots.txt were left out for want of a base URL
     */
    public record Rendered(int pages, int files, boolean feedsSkipped) {
        /** The rendering as a short note, kept with the output records. */
        public String note() {
            return pages + "," + files + "," + feedsSkipped;
        }

        /** The rendering a note describes, for a build that kept the whole site; null for a garbled note. */
        public static Rendered fromNote(String note) {
            String[] n = note.split(",");
            try {
                return new Rendered(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Boolean.parseBoolean(n[2]));
            } catch (RuntimeException garbled) {
                return null;
            }
        }
    }

    public Rendered render(Archive archive, OutputFolder out) {
        return render(archive, "", out);
    }

    /**
     * Renders the site; {@code archiveKey} is a digest of the archive's whole content (articles and stories), or
     * empty when none is known: files made from the whole archive are kept when the key is as last time.
     */
    public Rendered render(Archive archive, String archiveKey, OutputFolder out) {
        return render(archive, archiveKey, out, SearchTermsMemo.NONE);
    }

    /**
     * Renders the site as {@link #render(Archive, String, OutputFolder)} does, taking unchanged articles' search terms
     * from {@code searchTerms} and leaving this build's there for the next.
     */
    public Rendered render(Archive archive, String archiveKey, OutputFolder out, SearchTermsMemo searchTerms) {
        RenderContext ctx = new RenderContext(templates, settings, new PagePlan(archive, pool), out, pool, archiveKey,
                searchTerms, articleKeys);
        List<String> pages = new ArrayList<>();
        pages.addAll(HomePages.render(ctx));
        pages.addAll(ArticlePages.render(ctx));
        pages.addAll(StoryPages.render(ctx));
        pages.addAll(OutletPages.render(ctx));
        pages.addAll(TimePages.render(ctx));
        pages.addAll(SearchPage.render(ctx));
        pages.addAll(FixedPages.render(ctx));
        if (settings.publishing()) {
            Feeds.render(ctx);
            SitemapFiles.render(ctx, pages);
        }
        out.write(SitePaths.STYLESHEET, templates.asset(SitePaths.STYLESHEET));
        out.write(SitePaths.NOJEKYLL, new byte[0]);
        out.writeStreamed(SitePaths.CATALOG, archiveKey.isEmpty() ? "" : "catalog " + archiveKey,
                stream -> Catalog.write(archive, settings.catalogBody(), stream, pool, catalogRows));
        return new Rendered(pages.size(), out.filesWritten(), !settings.publishing());
    }
}
