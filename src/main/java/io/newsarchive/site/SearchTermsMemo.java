package io.newsarchive.site;

import io.newsarchive.model.Article;
import java.util.List;

/**
 * Each article's search terms as the last build found them, so a rebuild finds afresh only the terms of articles
 * that changed: finding terms was most of the search index's time in a rebuild. Terms are numbered in a table of
 * distinct terms; an article's terms are its numbers. Only sets are kept: the index's bytes do not depend on the
 * order of terms inside an article (its lists are by term, in article order, and its terms sorted).
 */
public interface SearchTermsMemo {
    /** A memo that knows nothing and keeps nothing (a build without a cache). */
    SearchTermsMemo NONE = new SearchTermsMemo() {
        @Override
        public List<String> terms() {
            return List.of();
        }

        @Override
        public int numberOf(String term) {
            return -1;
        }

        @Override
        public DocTermNumbers find(Article article) {
            return null;
        }

        @Override
        public void keep(List<String> terms, List<Article> articles, List<DocTermNumbers> numbers) {
        }
    };

    /**
     * An article's terms by their number: those of its headline and all of them (headline and body), each in
     * increasing order without repeats.
     */
    record DocTermNumbers(int[] headline, int[] all) {
    }

    /** The last build's table of terms: a term's number is its place in this list. */
    List<String> terms();

    /** The number of a term in {@link #terms()}, or -1 when the table does not have it. */
    int numberOf(String term);

    /**
     * The last build's terms of an article (numbers in {@link #terms()}), or null when the article is new or changed.
     * Called from many threads at once.
     */
    DocTermNumbers find(Article article);

    /**
     * Remembers this build's terms for the next build: {@code terms} numbers them (null where a number is unused) and
     * {@code numbers} holds each article's terms, in the order of {@code articles}. The lists are not changed after.
     */
    void keep(List<String> terms, List<Article> articles, List<DocTermNumbers> numbers);
}
