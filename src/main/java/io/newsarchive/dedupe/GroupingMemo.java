package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import java.util.List;

/**
 * What grouping works out from one article alone (its shingle count and LSH band keys, a print of its event terms) or
 * from one pair of articles (how many shingles they share), kept from one build to the next, so a rebuild shingles
 * only the articles that changed. (Event terms themselves are not kept: held for every canonical version through
 * grouping and the memo's saving, they took a 100,000-article build past a 1 GB heap; a 128-bit print of them is.)
 * Everything that spans the archive (candidate pairs, the vocabulary and idf, clusters, stories) is worked out afresh
 * from these, so a grouping with a memo equals one without. One thing that spans the archive is kept whole: the
 * grouping of reports into events, with a digest of what it read and its joined groups in canonical order; a build
 * whose digest is the same and whose order sorts those groups alike (an article changed after its lead, say) takes
 * it again, as working it out again would give it to the bit.
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
        public void keep(List<Article> articles, ArticleWork[] work, long[] pairs, int[] shared,
                         EventGrouping events) {
        }
    };

    /**
     * One article's work.
     *
     * @param shingles how many shingles its text has (sorted, unique)
     * @param bandKeys its {@link CopyDetector#BANDS} LSH band keys; null when the text is too short to compare,
     *                 which makes them unused
     * @param eventTerms the two longs of its event terms' print; null when they were not worked out (the article was
     *                   no cluster's canonical version)
     */
    record ArticleWork(int shingles, long[] bandKeys, long[] eventTerms) {
    }

    /**
     * The grouping of canonical versions into events, as a build worked it out.
     *
     * @param inputs    a digest of what the grouping read but the canonical order (each version's id, date and
     *                  event terms' print, and the settings)
     * @param groups    the groups of two or more, by position in the list of canonical versions
     * @param decisions its decisions
     * @param joined    the groups before they were split, each in the canonical order: with an equal digest, a
     *                  build whose canonical order sorts each of these alike groups alike
     */
    record EventGrouping(String inputs, List<List<Integer>> groups, List<Decision> decisions,
                         List<List<Integer>> joined) {
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

            @Override
            public EventGrouping events() {
                return null;
            }
        };

        /** Article {@code i}'s work, or null when none was kept for an article like it. */
        ArticleWork article(int i);

        /** How many shingles articles {@code x} and {@code y} share (either way round), or -1 when unknown. */
        int sharedShingles(int x, int y);

        /** The last build's grouping into events, or null when none was kept. */
        EventGrouping events();
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
     * @param events this build's grouping into events
     */
    void keep(List<Article> articles, ArticleWork[] work, long[] pairs, int[] shared, EventGrouping events);
}
