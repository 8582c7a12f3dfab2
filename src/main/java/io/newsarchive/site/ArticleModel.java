package io.newsarchive.site;

import io.newsarchive.model.Article;
import java.util.LinkedHashMap;

/**
 * The map {@link PageModels#article} makes: a plain map to templates, which also knows the article and the page it
 * was made for. Its every value follows from those two, so {@link ModelFingerprint} can digest the article's key and
 * the page's path instead of walking the map and the article's text.
 */
final class ArticleModel extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    private final transient Article article;
    private final String fromPage;

    ArticleModel(Article article, String fromPage) {
        this.article = article;
        this.fromPage = fromPage;
    }

    Article article() {
        return article;
    }

    String fromPage() {
        return fromPage;
    }
}
