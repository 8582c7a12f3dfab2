package io.newsarchive.site;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.model.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The catalog {@code articles.csv}: one row per input article, for researchers and scripts. Its columns are a
 * public interface: new columns are only ever added at the end.
 */
public final class Catalog {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "source", "outlet", "headline", "headline_derived",
            "date", "date_inferred", "byline", "dateline", "credit", "story", "copy_of", "page", "words", "related",
            "body", "url", "language", "tags", "kicker", "related_labels", "related_urls");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    /** Rows formatted as one piece of work, and pieces formatted at once (some 25 MB of text in a large archive). */
    private static final int BLOCK_ROWS = 256;
    private static final int BLOCKS_PER_BATCH = 16;

    /**
     * What the {@code body} column holds: the text ({@code FULL}, the default), or nothing ({@code OMIT}), for a
     * catalog of metadata a quarter of the site's size; every article's text stays on its page either way.
     */
    public enum Body {
        FULL, OMIT
    }

    private Catalog() {
    }

    /**
     * Writes the catalog as CSV (UTF-8, LF line ends, cells quoted where needed) a batch of rows at a time: in a large
     * archive it is hundreds of megabytes, which a build should not hold in memory (twice: as text and as bytes).
     * The rows of a batch are formatted in parallel on {@code pool}, in blocks that are then written in order: a
     * row's cells depend on its article alone, so the bytes are those of one printer writing row after row, and
     * formatting on one thread was a tenth of a large rebuild. {@code body} says whether the body column is filled
     * or left empty (the header is the same either way).
     */
    public static void write(Archive archive, Body body, OutputStream out, ForkJoinPool pool) throws IOException {
        write(archive, body, out, pool, null);
    }

    /**
     * Like {@link #write(Archive, Body, OutputStream, ForkJoinPool)}, copying every row that {@code kept} (when not
     * null) holds from the last build under the same key, and telling it where this build wrote each row.
     */
    public static void write(Archive archive, Body body, OutputStream out, ForkJoinPool pool, CatalogRows kept)
            throws IOException {
        Map<String, Story> storyOf = archive.storyOfArticle();
        List<Article> articles = archive.articles();
        byte[] header = header();
        out.write(header);
        long at = header.length;
        int batch = BLOCK_ROWS * BLOCKS_PER_BATCH;
        // the next batch is formatted while this one is written: waiting for the writing left the threads idle for
        // a good part of the catalog's time
        ForkJoinTask<List<Block>> next = articles.isEmpty() ? null
                : pool.submit(() -> batch(articles, 0, batch, storyOf, body, kept));
        for (int from = 0; from < articles.size(); from += batch) {
            List<Block> formatted = next.join();
            int following = from + batch;
            next = following < articles.size()
                    ? pool.submit(() -> batch(articles, following, batch, storyOf, body, kept)) : null;
            for (Block block : formatted) {
                for (int r = 0; r < block.rows().length; r++) {
                    out.write(block.rows()[r]);
                    if (kept != null) {
                        kept.wrote(block.keys()[r], at, block.rows()[r]);
                    }
                    at += block.rows()[r].length;
                }
            }
        }
        if (kept != null) {
            kept.finished();
        }
    }

    /** Some rows in order, each as its CSV bytes, with the keys they are kept under (null without a store). */
    private record Block(byte[][] rows, byte[][] keys) {
    }

    /** The rows of articles {@code from .. from + batch}, formatted (or copied) in parallel blocks, in order. */
    private static List<Block> batch(List<Article> articles, int from, int batch, Map<String, Story> storyOf,
                                     Body body, CatalogRows kept) {
        List<Article> rows = articles.subList(from, Math.min(articles.size(), from + batch));
        int blocks = (rows.size() + BLOCK_ROWS - 1) / BLOCK_ROWS;
        return IntStream.range(0, blocks).parallel()
                .mapToObj(b -> rows(rows.subList(b * BLOCK_ROWS, Math.min(rows.size(), (b + 1) * BLOCK_ROWS)),
                        storyOf::get, body, kept))
                .toList();
    }

    /** The header row as UTF-8 CSV. */
    private static byte[] header() {
        StringBuilder text = new StringBuilder();
        try {
            new CSVPrinter(text, FORMAT).printRecord(COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Some rows as UTF-8 CSV, one array each: a row the last build's catalog holds under the same key is copied from
     * it, any other is formatted. A row's key covers everything it shows: the article (by its key), the story
     * columns, and whether bodies are written.
     */
    private static Block rows(List<Article> articles, Function<String, Story> storyOf, Body body, CatalogRows kept) {
        byte[][] rows = new byte[articles.size()][];
        byte[][] keys = new byte[articles.size()][];
        StringBuilder text = new StringBuilder(6000);
        java.security.MessageDigest md = kept == null ? null : md5(); // one per block, not one per row
        try {
            CSVPrinter printer = new CSVPrinter(text, FORMAT);
            for (int r = 0; r < articles.size(); r++) {
                Article a = articles.get(r);
                Story story = storyOf.apply(a.id());
                byte[] articleKey = kept == null ? null : kept.articleKey(a);
                if (articleKey != null) {
                    keys[r] = rowKey(md, articleKey, a, story, body);
                    rows[r] = kept.find(keys[r]);
                    if (rows[r] != null) {
                        continue;
                    }
                }
                text.setLength(0); // the printer has ended its last record: it starts the next one afresh
                printer.printRecord(
                        a.id(),
                        a.source(),
                        a.outlet().name(),
                        a.headline(),
                        a.headlineDerived() ? "true" : "false",
                        a.date().iso(),
                        story != null && !a.date().isPresent() ? story.date().iso() : "",
                        a.byline(),
                        a.dateline(),
                        a.credit(),
                        story == null ? a.id() : story.id(),
                        story == null ? "" : story.copyOf().getOrDefault(a.id(), ""),
                        SitePaths.article(a.id()),
                        a.wordCount(),
                        a.related().stream().map(RelatedLink::headline).collect(Collectors.joining("\n")),
                        body == Body.FULL ? body(a) : "",
                        a.url(),
                        a.language(),
                        String.join(";", a.tags()),
                        a.kicker(),
                        a.related().stream().map(RelatedLink::label).collect(Collectors.joining("\n")),
                        a.related().stream().map(RelatedLink::url).collect(Collectors.joining("\n")));
                rows[r] = text.toString().getBytes(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return new Block(rows, keys);
    }

    private static java.security.MessageDigest md5() {
        try {
            return java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no MD5", e);
        }
    }

    /** The key of a row: its article's key and everything else the row shows (story columns, body or not). */
    private static byte[] rowKey(java.security.MessageDigest md, byte[] articleKey, Article a, Story story,
                                 Body body) {
        md.update(articleKey); // digest() below leaves md reset for the next row
        String storyColumns = story == null ? "-" : story.id() + "\n" + story.copyOf().getOrDefault(a.id(), "")
                + "\n" + (a.date().isPresent() ? "" : story.date().iso());
        md.update((body.name() + "\n" + storyColumns).getBytes(StandardCharsets.UTF_8));
        return md.digest();
    }

    /**
     * Paragraphs separated by blank lines; a crosshead is written "## text", a block quote "> text" and a list item
     * "- text", so every block survives a round trip.
     */
    static String body(Article a) {
        StringBuilder out = new StringBuilder();
        for (BodyBlock b : a.body()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(switch (b.kind()) {
                case CROSSHEAD -> "## ";
                case QUOTE -> "> ";
                case LIST_ITEM -> "- ";
                case PARAGRAPH -> "";
            });
            out.append(b.text());
        }
        return out.toString();
    }
}
