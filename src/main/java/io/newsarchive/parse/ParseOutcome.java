package io.newsarchive.parse;

import io.newsarchive.model.Article;

/** What parsing one file gave: an article, or the reason there is none. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Rejected {
    /** The file is an article. */
    record Parsed(Article article) implements ParseOutcome {
    }

    /** The file holds no article; {@code reason} says why, for the build report. */
    record Rejected(String reason) implements ParseOutcome {
    }
}
