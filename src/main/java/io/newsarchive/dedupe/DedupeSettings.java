package io.newsarchive.dedupe;

/**
 * The thresholds of the dedupe stage, as named settings. The defaults were measured on the labelled sets in the
 * test tree (DedupeAccuracyTest prints the figures); README documents them.
 *
 * @param shingleWords          words per shingle
 * @param minShingles           texts with fewer shingles never count as copies (a tiny text matches anything)
 * @param copyContainment       a copy shares at least this share of the smaller text's shingles…
 * @param copyJaccard           …and at least this Jaccard similarity (a half-length copy is about 0.5)
 * @param copyJaccardAlone      or this Jaccard similarity whatever the containment
 * @param storySimilarity       same story: least weighted cosine of headline and lead terms, both dated
 * @param storySimilarityUndated an undated article joins its best dated match only above this similarity…
 * @param storyMargin           …and only when that match beats the next best (another story) by this factor
 * @param storyWindowDays       same story: the dates at most this many days apart
 */
public record DedupeSettings(int shingleWords, int minShingles, double copyContainment, double copyJaccard,
                             double copyJaccardAlone, double storySimilarity, double storySimilarityUndated,
                             double storyMargin, int storyWindowDays) {
    public static final DedupeSettings DEFAULTS = new DedupeSettings(5, 25, 0.6, 0.2, 0.5, 0.40, 0.15, 1.5, 3);
}
