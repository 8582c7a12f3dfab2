package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.site.SearchTermsMemo.DocTermNumbers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The full-text search index, written as JavaScript files so the search page can load them with {@code <script>}
 * from disk, where {@code fetch} is blocked. It is sharded two ways so a query loads only what it needs, however
 * big the archive: terms are spread over term shards by a hash (a query loads one shard per word), and the
 * articles' display data over document shards of {@value #DOCS_PER_SHARD} (a page of results loads the shards of
 * the articles it shows).
 *
 * <p>Articles are numbered newest first, so a list of article numbers is also in date order and ties in score go
 * to the newer article. A term's list is written as base-36 gaps between numbers ("3,1,a" is 3, 4, 14).
 */
final class SearchIndex {
    static final int DOCS_PER_SHARD = 50;
    /** About this many list entries per term shard (some 100 KB); the shard count grows with the archive. */
    static final int POSTINGS_PER_SHARD = 20_000;
    static final int MAX_TERM_SHARDS = 4096;
    /**
     * Enough of each article's text for a result's lead of some forty words (a match in it is marked, and a snippet
     * centres on it); a match further on shows the lead. A thousand characters made the documents three quarters of
     * the search index's bytes, for context rarely seen: results show four lines.
     */
    static final int SNIPPET_TEXT_CHARS = 300;
    private static final int TERM_BLOCK = 2048;
    /**
     * Postings are merged in this many parts at once (a power of two, so a term's part is the low bits of its shard
     * whatever the shard count).
     */
    private static final int PARTS = 16;

    /** The index's shape, for the search page: the script needs the shard counts to find a term's shard. */
    record Shape(int termShards, int docShards, int docs) {
    }

    private SearchIndex() {
    }

