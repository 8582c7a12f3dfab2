package io.newsarchive.model;

import java.util.List;
import java.util.Objects;

/**
 * What a user's manifest says about one input file; each non-empty value beats what the parser found.
 *
 * @param source   the file's path under the input folder
 * @param url      the original's address (http/https), or empty
 * @param outlet   the outlet's name or alias, or empty
 * @param headline the headline, or empty
 * @param date     the publication date, or {@link ArticleDate#NONE}
 * @param byline   the author(s), or empty
 * @param language a BCP 47 language tag, or empty
 * @param tags     the user's tags
 */
public record MetadataOverride(String source, String url, String outlet, String headline, ArticleDate date,
                               String byline, String language, List<String> tags) {
    public static MetadataOverride none(String source) {
        return new MetadataOverride(source, "", "", "", ArticleDate.NONE, "", "", List.of());
    }

    public MetadataOverride {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(language, "language");
        tags = List.copyOf(tags);
    }
}
