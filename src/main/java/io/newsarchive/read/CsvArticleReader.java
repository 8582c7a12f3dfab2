package io.newsarchive.read;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.InputProblem;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.model.Slugs;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV table of articles — a dataset, or the catalog {@code articles.csv} a build wrote — one article per
 * row. Rows are streamed: each article is handed to the caller as soon as its row is read, so a table of any size
 * fits in memory. A row that cannot be an article (no body) is reported with its row number and skipped; the rest
 * of the file still loads. Row numbers count the header as row 1, as a spreadsheet shows them.
 *
 * <p>Dates: ISO-8601 is read here ({@code 2022-07-15}, {@code 2022-07-15T21:38}, with seconds, fractions, an
 * offset or a space instead of {@code T}; the basic form {@code 20220715T213800Z}); the time is kept as printed
 * and an offset is dropped. Any other text is handed to the caller's {@code otherDates} function (the build
 * passes the text parser's date parser), since read/ does not depend on parse/.
 *
 * <p>Body cells: paragraphs are separated by blank lines, a line {@code ## text} is a crosshead (as the catalog
 * writes them) and the lines of one paragraph join with a space.
 */
public final class CsvArticleReader {
    /** The label related headlines get: a table gives the headlines, not the heading they stood under. */
    public static final String RELATED_LABEL = "Related";

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern HTTP = Pattern.compile("(?i)https?://[^\\s/]+\\S*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String OFFSET = "(?:\\s*(?:Z|UTC|GMT)|\\s*[+-]\\d{2}(?::?\\d{2})?)?";
    /** 2022-07-15 · 2022-07-15T21:38 · 2022-07-15 21:38:05.123+04:30 */
    private static final Pattern ISO_EXTENDED = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?)?" + OFFSET,
            Pattern.CASE_INSENSITIVE);
    /** 20220715 · 20220715T2138 · 20220715T213800Z · 20220715213800 (GDELT) */
    private static final Pattern ISO_BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(?:\\d{2}(?:[.,]\\d+)?)?)?" + OFFSET,
            Pattern.CASE_INSENSITIVE);

    private final Map<String, String> explicitColumns;
    private final Function<String, Optional<ArticleDate>> otherDates;
    private final UnaryOperator<String> headlineFromLead;

    /**
     * @param explicitColumns  field key → column name, overriding the guesses (see {@link CsvColumns#parseOption})
     * @param otherDates       reads a date cell that is not ISO-8601, or returns empty
     * @param headlineFromLead makes a headline from the lead of a row that has none
     * @throws IllegalArgumentException when {@code explicitColumns} names an unknown field
     */
    public CsvArticleReader(Map<String, String> explicitColumns, Function<String, Optional<ArticleDate>> otherDates,
                            UnaryOperator<String> headlineFromLead) {
        this.explicitColumns = Map.copyOf(explicitColumns);
        this.otherDates = Objects.requireNonNull(otherDates, "otherDates");
        this.headlineFromLead = Objects.requireNonNull(headlineFromLead, "headlineFromLead");
        CsvColumns.resolve(List.of(), this.explicitColumns); // fail now, not at the first file
    }

    /**
     * Reads one file. Never throws for bad input: a file that cannot be read is a SKIPPED problem, a bad row an
     * ERROR naming the row, a doubtful value a WARNING.
     *
     * @param file     the CSV file
     * @param source   its path under the input folder, forward slashes: names it in problems, ids and sources
     * @param articles receives each article, in row order
     * @param problems receives what the report should list
     */
    public CsvReadSummary read(Path file, String source, Consumer<Article> articles, Consumer<InputProblem> problems) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES)) {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            if (head.length == 0) {
                return skipped(source, "empty file; skipped", problems);
            }
            TextDecoder.Result decoded = TextDecoder.decode(wholeLines(head));
            if (decoded instanceof TextDecoder.NotText notText) {
                return skipped(source, notText.reason() + "; skipped", problems);
            }
            Charset charset = Charset.forName(((TextDecoder.Text) decoded).charset());
            in.skipNBytes(byteOrderMarkLength(head));
            // Past the sniffed start a stray byte becomes U+FFFD rather than stopping a table of a million rows.
            Reader text = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), SNIFF_BYTES);
            return read(text, source, articles, problems);
        } catch (IOException | UncheckedIOException e) {
            return skipped(source, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); skipped", problems);
        }
    }

    /** Reads CSV text (a leading byte-order mark is ignored); see {@link #read(Path, String, Consumer, Consumer)}. */
    public CsvReadSummary read(Reader text, String source, Consumer<Article> articles,
                               Consumer<InputProblem> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        CsvColumns columns = null;
        long rows = 0;
        long loaded = 0;
        long lastRow = 0;
        Map<String, Tally> ignored = new LinkedHashMap<>();
        try (CSVParser csv = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = csv.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                    problems.accept(error(source + " row " + (lastRow + 1), "is not readable CSV (" + why
                            + "); the rest of the file is not read"));
                    break;
                }
                lastRow = record.getRecordNumber();
                if (columns == null) {
                    columns = header(record, source, problems);
                    if (!columns.has(CsvField.BODY)) {
                        problems.accept(InputProblem.skipped(source, "no body column in the header (looked for "
                                + String.join(", ", CsvField.BODY.guesses())
                                + "); name it with --csv-columns body=COLUMN; file skipped"));
                        return new CsvReadSummary(source, columns, 0, 0);
                    }
                    continue;
                }
                if (isBlank(record)) {
                    continue; // the ",,,," rows spreadsheets leave at the end are nobody's article
                }
                rows++;
                Article article = article(record, columns, source, problems, ignored);
                if (article != null) {
                    articles.accept(article);
                    loaded++;
                }
            }
        } catch (IOException e) {
            problems.accept(error(source, "cannot be read (" + e.getMessage() + "); rows after row " + lastRow
                    + " not read"));
        }
        if (columns == null) {
            return skipped(source, "no header row (the file is blank); skipped", problems);
        }
        for (Tally t : ignored.values()) {
            problems.accept(InputProblem.warning(source, t.message()));
        }
        return new CsvReadSummary(source, columns, rows, loaded);
    }

    private CsvColumns header(CSVRecord record, String source, Consumer<InputProblem> problems) {
        List<String> header = new ArrayList<>(record.toList());
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        CsvColumns columns = CsvColumns.resolve(header, explicitColumns);
        for (String warning : columns.warnings()) {
            problems.accept(InputProblem.warning(source, warning));
        }
        return columns;
    }

    /** One row as an article, or null after reporting why it cannot be one. */
    private Article article(CSVRecord record, CsvColumns columns, String source, Consumer<InputProblem> problems,
                            Map<String, Tally> ignored) {
        long row = record.getRecordNumber();
        String where = source + " row " + row;
        List<BodyBlock> body = bodyBlocks(cell(record, columns, CsvField.BODY));
        String headline = line(record, columns, CsvField.HEADLINE);
        if (body.isEmpty()) {
            problems.accept(error(where, (headline.isEmpty() ? "no headline and no body" : "no body")
                    + "; row skipped"));
            return null;
        }
        boolean derived = headline.isEmpty() || isTrue(line(record, columns, CsvField.HEADLINE_DERIVED));
        if (headline.isEmpty()) {
            headline = headlineFromLead.apply(lead(body)).strip();
        }
        ArticleDate date = ArticleDate.NONE;
        String dateText = line(record, columns, CsvField.DATE);
        if (!dateText.isEmpty()) {
            Optional<ArticleDate> parsed = isoDate(dateText).or(() -> otherDates.apply(dateText));
            if (parsed.isPresent()) {
                date = parsed.get();
            } else {
                problems.accept(error(where, "date '" + shorten(dateText) + "' is not a date this reader "
                        + "understands (ISO-8601 such as 2022-07-15 or 2022-07-15T21:38); article kept without a date"));
            }
        }
        String outletName = line(record, columns, CsvField.OUTLET);
        Outlet outlet = outletName.isEmpty() ? Outlet.UNKNOWN : new Outlet(Slugs.slug(outletName), outletName);
        String url = line(record, columns, CsvField.URL);
        if (!url.isEmpty() && !HTTP.matcher(url).matches()) {
            tally(ignored, "url", "a url that is not an http(s) address", row, url);
            url = "";
        }
        String language = line(record, columns, CsvField.LANGUAGE);
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            tally(ignored, "language", "a language that is not a language tag such as en or fa", row, language);
            language = "";
        }
        List<String> headlines = cell(record, columns, CsvField.RELATED).lines().map(String::strip).toList();
        List<String> labels = cell(record, columns, CsvField.RELATED_LABELS).lines().map(String::strip).toList();
        List<String> links = cell(record, columns, CsvField.RELATED_URLS).lines().map(String::strip).toList();
        List<RelatedLink> related = new ArrayList<>();
        for (int i = 0; i < headlines.size(); i++) {
            if (headlines.get(i).isEmpty()) {
                continue;
            }
            String label = i < labels.size() && !labels.get(i).isEmpty() ? labels.get(i) : RELATED_LABEL;
            String link = i < links.size() && HTTP.matcher(links.get(i)).matches() ? links.get(i) : "";
            related.add(new RelatedLink(label, headlines.get(i), link));
        }
        String id = line(record, columns, CsvField.ID);
        id = id.isEmpty() ? fileSlug(source) + "-" + row : SLUG.matcher(id).matches() ? id : Slugs.slug(id);
        String rowSource = line(record, columns, CsvField.SOURCE).replace('\\', '/');
        return new Article(id, rowSource.isEmpty() ? source + "#row" + row : rowSource, outlet, headline, derived,
                line(record, columns, CsvField.KICKER), date, line(record, columns, CsvField.BYLINE),
                line(record, columns, CsvField.DATELINE),
                line(record, columns, CsvField.CREDIT), body, related, url, List.of(), language,
                OutletTableReader.list(cell(record, columns, CsvField.TAGS)));
    }

    /**
     * A body cell as blocks: blank lines separate paragraphs, a line {@code ## text} is a crosshead, and the lines
     * of one paragraph join with a space.
     */
    public static List<BodyBlock> bodyBlocks(String text) {
        List<BodyBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            boolean crosshead = line.startsWith("##") && (line.length() == 2 || Character.isWhitespace(line.charAt(2)));
            // "> " and "- " open a block quote and a list item when they start a block (the catalog writes them)
            boolean quote = paragraph.isEmpty() && line.startsWith("> ");
            boolean item = paragraph.isEmpty() && line.startsWith("- ");
            if (line.isEmpty() || crosshead || quote || item) {
                flush(paragraph, blocks);
                if (crosshead && !line.substring(2).isBlank()) {
                    blocks.add(BodyBlock.crosshead(line.substring(2).strip()));
                } else if ((quote || item) && !line.substring(2).isBlank()) {
                    blocks.add(new BodyBlock(quote ? BodyBlock.Kind.QUOTE : BodyBlock.Kind.LIST_ITEM,
                            line.substring(2).strip()));
                }
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** An ISO-8601 date or date-time, the time kept as printed (an offset is dropped); empty when it is not one. */
    public static Optional<ArticleDate> isoDate(String text) {
        String t = text.strip();
        for (Pattern p : new Pattern[] {ISO_EXTENDED, ISO_BASIC}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                try {
                    LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    if (m.group(4) == null) {
                        return Optional.of(ArticleDate.of(day));
                    }
                    LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                    return Optional.of(ArticleDate.of(day.atTime(time)));
                } catch (DateTimeException e) {
                    return Optional.empty(); // 2022-13-45 has the shape, not the meaning
                }
            }
        }
        return Optional.empty();
    }

    private static void flush(StringBuilder paragraph, List<BodyBlock> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(BodyBlock.paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static String lead(List<BodyBlock> body) {
        return body.stream().filter(b -> !b.isCrosshead()).findFirst().orElse(body.get(0)).text();
    }

    /** A cell's text with LF line ends, stripped; empty when the row has no such column. */
    private static String cell(CSVRecord record, CsvColumns columns, CsvField field) {
        Integer index = columns.byField().get(field);
        if (index == null || index >= record.size()) {
            return "";
        }
        String value = record.get(index);
        return (value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n')).strip();
    }

    /** A one-line field: line breaks inside the cell become spaces. */
    private static String line(CSVRecord record, CsvColumns columns, CsvField field) {
        String value = cell(record, columns, field);
        return value.indexOf('\n') < 0 ? value : value.replaceAll("\\s*\\n\\s*", " ");
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTrue(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("1");
    }

    /** "data/kaggle.csv" → "data-kaggle", the way text files get their ids. */
    private static String fileSlug(String source) {
        return Slugs.slug(ArticleIds.withoutExtension(source));
    }

    /** The sniffed start of a file cut after its last line end, so no character is cut in half. */
    private static byte[] wholeLines(byte[] head) {
        if (head.length < SNIFF_BYTES) {
            return head;
        }
        for (int i = head.length - 1; i > 0; i--) {
            if (head[i] == '\n') {
                return Arrays.copyOf(head, i + 1);
            }
        }
        return head;
    }

    private static int byteOrderMarkLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static CsvReadSummary skipped(String source, String why, Consumer<InputProblem> problems) {
        problems.accept(InputProblem.skipped(source, why));
        return new CsvReadSummary(source, new CsvColumns(List.of(), Map.of(), List.of()), 0, 0);
    }

    private static InputProblem error(String where, String message) {
        return new InputProblem(where, InputProblem.Severity.ERROR, message);
    }

    private static void tally(Map<String, Tally> ignored, String field, String what, long row, String value) {
        ignored.computeIfAbsent(field, f -> new Tally(f, what, row, shorten(value))).count++;
    }

    /** A doubtful value that recurs in many rows, reported once per file instead of once per row. */
    private static final class Tally {
        private final String field;
        private final String what;
        private final long firstRow;
        private final String firstValue;
        private long count;

        Tally(String field, String what, long firstRow, String firstValue) {
            this.field = field;
            this.what = what;
            this.firstRow = firstRow;
            this.firstValue = firstValue;
        }

        String message() {
            return count + (count == 1 ? " row has " : " rows have ") + what + " (first: row " + firstRow + ", '"
                    + firstValue + "'); " + (count == 1 ? "it is" : "they are") + " ignored and the " + field
                    + " left empty";
        }
    }
}
