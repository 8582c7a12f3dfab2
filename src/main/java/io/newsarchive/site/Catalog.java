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
        Map<String, Story> storyOf = archive.storyOfArticle();
        List<Article> articles = archive.articles();
        out.write(rows(List.of(), a -> null, body, COLUMNS));
        int batch = BLOCK_ROWS * BLOCKS_PER_BATCH;
        // the next batch is formatted while this one is written: waiting for the writing left the threads idle for
        // a good part of the catalog's time
        ForkJoinTask<List<byte[]>> next = articles.isEmpty() ? null
                : pool.submit(() -> batch(articles, 0, batch, storyOf, body));
        for (int from = 0; from < articles.size(); from += batch) {
            List<byte[]> formatted = next.join();
            int following = from + batch;
            next = following < articles.size()
                    ? pool.submit(() -> batch(articles, following, batch, storyOf, body)) : null;
            for (byte[] block : formatted) {
                out.write(block);
            }
        }
    }

    /** The rows of articles {@code from .. from + batch}, formatted in parallel blocks, in order. */
    private static List<byte[]> batch(List<Article> articles, int from, int batch, Map<String, Story> storyOf,
                                      Body body) {
        List<Article> rows = articles.subList(from, Math.min(articles.size(), from + batch));
        int blocks = (rows.size() + BLOCK_ROWS - 1) / BLOCK_ROWS;
        return IntStream.range(0, blocks).parallel()
                .mapToObj(b -> rows(rows.subList(b * BLOCK_ROWS, Math.min(rows.size(), (b + 1) * BLOCK_ROWS)),
                        storyOf::get, body, null))
                .toList();
    }

    /** Some rows as UTF-8 CSV, after a header row when {@code header} is given. */
    private static byte[] rows(List<Article> articles, Function<String, Story> storyOf, Body body,
                               List<String> header) {
        StringBuilder text = new StringBuilder(articles.size() * 6000 + 256);
        try {
            CSVPrinter printer = new CSVPrinter(text, FORMAT);
            if (header != null) {
                printer.printRecord(header);
            }
            for (Article a : articles) {
                Story story = storyOf.apply(a.id());
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
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
