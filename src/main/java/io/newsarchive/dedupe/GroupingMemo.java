package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.List;

/**
 * What grouping works out from one article alone (its shingle count and LSH band keys) or from one pair of articles
 * (how many shingles they share), kept from one build to the next, so a rebuild shingles only the articles that
 * changed. (Event terms are not kept: held for every canonical version through grouping and the memo's saving,
 * they took a 100,000-article build past a 1 GB heap.) Everything that spans the archive (candidate pairs, the
 * vocabulary and idf, clusters, stories) is still worked out afresh from these, so a grouping with a memo equals one
 * without.
 * The stage defines what it needs; the cache package keeps it in a file.
 */
public interface GroupingMemo {
    /** A memo that recalls nothing and keeps nothing: the grouping does all its work, as with {@code --no-cache}. */
    GroupingMemo NONE = new GroupingMemo() {
        @Override
        public Recalled recall(List<Article> articles) {
            return Recalled.NOTHING;
        }

        @Override
        public void keep(List<Article> articles, ArticleWork[] work, long[] pairs, int[] shared) {
        }
    };

    /**
     * One article's work.
     *
     * @param shingles how many shingles its text has (sorted, unique)
     * @param bandKeys its {@link CopyDetector#BANDS} LSH band keys; null when the text is too short to compare,
     *                 which makes them unused
     */
    record ArticleWork(int shingles, long[] bandKeys) {
    }

    /** What an earlier build kept for this build's articles, by their positions in the list recalled for. */
    interface Recalled {
        Recalled NOTHING = new Recalled() {
            @Override
            public ArticleWork article(int i) {
                return null;
            }

            @Override
            public int sharedShingles(int x, int y) {
                return -1;
            }
        };

        /** Article {@code i}'s work, or null when none was kept for an article like it. */
        ArticleWork article(int i);

        /** How many shingles articles {@code x} and {@code y} share (either way round), or -1 when unknown. */
        int sharedShingles(int x, int y);
    }

    /** What was kept for these articles (the grouping's, in id order). */
    Recalled recall(List<Article> articles);

    /**
     * This build's work, for the next build: called once, when the grouping is done. The arrays are the memo's to
     * keep; nothing else in the grouping refers to them.
     *
     * @param work   each article's work, by position in {@code articles}
     * @param pairs  every pair whose shared shingles were counted or recalled, packed as {@code x << 32 | y}
     * @param shared their shared shingle counts
     */
    void keep(List<Article> articles, ArticleWork[] work, long[] pairs, int[] shared);
}
