package io.newsarchive.site;

import io.newsarchive.model.Story;
import java.time.YearMonth;

/**
 * The one place that knows the site's URL scheme. Every path is relative to the site root with forward slashes;
 * pages link to each other with {@link #relative(String, String)}, so the site works from disk and under any
 * prefix (a GitHub Pages project path). Every link names its file ({@code …/index.html}), because a folder link
 * opened from disk shows a file listing, not the page.
 */
public final class SitePaths {
    public static final String INDEX = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String STYLESHEET = "assets/style.css";
    public static final String SEARCH_SCRIPT = "assets/search.js";
    public static final String CATALOG = "articles.csv";
    public static final String REPORT = "report.html";
    public static final String SEARCH = "search.html";
    public static final String OUTLETS = "outlets/index.html";
    public static final String TIME = "time/index.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOJEKYLL = ".nojekyll";
    /** Search shards are named prefix + number + ".js"; the search page passes the prefixes to its script. */
    public static final String SEARCH_TERMS_PREFIX = "search/terms-";
    public static final String SEARCH_DOCS_PREFIX = "search/docs-";

    private SitePaths() {
    }

    public static String article(String articleId) {
        return "articles/" + articleId + ".html";
    }

    public static String story(String storyId) {
        return "stories/" + storyId + ".html";
    }

    /** Where a story is read: its story page when it has several versions, else its one article's page. */
    public static String storyEntry(Story story) {
        return story.hasSeveralVersions() ? story(story.id()) : article(story.canonical());
    }

    /** The index page {@code page} (1-based): index.html, then page/2.html … */
    public static String indexPage(int page) {
        return page <= 1 ? INDEX : "page/" + page + ".html";
    }

    /** An outlet's page {@code page} (1-based): outlets/ID/index.html, then outlets/ID/2.html … */
    public static String outletPage(String outletId, int page) {
        return "outlets/" + outletId + "/" + (page <= 1 ? INDEX : page + ".html");
    }

    public static String outletFeed(String outletId) {
        return "outlets/" + outletId + "/feed.xml";
    }

    public static String year(int year) {
        return "time/" + year + "/" + INDEX;
    }

    /** A month's page {@code page} (1-based): time/2022/07/index.html, then time/2022/07/2.html … */
    public static String month(YearMonth month, int page) {
        int m = month.getMonthValue();
        String folder = "time/" + month.getYear() + "/" + (m < 10 ? "0" + m : String.valueOf(m)); // as %02d
        return folder + "/" + (page <= 1 ? INDEX : page + ".html");
    }

    /** The undated stories' page {@code page} (1-based). */
    public static String undated(int page) {
        return "time/undated/" + (page <= 1 ? INDEX : page + ".html");
    }

    /** One shard of the search index's terms, loaded by the search page as a script. */
    public static String searchTerms(int shard) {
        return SEARCH_TERMS_PREFIX + shard + ".js";
    }

    /** One shard of the search index's documents (headline, outlet, date, text for snippets). */
    public static String searchDocs(int shard) {
        return SEARCH_DOCS_PREFIX + shard + ".js";
    }

    /** The sitemaps a sitemap index points to when the site has more pages than one sitemap may list. */
    public static String sitemapPart(int part) {
        return "sitemaps/" + part + ".xml";
    }

    /** The link from the page at {@code from} to the file at {@code to}, both relative to the site root. */
    public static String relative(String from, String to) {
        return rootFrom(from) + to;
    }

    /** "../" once per folder level of {@code page}; empty for a page at the root. */
    public static String rootFrom(String page) {
        int depth = 0;
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
