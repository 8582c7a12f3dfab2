package io.newsarchive.site;

import io.newsarchive.model.Article;

/**
 * The last build's catalog rows, for a rebuild to copy instead of formatting them again: a row is kept under a key of
 * everything it shows, so a rebuild after one article changed formats one row and copies the rest. The build's
 * cache implements it; without a cache there is none.
 */
public interface CatalogRows {
    /** A digest of everything this article of the archive holds, or null when it has none. */
    byte[] articleKey(Article article);

    /** The bytes (CSV, its line end included) of the row the last catalog held under this key, or null. */
    byte[] find(byte[] rowKey);

    /** Notes that this build's catalog holds, from byte {@code at}, this row under this key. */
    void wrote(byte[] rowKey, long at, byte[] row);

    /** Notes that this build wrote its whole catalog (only then do the rows noted describe the file). */
    void finished();
}
