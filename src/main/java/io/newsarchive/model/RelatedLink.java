package io.newsarchive.model;

import java.util.Objects;

/**
 * A headline the source page listed beside the article ("Related News", "Read More" …), with the label it stood
 * under. {@code url} is empty when the copy carried only the text (raw text usually does).
 */
public record RelatedLink(String label, String headline, String url) {
    public RelatedLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(url, "url");
        if (headline.isBlank()) {
            throw new IllegalArgumentException("a related link needs a headline");
        }
    }

    public static RelatedLink of(String label, String headline) {
        return new RelatedLink(label, headline, "");
    }
}
