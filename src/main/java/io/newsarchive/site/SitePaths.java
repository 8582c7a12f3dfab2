package io.newsarchive.site;

/**
 * The one place that knows the site's URL scheme. Every path is relative to the site root with forward slashes;
 * pages link to each other with {@link #relative(String, String)}, so the site works from disk and under any
 * prefix (a GitHub Pages project path).
 */
public final class SitePaths {
    public static final String INDEX = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String STYLESHEET = "assets/style.css";
    public static final String CATALOG = "articles.csv";
    public static final String REPORT = "report.html";

    private SitePaths() {
    }

    public static String article(String articleId) {
        return "articles/" + articleId + ".html";
    }

    public static String story(String storyId) {
        return "stories/" + storyId + ".html";
    }

    /** Where a story is read: its story page when it has several versions, else its one article's page. */
    public static String storyEntry(io.newsarchive.model.Story story) {
        return story.hasSeveralVersions() ? story(story.id()) : article(story.canonical());
    }

    /** The index page {@code page} (1-based): index.html, then page/2.html … */
    public static String indexPage(int page) {
        return page <= 1 ? INDEX : "page/" + page + ".html";
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
