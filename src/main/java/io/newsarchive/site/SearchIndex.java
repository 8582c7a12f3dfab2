package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        List<Article> docs = new ArrayList<>(plan.archive().articles());
        docs.sort(Comparator.comparing((Article a) -> plan.shownDate(a).isPresent() ? 0 : 1)
                .thenComparing(plan::shownDate, Comparator.reverseOrder())
                .thenComparing(Article::id));

        // postings are kept in PARTS maps by the low bits of their term's shard, so blocks merge on all threads at
        // once, each thread its own maps: merged on one thread, they were a sixth of a large rebuild's search work
        List<Map<String, Postings>> all = new ArrayList<>();
        List<Map<String, Postings>> inHeadline = new ArrayList<>();
        for (int p = 0; p < PARTS; p++) {
            all.add(new HashMap<>());
            inHeadline.add(new HashMap<>());
        }
        long[] postings = new long[PARTS];
        // terms are found in parallel a block of articles at a time, so memory holds one block's terms, not all
        for (int from = 0; from < docs.size(); from += TERM_BLOCK) {
            List<Article> block = docs.subList(from, Math.min(docs.size(), from + TERM_BLOCK));
            List<DocTerms> terms = ctx.pool().submit(() -> block.parallelStream().map(DocTerms::of).toList()).join();
            int first = from;
            ctx.parallel(() -> IntStream.range(0, PARTS).parallel().forEach(p -> {
                Map<String, Postings> mine = all.get(p);
                Map<String, Postings> mineInHeadline = inHeadline.get(p);
                for (int i = 0; i < terms.size(); i++) {
                    int d = first + i;
                    for (String t : terms.get(i).all()[p]) {
                        mine.computeIfAbsent(t, k -> new Postings()).add(d);
                    }
                    postings[p] += terms.get(i).all()[p].length;
                    for (String t : terms.get(i).headline()[p]) {
                        mineInHeadline.computeIfAbsent(t, k -> new Postings()).add(d);
                    }
                }
            }));
        }
        long total = java.util.stream.LongStream.of(postings).sum();
        int termShards = 1;
        while (termShards < MAX_TERM_SHARDS && (long) termShards * POSTINGS_PER_SHARD < total) {
            termShards *= 2;
        }
        List<TreeMap<String, Postings>> shards = new ArrayList<>();
        for (int i = 0; i < termShards; i++) {
            shards.add(new TreeMap<>());
        }
        int shardCount = termShards;
        // with at least PARTS shards a shard's terms all come from one part (its low bits), so parts fill their
        // shards at once; fewer shards take terms from several parts, and are filled one part after another
        IntStream parts = IntStream.range(0, PARTS);
        ctx.parallel(() -> (shardCount >= PARTS ? parts.parallel() : parts).forEach(p ->
                all.get(p).forEach((term, list) -> shards.get(SearchTerms.shardOf(term, shardCount)).put(term, list))));
        ctx.parallel(() -> IntStream.range(0, shardCount).parallel().forEach(i ->
                ctx.out().write(SitePaths.searchTerms(i), termShard(i, shards.get(i),
                        term -> inHeadline.get(SearchTerms.shardOf(term, PARTS)).get(term)))));

        int docShards = (docs.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD;
        ctx.parallel(() -> IntStream.range(0, docShards).parallel().forEach(i ->
                ctx.out().write(SitePaths.searchDocs(i), docShard(plan, i,
                        docs.subList(i * DOCS_PER_SHARD, Math.min(docs.size(), (i + 1) * DOCS_PER_SHARD))))));
        return new Shape(termShards, docShards, docs.size());
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

    private static byte[] termShard(int shard, TreeMap<String, Postings> terms,
                                    java.util.function.Function<String, Postings> inHeadline) {
        StringBuilder all = new StringBuilder();
        StringBuilder head = new StringBuilder();
        terms.forEach((term, postings) -> {
            all.append(all.isEmpty() ? "" : ",").append(JsText.quote(term)).append(':')
                    .append(JsText.quote(postings.gaps()));
            Postings h = inHeadline.apply(term);
            if (h != null) {
                head.append(head.isEmpty() ? "" : ",").append(JsText.quote(term)).append(':')
                        .append(JsText.quote(h.gaps()));
            }
        });
        return ("NewsSearch.addTerms(" + shard + ",{" + all + "},{" + head + "});\n")
                .getBytes(StandardCharsets.UTF_8);
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

    /** A growing list of article numbers, added in increasing order. */
    private static final class Postings {
        private int[] docs = new int[4];
        private int size;

        void add(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }

        String gaps() {
            StringBuilder out = new StringBuilder(size * 3);
            int previous = 0;
            for (int i = 0; i < size; i++) {
                out.append(i == 0 ? "" : ",").append(Integer.toString(docs[i] - previous, 36));
                previous = docs[i];
            }
            return out.toString();
        }
    }
}
