package io.newsarchive.testkit;

/**
 * A labelled pair of corpus articles for dedupe accuracy tests.
 *
 * @param hardNegative true for a {@link Relation#DIFFERENT} pair whose two events share their main people
 *                     (and usually place): the pairs a name-overlap heuristic gets wrong
 */
public record LabelledPair(GeneratedArticle a, GeneratedArticle b, Relation relation, boolean hardNegative) {

    public enum Relation {
        /** One is a syndicated copy of the other, or both are copies of the same text. */
        SYNDICATED_COPY,
        /** Same event, independently written texts. */
        SAME_STORY,
        /** Different events. */
        DIFFERENT
    }
}
