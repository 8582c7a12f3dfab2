package io.newsarchive.read;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An article field a CSV column can fill, with the column names it is guessed from, in order: the first name the
 * header has wins. The names are compared case-insensitively, with spaces and hyphens read as underscores
 * ("Published At" is {@code published_at}). The constants are in the order columns are claimed: a column fills
 * at most one field, so {@code source} is the outlet in a dataset and the file path only in our own catalog.
 */
public enum CsvField {
    ID("id"),
    HEADLINE("title", "headline"),
    HEADLINE_DERIVED("headline_derived"),
    DATE("date", "published", "publish_date", "published_at", "datetime"),
    OUTLET("publication", "outlet", "source", "site", "publisher"),
    BYLINE("author", "byline", "authors"),
    DATELINE("dateline"),
    CREDIT("credit"),
    BODY("content", "text", "body", "article"),
    RELATED("related"),
    /** The label each related headline stood under, one per line (the catalog's column). */
    RELATED_LABELS("related_labels"),
    /** The address of each related headline, one per line (the catalog's column). */
    RELATED_URLS("related_urls"),
    KICKER("kicker"),
    URL("url", "link"),
    LANGUAGE("language"),
    TAGS("tags"),
    /** The catalog's {@code source} (a path under the input folder): guessed only in a table that is a catalog. */
    SOURCE("source");

    private final List<String> guesses;

    CsvField(String... guesses) {
        this.guesses = List.of(guesses);
    }

    /** The column names this field is guessed from, best first. */
    public List<String> guesses() {
        return guesses;
    }

    /** The name used in {@code --csv-columns} and in messages: the catalog's column name ("headline_derived"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this key, case-insensitive. */
    public static Optional<CsvField> byKey(String key) {
        String k = normalize(key);
        return Arrays.stream(values()).filter(f -> f.key().equals(k)).findFirst();
    }

    /** How header names are compared: "Published At" and "published-at" are both {@code published_at}. */
    static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
