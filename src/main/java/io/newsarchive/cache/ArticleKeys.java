package io.newsarchive.cache;

import io.newsarchive.model.Article;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * A 16-byte digest of everything each article of the archive holds, as the later stages see it (after boilerplate
 * learning): the key under which work that follows from one article alone (its shingles, its search terms, its
 * catalog row) can be kept from one build to the next. An article the parse cache already digested is not digested
 * again; one that boilerplate learning changed is.
 */
public final class ArticleKeys {
    private final Map<Article, byte[]> keys;

    private ArticleKeys(Map<Article, byte[]> keys) {
        this.keys = keys;
    }

    /**
     * The keys of these articles; {@code known} gives the parse cache's digest of an article it holds (the very
     * instance), or null.
     */
    public static ArticleKeys of(List<Article> articles, Function<Article, byte[]> known, ForkJoinPool pool) {
        List<byte[]> each = pool.submit(() -> articles.parallelStream().map(a -> {
            byte[] d = known.apply(a);
            return d != null ? d : ArticleDigest.of(a);
        }).toList()).join();
        Map<Article, byte[]> keys = new IdentityHashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            keys.put(articles.get(i), each.get(i));
        }
        return new ArticleKeys(keys);
    }

    /** The key of an article of the archive (a copy of it: callers may keep it); null for any other article. */
    public byte[] of(Article article) {
        byte[] key = keys.get(article);
        return key == null ? null : key.clone();
    }
}
