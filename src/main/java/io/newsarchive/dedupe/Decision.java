package io.newsarchive.dedupe;

import java.util.Locale;

/**
 * One grouping decision, for users who want to see why two articles were or were not joined
 * ({@code --explain-stories}).
 *
 * @param a        one article's id
 * @param b        the other's
 * @param relation what was tested: a syndicated copy, or the same story
 * @param score    the main score (containment for copies, weighted cosine for stories)
 * @param second   the second score: Jaccard for copies; days apart for stories, or for an undated article the
 *                 score of its runner-up match
 * @param joined   whether the test joined them
 * @param reason   in words
 */
public record Decision(String a, String b, Relation relation, double score, double second, boolean joined,
                       String reason) implements Comparable<Decision> {
    /** Which relation a decision is about. */
    public enum Relation { COPY, SAME_STORY }

    /** One line: tab-separated, stable. */
    public String line() {
        return String.format(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%.3f\t%s\t%s", relation == Relation.COPY ? "copy" : "story",
                a, b, score, second, joined ? "joined" : "apart", reason);
    }

    @Override
    public int compareTo(Decision o) {
        int c = relation.compareTo(o.relation);
        if (c == 0) {
            c = a.compareTo(o.a);
        }
        return c != 0 ? c : b.compareTo(o.b);
    }
}
