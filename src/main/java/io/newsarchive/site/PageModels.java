package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the data each template receives (documented in docs/templates.md): plain maps, lists and strings, so a
 * template needs no knowledge of Java and every value is escaped by the HTML output format.
 */
final class PageModels {
    private static final int LEAD_CHARS = 220;

    private PageModels() {
    }

    /** What every page gets: the site, and the page's own path and way back to the root. */
    static Map<String, Object> base(SiteSettings settings, String pagePath, String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("baseUrl", settings.baseUrl());
        model.put("site", site);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("path", pagePath);
        page.put("title", title);
        model.put("page", page);
        model.put("root", SitePaths.rootFrom(pagePath));
        return model;
    }

    static Map<String, Object> date(ArticleDate date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", date.isPresent());
        m.put("iso", date.iso());
        m.put("display", DisplayDates.display(date));
        return m;
    }

    static Map<String, Object> article(Article a, String fromPage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("source", a.source());
        m.put("headline", a.headline());
        m.put("headlineDerived", a.headlineDerived());
        m.put("kicker", a.kicker());
        m.put("outlet", a.outlet().name());
        m.put("outletId", a.outlet().id());
        m.put("date", date(a.date()));
        m.put("byline", a.byline());
        m.put("dateline", a.dateline());
        m.put("credit", a.credit());
        m.put("url", SafeLinks.httpOrEmpty(a.url()));
        m.put("words", a.wordCount());
        m.put("lead", lead(a.lead()));
        m.put("href", SitePaths.relative(fromPage, SitePaths.article(a.id())));
        List<Map<String, Object>> body = new ArrayList<>();
        for (BodyBlock b : a.body()) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("kind", b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            block.put("text", b.text());
            body.add(block);
        }
        m.put("body", body);
        List<Map<String, Object>> related = new ArrayList<>();
        for (RelatedLink r : a.related()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("label", r.label());
            link.put("headline", r.headline());
            link.put("url", SafeLinks.httpOrEmpty(r.url()));
            related.add(link);
        }
        m.put("related", related);
        m.put("notes", a.notes());
        m.put("language", a.language());
        m.put("tags", a.tags());
        return m;
    }

    /** A story as an index entry: its canonical version's headline, date, lead, and who carried it. */
    static Map<String, Object> storyEntry(Story s, Map<String, Article> byId, String fromPage) {
        Article canonical = byId.get(s.canonical());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("headline", canonical.headline());
        m.put("date", date(s.date()));
        m.put("lead", lead(canonical.lead()));
        m.put("href", SitePaths.relative(fromPage, SitePaths.storyEntry(s)));
        m.put("versions", s.versions().size());
        List<String> outlets = new ArrayList<>();
        for (String v : s.versions()) {
            String name = byId.get(v).outlet().name();
            if (!outlets.contains(name)) {
                outlets.add(name);
            }
        }
        m.put("outlets", outlets);
        return m;
    }

    /** The lead cut at a word boundary, for one-line summaries. */
    static String lead(String text) {
        if (text.length() <= LEAD_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', LEAD_CHARS);
        return text.substring(0, space > 0 ? space : LEAD_CHARS).replaceAll("[\\s,;:–—-]+$", "") + "…";
    }
}
