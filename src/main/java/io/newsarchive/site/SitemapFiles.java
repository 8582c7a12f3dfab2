package io.newsarchive.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sitemap.xml and robots.txt, for search engines: written only when the site has a base URL, since both need
 * absolute addresses. A sitemap may list at most {@value #MAX_URLS} addresses, so a bigger site gets a sitemap
 * index pointing to several.
 */
final class SitemapFiles {
    static final int MAX_URLS = 50_000;

    private SitemapFiles() {
    }

    /** Writes the sitemap of the given pages (paths from the root) and robots.txt; returns the files written. */
    static List<String> render(RenderContext ctx, List<String> pages) {
        String base = ctx.settings().baseUrl();
        List<String> urls = pages.stream().filter(p -> !p.equals(SitePaths.NOT_FOUND)).sorted()
                .map(p -> base + p).toList();
        List<String> written = new ArrayList<>();
        if (urls.size() <= MAX_URLS) {
            ctx.page(SitePaths.SITEMAP, "sitemap.ftlx", Map.of("urls", urls));
            written.add(SitePaths.SITEMAP);
        } else {
            List<String> parts = new ArrayList<>();
            for (int from = 0, part = 1; from < urls.size(); from += MAX_URLS, part++) {
                String path = SitePaths.sitemapPart(part);
                ctx.page(path, "sitemap.ftlx", Map.of("urls", urls.subList(from, Math.min(urls.size(), from + MAX_URLS))));
                written.add(path);
                parts.add(base + path);
            }
            ctx.page(SitePaths.SITEMAP, "sitemap-index.ftlx", Map.of("sitemaps", parts));
            written.add(SitePaths.SITEMAP);
        }
        Map<String, Object> robots = new LinkedHashMap<>();
        robots.put("sitemap", base + SitePaths.SITEMAP);
        ctx.page(SitePaths.ROBOTS, "robots.ftl", robots);
        written.add(SitePaths.ROBOTS);
        return written;
    }
}
