package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Articles → stories, in two steps. First syndicated copies (near-identical texts) fold into copy clusters; then
 * the clusters' canonical texts that report one event group into a story. Each story keeps every version, knows
 * which version each copy copies, and shows its canonical version first.
 */
public final class Deduper {
    /** The stories, newest first, and every decision taken on the way. */
    public record Result(List<Story> stories, List<Decision> decisions) {
    }

    private final DedupeSettings settings;
    private final ForkJoinPool pool;

    public Deduper(DedupeSettings settings, ForkJoinPool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /** @param input the articles, in any order: they are grouped in id order, so the result never depends on it */
    public Result group(List<Article> input) {
        return group(input, GroupingMemo.NONE);
    }

    /**
     * Groups with an earlier build's work on single articles and pairs recalled from {@code memo}, and hands this
     * build's to it. The result is exactly {@link #group(List)}'s: what follows from one article or one pair alone is
     * recalled, and the grouping into events when it would read what it read before; everything else that spans the
     * archive is worked out again.
     */
    public Result group(List<Article> input, GroupingMemo memo) {
        List<Article> articles = inIdOrder(input);
        GroupingMemo.Recalled recalled = memo.recall(articles);
        CanonicalOrder order = CanonicalOrder.of(articles, pool);
        CopyDetector.Result copies = new CopyDetector(settings, pool).detect(articles, order, recalled);
        int n = articles.size();
        int[] clusterOf = new int[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = -1;
        }
        List<List<Integer>> clusters = new ArrayList<>(copies.clusters());
        for (int c = 0; c < clusters.size(); c++) {
            for (int m : clusters.get(c)) {
                clusterOf[m] = c;
            }
        }
        for (int i = 0; i < n; i++) {
            if (clusterOf[i] < 0) {
                clusterOf[i] = clusters.size();
                clusters.add(List.of(i));
            }
        }
        List<Article> reps = new ArrayList<>(clusters.size());
        int[] repIndex = new int[clusters.size()];
        for (int c = 0; c < clusters.size(); c++) {
            repIndex[c] = clusters.get(c).get(0);
            reps.add(articles.get(repIndex[c]));
        }
        CanonicalOrder repOrder = order.select(repIndex);
        Events events = groupEvents(reps, repIndex, repOrder, recalled, memo != GroupingMemo.NONE);
        int[] eventOf = new int[clusters.size()];
        for (int c = 0; c < eventOf.length; c++) {
            eventOf[c] = -1;
        }
        List<List<Integer>> groups = new ArrayList<>(events.result().groups());
        for (int g = 0; g < groups.size(); g++) {
            for (int c : groups.get(g)) {
                eventOf[c] = g;
            }
        }
        for (int c = 0; c < clusters.size(); c++) {
            if (eventOf[c] < 0) {
                eventOf[c] = groups.size();
                groups.add(List.of(c));
            }
        }
        Story[] stories = new Story[groups.size()];
        PoolTasks.run(pool, () -> IntStream.range(0, stories.length).parallel().forEach(g ->
                stories[g] = story(articles, order, clusters, groups.get(g))));
        List<Decision> decisions = new ArrayList<>(copies.decisions());
        decisions.addAll(events.result().decisions());
        decisions.sort(null);
        if (memo != GroupingMemo.NONE) {
            long[][] printOf = new long[n][];
            for (int c = 0; c < repIndex.length; c++) {
                printOf[repIndex[c]] = events.prints()[c];
            }
            memo.keep(articles, work(copies, printOf), copies.pairs(), copies.shared(), events.kept(settings, reps));
        }
        return new Result(StoryOrder.sorted(stories), decisions);
    }

    /**
     * The grouping into events, with each canonical version's event terms' print (null where not worked out).
     *
     * @param inputs the digest of what the grouping read ({@link EventInputs}), or null when not worked out yet
     */
    private record Events(EventGrouper.Result result, long[][] prints, String inputs) {
        /** What the memo keeps of it. */
        GroupingMemo.EventGrouping kept(DedupeSettings settings, List<Article> reps) {
            return new GroupingMemo.EventGrouping(inputs != null ? inputs : EventInputs.digest(settings, reps, prints),
                    result.groups(), result.decisions(), result.joined());
        }
    }

    /**
     * Groups the canonical versions into events, or takes the last build's grouping when it read what this one would
     * (see {@link GroupingMemo}): the same digest of ids, dates and event terms, and the same canonical order within
     * each group it joined. The prints are worked out for all versions only when a memo will keep them.
     */
    private Events groupEvents(List<Article> reps, int[] repIndex, CanonicalOrder repOrder,
                               GroupingMemo.Recalled recalled, boolean keeping) {
        long[][] prints = new long[reps.size()][];
        int missing = 0;
        for (int c = 0; c < prints.length; c++) {
            GroupingMemo.ArticleWork w = recalled.article(repIndex[c]);
            prints[c] = w == null ? null : w.eventTerms();
            missing += prints[c] == null ? 1 : 0;
        }
        GroupingMemo.EventGrouping kept = recalled.events();
        String inputs = null;
        // a version without a print (new or changed) has its terms worked out for the check, and again for the
        // grouping when the check fails: with more than a sixteenth of them so, the check is not worth its cost
        if (kept != null && missing <= 64 + prints.length / 16) {
            printMissing(reps, prints);
            inputs = EventInputs.digest(settings, reps, prints);
            if (inputs.equals(kept.inputs()) && sameSplits(kept, repOrder, reps.size())) {
                return new Events(new EventGrouper.Result(kept.groups(), kept.decisions(), kept.joined()), prints,
                        inputs);
            }
        }
        EventGrouper.Result result = new EventGrouper(settings, pool).group(reps, repOrder, keeping ? prints : null);
        return new Events(result, prints, inputs);
    }

    /** The event terms' prints that are not known yet, from their terms (not kept: see EventGrouper.termVectors). */
    private void printMissing(List<Article> reps, long[][] prints) {
        PoolTasks.run(pool, () -> IntStream.range(0, prints.length).parallel().filter(c -> prints[c] == null)
                .forEach(c -> prints[c] = EventTerms.print(EventTerms.of(reps.get(c)))));
    }

    /**
     * Whether a kept grouping (its digest equal to this build's) splits its joined groups as this build would: this
     * build's canonical order sorts each of them as it was kept. One edited article of a day can change that, as
     * the order ranks a day's versions by length. Also checks that it names only versions there are, which a sound
     * file under an equal digest always does.
     */
    private static boolean sameSplits(GroupingMemo.EventGrouping kept, CanonicalOrder order, int reps) {
        for (List<List<Integer>> lists : List.of(kept.groups(), kept.joined())) {
            for (List<Integer> group : lists) {
                for (int c : group) {
                    if (c < 0 || c >= reps) {
                        return false;
                    }
                }
            }
        }
        for (List<Integer> group : kept.joined()) {
            for (int k = 1; k < group.size(); k++) {
                if (order.compare(group.get(k - 1), group.get(k)) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Each article's work, recalled or done now, for the memo; {@code prints} by article, null for most. */
    private GroupingMemo.ArticleWork[] work(CopyDetector.Result copies, long[][] prints) {
        int n = copies.sizes().length;
        GroupingMemo.ArticleWork[] work = new GroupingMemo.ArticleWork[n];
        PoolTasks.run(pool, () -> IntStream.range(0, n).parallel().forEach(i -> {
            long[] keys = null;
            if (copies.sizes()[i] >= settings.minShingles()) {
                keys = new long[CopyDetector.BANDS];
                for (int band = 0; band < keys.length; band++) {
                    keys[band] = copies.bandKeys()[band][i];
                }
            }
            work[i] = new GroupingMemo.ArticleWork(copies.sizes()[i], keys, prints[i]);
        }));
        return work;
    }

    /**
     * The articles sorted by id. Candidate pairs, the pairs kept from a crowded LSH bucket and the way round each
     * decision is written follow the articles' positions, so a fixed order makes the result depend on the articles
     * alone. The build passes them sorted already; checking costs one pass.
     */
    private static List<Article> inIdOrder(List<Article> articles) {
        for (int i = 1; i < articles.size(); i++) {
            if (articles.get(i - 1).id().compareTo(articles.get(i).id()) > 0) {
                List<Article> sorted = new ArrayList<>(articles);
                sorted.sort(Comparator.comparing(Article::id));
                return sorted;
            }
        }
        return articles;
    }

    private static Story story(List<Article> articles, CanonicalOrder order, List<List<Integer>> clusters,
                               List<Integer> group) {
        List<Article> versions = new ArrayList<>();
        Map<String, String> copyOf = new HashMap<>();
        int first = clusters.get(group.get(0)).get(0);
        for (int c : group) {
            List<Integer> cluster = clusters.get(c);
            String original = articles.get(cluster.get(0)).id();
            for (int m : cluster) {
                Article a = articles.get(m);
                versions.add(a);
                if (!a.id().equals(original)) {
                    copyOf.put(a.id(), original);
                }
                if (order.compare(m, first) < 0) {
                    first = m;
                }
            }
        }
        Article canonical = articles.get(first); // CanonicalChoice.ORDER's least
        versions.sort(Comparator.comparing((Article a) -> a != canonical)
                .thenComparing(a -> a.date().isPresent() ? 0 : 1)
                .thenComparing(Article::date)
                .thenComparing(Article::id));
        ArticleDate date = versions.stream().map(Article::date).filter(ArticleDate::isPresent).min(Comparator.naturalOrder())
                .orElse(ArticleDate.NONE);
        Map<String, String> ordered = new LinkedHashMap<>(copyOf);
        return new Story(canonical.id(), canonical.id(), versions.stream().map(Article::id).toList(), ordered, date);
    }
}
