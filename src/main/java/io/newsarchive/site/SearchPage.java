package io.newsarchive.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page, its script and its index. Only this page loads the script, and the script loads index shards
 * only once a query is given, so no other page pays for search.
 */
final class SearchPage {
    private SearchPage() {
    }

    static List<String> render(RenderContext ctx) {
        SearchIndex.Shape shape = SearchIndex.write(ctx);
        ctx.out().write(SitePaths.SEARCH_SCRIPT, ctx.templates().asset(SitePaths.SEARCH_SCRIPT));
        String path = SitePaths.SEARCH;
        Map<String, Object> model = PageModels.base(ctx.settings(), path, "Search", "search");
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("script", SitePaths.relative(path, SitePaths.SEARCH_SCRIPT));
        search.put("termShards", shape.termShards());
        search.put("docShards", shape.docShards());
        search.put("docsPerShard", SearchIndex.DOCS_PER_SHARD);
        search.put("docCount", shape.docs());
        search.put("termsPrefix", SitePaths.relative(path, SitePaths.SEARCH_TERMS_PREFIX));
        search.put("docsPrefix", SitePaths.relative(path, SitePaths.SEARCH_DOCS_PREFIX));
        // the index stores article ids; the script puts each in the place of {id} to link the article's page
        search.put("articleHref", SitePaths.relative(path, SitePaths.article("{id}")));
        model.put("search", search);
        model.put("breadcrumbs", PageModels.breadcrumbs(path, "Search", ""));
        ctx.page(path, "search.ftlh", model);
        return List.of(path);
    }
}
