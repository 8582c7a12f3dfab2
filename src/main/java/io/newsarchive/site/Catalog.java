package io.newsarchive.site;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.model.Story;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
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

    /**
     * What the {@code body} column holds: the text ({@code FULL}, the default), or nothing ({@code OMIT}), for a
     * catalog of metadata a quarter of the site's size; every article's text stays on its page either way.
     */
    public enum Body {
        FULL, OMIT
    }

    private Catalog() {
    }

    /** Writes the catalog with every article's body. */
    public static void write(Archive archive, ToIntFunction<Article> words, OutputStream out) throws IOException {
        write(archive, words, Body.FULL, out);
    }

    /**
     * Writes the catalog as CSV (UTF-8, LF line ends, cells quoted where needed) row by row: in a large archive it
     * is hundreds of megabytes, which a build should not hold in memory (twice: as text and as bytes). {@code words}
     * gives an article's word count (the page plan has them counted already); {@code body} says whether the body
     * column is filled or left empty (the header is the same either way).
     */
    public static void write(Archive archive, ToIntFunction<Article> words, Body body, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Map<String, Story> storyOf = archive.storyOfArticle();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(COLUMNS);
        for (Article a : archive.articles()) {
            Story story = storyOf.get(a.id());
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
                    words.applyAsInt(a),
                    a.related().stream().map(RelatedLink::headline).collect(Collectors.joining("\n")),
                    body == Body.FULL ? body(a) : "",
                    a.url(),
                    a.language(),
                    String.join(";", a.tags()),
                    a.kicker(),
                    a.related().stream().map(RelatedLink::label).collect(Collectors.joining("\n")),
                    a.related().stream().map(RelatedLink::url).collect(Collectors.joining("\n")));
        }
        printer.flush();
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