    /** Writes the index's shards and returns its shape; keeps last build's shards when the archive is as it was. */
    static Shape write(RenderContext ctx) {
        String group = "search-index";
        if (!ctx.archiveKey().isEmpty()) {
            java.util.Optional<String> kept = ctx.out().reuseGroup(group, ctx.archiveKey());
            if (kept.isPresent()) {
                String[] n = kept.get().split(",");
                return new Shape(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]));
            }
        }
        Shape shape = make(ctx);
        if (!ctx.archiveKey().isEmpty()) {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < shape.termShards(); i++) {
                paths.add(SitePaths.searchTerms(i));
            }
            for (int i = 0; i < shape.docShards(); i++) {
                paths.add(SitePaths.searchDocs(i));
            }
            ctx.out().recordGroup(group, ctx.archiveKey(), shape.termShards() + "," + shape.docShards() + ","
                    + shape.docs(), paths);
        }
        return shape;
    }

    private static Shape make(RenderContext ctx) {
        PagePlan plan = ctx.plan();
        // each article's shown date is looked up once, not in every comparison: sorting was a sixth of a rebuild's
        // search work, all of it on one thread; and compared as numbers, not through ArticleDate's chained comparator
        List<Article> docs = plan.archive().articles().stream().map(a -> Dated.of(a, plan.shownDate(a)))
                .sorted(Dated::newestFirst).map(Dated::article).toList();

        SearchTermsMemo memo = ctx.searchTerms();
        TermTable table = new TermTable(memo);
        List<DocTermNumbers> numbers = new ArrayList<>(docs.size());
        // an unchanged article's terms come from the memo; the others' are found in parallel a block at a time, so
        // memory holds one block's terms as strings, not all
        for (int from = 0; from < docs.size(); from += TERM_BLOCK) {
            List<Article> block = docs.subList(from, Math.min(docs.size(), from + TERM_BLOCK));
            List<Object> found = ctx.pool().submit(() -> block.parallelStream().<Object>map(a -> {
                DocTermNumbers kept = memo.find(a);
                return kept != null ? kept : DocTerms.of(a);
            }).toList()).join();
            numbers.addAll(table.number(found, ctx));
        }
        // the two kinds of lists are filled at once: each is a pass over every article on one thread
        int size = table.size();
        java.util.concurrent.ForkJoinTask<PostingLists> headlineLists = ctx.pool().submit(() ->
                PostingLists.of(numbers, DocTermNumbers::headline, size));
        PostingLists all = PostingLists.of(numbers, DocTermNumbers::all, size);
        PostingLists inHeadline = headlineLists.join();
        memo.keep(table.terms(), docs, numbers);

        long total = all.total();
        int termShards = 1;
        while (termShards < MAX_TERM_SHARDS && (long) termShards * POSTINGS_PER_SHARD < total) {
            termShards *= 2;
        }
        int[][] shards = table.byShard(all, termShards, ctx);
        // a term shard is kept when its terms and their lists are as last time: one changed article changes the
        // shards of the terms it gained or lost, and writing every shard out to compare it took 0.07 s of a 10,000
        // article rebuild
        ctx.parallel(() -> IntStream.range(0, shards.length).parallel().forEach(i ->
                ctx.fileFromInputs(SitePaths.searchTerms(i), "search terms",
                        termShardInputs(i, shards[i], table, all, inHeadline),
                        () -> termShard(i, shards[i], table, all, inHeadline))));

        // a document shard is kept when its articles and their shown dates are as last time: one changed article
        // changes one shard, and making every shard again was the largest part of a one-change rebuild's index
        int docShards = (docs.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD;
        ctx.parallel(() -> IntStream.range(0, docShards).parallel().forEach(i -> {
            List<Article> shard = docs.subList(i * DOCS_PER_SHARD, Math.min(docs.size(), (i + 1) * DOCS_PER_SHARD));
            ctx.fileFromInputs(SitePaths.searchDocs(i), "search documents", docShardInputs(plan, i, shard),
                    () -> docShard(plan, i, shard));
        }));
        return new Shape(termShards, docShards, docs.size());
    }

    /**
     * This build's terms by number: the memo's table first, then the terms it lacks, numbered as they are first met.
     * New terms are numbered in {@value #PARTS} parts at once (by the low bits of the term's shard), each part in
     * article order, so the numbers are the same whatever the thread count.
     */
    private static final class TermTable {
        private final SearchTermsMemo memo;
        private final List<String> known;
        private final int base;
        private final List<Map<String, Integer>> added = new ArrayList<>();
        private final List<List<String>> addedTerms = new ArrayList<>();

        TermTable(SearchTermsMemo memo) {
            this.memo = memo;
            this.known = memo.terms();
            this.base = known.size();
            for (int p = 0; p < PARTS; p++) {
                added.add(new HashMap<>());
                addedTerms.add(new ArrayList<>());
            }
        }

        /** One number past the largest a term may have. */
        int size() {
            int most = 0;
            for (List<String> t : addedTerms) {
                most = Math.max(most, t.size());
            }
            return base + most * PARTS;
        }

        String term(int number) {
            if (number < base) {
                return known.get(number);
            }
            int n = number - base;
            return addedTerms.get(n % PARTS).get(n / PARTS);
        }

        /** Every number's term, null where a number is not used. */
        List<String> terms() {
            String[] terms = new String[size()];
            for (int n = 0; n < terms.length; n++) {
                int a = n - base;
                terms[n] = n < base ? known.get(n)
                        : a / PARTS < addedTerms.get(a % PARTS).size() ? addedTerms.get(a % PARTS).get(a / PARTS) : null;
            }
            return Arrays.asList(terms);
        }

        /** A block's articles' terms by number: kept ones as they are, found ones numbered (new terms added). */
        List<DocTermNumbers> number(List<Object> found, RenderContext ctx) {
            int n = found.size();
            int[][][] headline = new int[n][PARTS][];
            int[][][] all = new int[n][PARTS][];
            ctx.parallel(() -> IntStream.range(0, PARTS).parallel().forEach(p -> {
                for (int i = 0; i < n; i++) {
                    if (found.get(i) instanceof DocTerms terms) {
                        headline[i][p] = number(terms.headline()[p], p);
                        all[i][p] = number(terms.all()[p], p);
                    }
                }
            }));
            return ctx.pool().submit(() -> IntStream.range(0, n).parallel().mapToObj(i ->
                    found.get(i) instanceof DocTermNumbers kept ? kept
                            : new DocTermNumbers(joined(headline[i]), joined(all[i]))).toList()).join();
        }

        private int[] number(String[] terms, int part) {
            int[] numbers = new int[terms.length];
            Map<String, Integer> mine = added.get(part);
            List<String> mineTerms = addedTerms.get(part);
            for (int t = 0; t < terms.length; t++) {
                int known = memo.numberOf(terms[t]);
                numbers[t] = known >= 0 ? known : mine.computeIfAbsent(terms[t], term -> {
                    mineTerms.add(term);
                    return base + (mineTerms.size() - 1) * PARTS + part;
                });
            }
            return numbers;
        }

        private static int[] joined(int[][] parts) {
            int size = 0;
            for (int[] p : parts) {
                size += p.length;
            }
            int[] numbers = new int[size];
            int at = 0;
            for (int[] p : parts) {
                System.arraycopy(p, 0, numbers, at, p.length);
                at += p.length;
            }
            Arrays.sort(numbers);
            return numbers;
        }

        /** The numbers of the terms in use, by term shard, each shard's in the order of their terms. */
        int[][] byShard(PostingLists all, int shards, RenderContext ctx) {
            int size = all.size();
            int[] shardOf = new int[size];
            ctx.parallel(() -> IntStream.range(0, size).parallel().forEach(n ->
                    shardOf[n] = all.isEmpty(n) ? -1 : SearchTerms.shardOf(term(n), shards)));
            int[] counts = new int[shards];
            for (int s : shardOf) {
                if (s >= 0) {
                    counts[s]++;
                }
            }
            int[][] byShard = new int[shards][];
            for (int s = 0; s < shards; s++) {
                byShard[s] = new int[counts[s]];
            }
            int[] filled = new int[shards];
            for (int n = 0; n < size; n++) {
                if (shardOf[n] >= 0) {
                    byShard[shardOf[n]][filled[shardOf[n]]++] = n;
                }
            }
            ctx.parallel(() -> IntStream.range(0, shards).parallel().forEach(s -> {
                Integer[] boxed = Arrays.stream(byShard[s]).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, Comparator.comparing(this::term));
                for (int i = 0; i < boxed.length; i++) {
                    byShard[s][i] = boxed[i];
                }
            }));
            return byShard;
        }
    }

    /**
     * An article's headline terms and all its terms (headline and body), each split into {@value #PARTS} parts by
     * the low bits of the term's shard, in the order the terms first occur.
     */
    private record DocTerms(String[][] headline, String[][] all) {
        static DocTerms of(Article a) {
            // the body is read as the UTF-8 it is kept in: decoding and joining it was a third of the terms' cost
            List<byte[]> body = new ArrayList<>(a.body().size());
            for (BodyBlock b : a.body()) {
                body.add(b.utf8());
            }
            return new DocTerms(split(SearchTerms.of(a.headline())), split(SearchTerms.ofJoined(a.headline(), body,
                    () -> joined(a))));
        }

        /** Headline and body blocks, a line break between each: the text the terms are read from. */
        private static String joined(Article a) {
            StringBuilder text = new StringBuilder(a.headline());
            for (BodyBlock b : a.body()) {
                text.append('\n').append(b.text());
            }
            return text.toString();
        }

        private static String[][] split(List<String> terms) {
            int[] partOf = new int[terms.size()];
            int[] sizes = new int[PARTS];
            int t = 0;
            for (String term : terms) {
                partOf[t] = SearchTerms.shardOf(term, PARTS);
                sizes[partOf[t++]]++;
            }
            String[][] parts = new String[PARTS][];
            for (int p = 0; p < PARTS; p++) {
                parts[p] = new String[sizes[p]];
            }
            int[] filled = new int[PARTS];
            t = 0;
            for (String term : terms) {
                int p = partOf[t++];
                parts[p][filled[p]++] = term;
            }
            return parts;
        }
    }

    private static byte[] termShard(int shard, int[] terms, TermTable table, PostingLists all,
                                    PostingLists inHeadline) {
        StringBuilder allText = new StringBuilder();
        StringBuilder head = new StringBuilder();
        for (int n : terms) {
            String term = JsText.quote(table.term(n));
            allText.append(allText.isEmpty() ? "" : ",").append(term).append(':').append(JsText.quote(all.gaps(n)));
            if (!inHeadline.isEmpty(n)) {
                head.append(head.isEmpty() ? "" : ",").append(term).append(':').append(JsText.quote(inHeadline.gaps(n)));
            }
        }
        return ("NewsSearch.addTerms(" + shard + ",{" + allText + "},{" + head + "});\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What {@link #termShard} makes a shard from: its number, and each term with its two lists of articles. */
    private static List<Object> termShardInputs(int shard, int[] terms, TermTable table, PostingLists all,
                                                PostingLists inHeadline) {
        List<Object> inputs = new ArrayList<>(1 + 3 * terms.length);
        inputs.add(shard);
        for (int n : terms) {
            inputs.add(table.term(n));
            inputs.add(all.list(n));
            inputs.add(inHeadline.list(n));
        }
        return inputs;
    }

    /**
     * A shard of articles' display data: {@code addDocs(shard, outlets, docs)} where {@code outlets} names each
     * outlet of the shard once and each doc is {@code [id, headline, outlet number, ISO date, text]}. The script
     * makes the page's address from the id and the date as readers see it from the ISO date.
     */
    private static byte[] docShard(PagePlan plan, int shard, List<Article> docs) {
        Map<String, Integer> outlets = new LinkedHashMap<>();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            Article a = docs.get(i);
            int outlet = outlets.computeIfAbsent(a.outlet().name(), name -> outlets.size());
            list.append(i == 0 ? "\n[" : ",\n[")
                    .append(JsText.quote(a.id())).append(',')
                    .append(JsText.quote(a.headline())).append(',')
                    .append(outlet).append(',')
                    .append(JsText.quote(plan.shownDate(a).iso())).append(',')
                    .append(JsText.quote(snippetText(a))).append(']');
        }
        String names = String.join(",", outlets.keySet().stream().map(JsText::quote).toList());
        return ("NewsSearch.addDocs(" + shard + ",[" + names + "],[" + list + "]);\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What {@link #docShard} makes a shard from: its number, and each article (by its key) with its shown date. */
    private static List<Object> docShardInputs(PagePlan plan, int shard, List<Article> docs) {
        List<Object> inputs = new ArrayList<>(1 + 2 * docs.size());
        inputs.add(shard);
        for (Article a : docs) {
            inputs.add(a);
            inputs.add(plan.shownDate(a).iso());
        }
        return inputs;
    }

    /** An article with its shown date as numbers, for ordering the index's articles. */
    private record Dated(Article article, boolean present, long day, long time, boolean hasTime) {
        static Dated of(Article a, ArticleDate d) {
            return new Dated(a, d.isPresent(), d.day().toEpochDay(), d.time().toNanoOfDay(), d.hasTime());
        }

        /**
         * Dated before undated; then newest first, as ArticleDate's order reversed (day, time, then a known time
         * before none); then by id.
         */
        static int newestFirst(Dated x, Dated y) {
            if (x.present != y.present) {
                return x.present ? -1 : 1;
            }
            int c = Long.compare(y.day, x.day);
            if (c == 0) {
                c = Long.compare(y.time, x.time);
            }
            if (c == 0) {
                c = Boolean.compare(y.hasTime, x.hasTime);
            }
            return c != 0 ? c : x.article.id().compareTo(y.article.id());
        }
    }

    private static String snippetText(Article a) {
        StringBuilder text = new StringBuilder();
        // paragraphs are decoded only as far as the snippet reaches (Article.paragraphs() decodes the whole text)
        for (BodyBlock b : a.body()) {
            if (text.length() >= SNIPPET_TEXT_CHARS) {
                break;
            }
            if (!b.isCrosshead()) {
                text.append(text.isEmpty() ? "" : " ").append(b.text());
            }
        }
        if (text.length() <= SNIPPET_TEXT_CHARS) {
            return text.toString();
        }
        int cut = text.lastIndexOf(" ", SNIPPET_TEXT_CHARS);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(text.charAt(SNIPPET_TEXT_CHARS - 1)) ? SNIPPET_TEXT_CHARS - 1
                    : SNIPPET_TEXT_CHARS; // never split a character in two
        }
        return text.substring(0, cut) + " …"; // the result shows the text goes on
    }

    /**
     * Every term's list of article numbers, in one array: a term's list is {@code docs[start[n]..start[n + 1])}, in
     * increasing order. Filled by term number, it needs no hashing of terms.
     */
    private record PostingLists(int[] start, int[] docs) {
        static PostingLists of(List<DocTermNumbers> numbers, Function<DocTermNumbers, int[]> which, int size) {
            int[] start = new int[size + 1];
            for (DocTermNumbers d : numbers) {
                for (int n : which.apply(d)) {
                    start[n + 1]++;
                }
            }
            for (int n = 0; n < size; n++) {
                start[n + 1] += start[n];
            }
            int[] next = Arrays.copyOf(start, size);
            int[] docs = new int[start[size]];
            for (int d = 0; d < numbers.size(); d++) {
                for (int n : which.apply(numbers.get(d))) {
                    docs[next[n]++] = d;
                }
            }
            return new PostingLists(start, docs);
        }

        int size() {
            return start.length - 1;
        }

        long total() {
            return docs.length;
        }

        boolean isEmpty(int term) {
            return start[term] == start[term + 1];
        }

        /** A term's list, as a value a fingerprint takes. */
        IntSlice list(int term) {
            return new IntSlice(docs, start[term], start[term + 1]);
        }

        String gaps(int term) {
            int from = start[term];
            int to = start[term + 1];
            StringBuilder out = new StringBuilder((to - from) * 3);
            int previous = 0;
            for (int i = from; i < to; i++) {
                if (i > from) {
                    out.append(',');
                }
                appendBase36(out, docs[i] - previous);
                previous = docs[i];
            }
            return out.toString();
        }

        /** As {@code Integer.toString(n, 36)} for n >= 0, without a string for each number. */
        private static void appendBase36(StringBuilder out, int n) {
            if (n < 36) {
                out.append(Character.forDigit(n, 36));
                return;
            }
            appendBase36(out, n / 36);
            out.append(Character.forDigit(n % 36, 36));
        }
    }
}
