package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Atom feeds of the latest stories (the whole archive) and of each outlet's latest articles. Atom needs absolute
 * addresses, so feeds are written only when the site has a base URL. Every date in a feed comes from the articles,
 * never from the clock, so a rebuild writes the same feed; times the source printed without a zone are given as
 * UTC.
 */
final class Feeds {
    static final int ENTRIES = 50;

    private Feeds() {
    }

    static List<String> render(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        SiteSettings settings = ctx.settings();
        String base = settings.baseUrl();
        List<String> written = new ArrayList<>();

        List<Map<String, Object>> entries = new ArrayList<>();
        for (Story s : plan.stories()) {
            if (entries.size() == ENTRIES || !s.date().isPresent()) {
                break;
            }
            Article canonical = plan.article(s.canonical());
            entries.add(entry(base + SitePaths.storyEntry(s), canonical.headline(), s.date(), canonical));
        }
        ctx.page(SitePaths.FEED, "feed.ftlx", feed(settings, SitePaths.FEED, SitePaths.INDEX, settings.title(),
                "The latest stories of " + settings.title(), settings.title(), entries));
        written.add(SitePaths.FEED);

        for (PagePlan.OutletShelf shelf : plan.outlets()) {
            List<Map<String, Object>> outletEntries = new ArrayList<>();
            for (Article a : shelf.articles()) {
                ArticleDate date = plan.shownDate(a);
                if (outletEntries.size() == ENTRIES || !date.isPresent()) {
                    break;
                }
                outletEntries.add(entry(base + SitePaths.article(a.id()), a.headline(), date, a));
            }
            String path = SitePaths.outletFeed(shelf.outlet().id());
            String name = shelf.outlet().name();
            ctx.page(path, "feed.ftlx", feed(settings, path, SitePaths.outletPage(shelf.outlet().id(), 1),
                    name + " · " + settings.title(), "The latest articles from " + name + " in " + settings.title(),
                    name, outletEntries));
            written.add(path);
        }
        return written;
    }

    private static Map<String, Object> feed(SiteSettings settings, String path, String page, String title,
                                            String subtitle, String author, List<Map<String, Object>> entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", settings.baseUrl() + path);
        m.put("title", title);
        m.put("subtitle", subtitle);
        m.put("self", settings.baseUrl() + path);
        m.put("alternate", settings.baseUrl() + page);
        m.put("author", author);
        // the newest entry's date; an empty feed gets a fixed date rather than the build's time
        m.put("updated", entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).get("updated"));
        m.put("entries", entries);
        return m;
    }

    private static Map<String, Object> entry(String url, String title, ArticleDate date, Article text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", url);
        m.put("href", url);
        m.put("title", title);
        m.put("updated", rfc3339(date));
        m.put("summary", PageModels.lead(text.lead()));
        m.put("author", text.byline().isEmpty() ? text.outlet().name() : text.byline());
        return m;
    }

    /** Atom's date form: {@code 2022-07-15T21:38:00Z}; a day without a time is taken at midnight. */
    static String rfc3339(ArticleDate date) {
        return date.day() + "T" + date.time().withSecond(0).withNano(0) + ":00Z";
    }
}
