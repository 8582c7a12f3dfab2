package io.newsarchive.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.cli.Main;
import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.InputProblem;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.parse.BoilerplateFilter;
import io.newsarchive.parse.DateParser;
import io.newsarchive.parse.HeadlineDeriver;
import io.newsarchive.testsupport.Parsing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvArticleReaderTest {
    private static final DateParser DATES = new DateParser(2030);

    /** How the build wires it: the text parser's dates and headline deriver, which read/ may not import. */
    static CsvArticleReader reader(Map<String, String> columns) {
        return new CsvArticleReader(columns, t -> DATES.find(t).map(DateParser.Found::date), HeadlineDeriver::derive);
    }

    /** Everything one read handed out. */
    record Read(List<Article> articles, List<InputProblem> problems, CsvReadSummary summary) {
        Article only() {
            assertEquals(1, articles.size(), () -> "articles: " + articles + " problems: " + problems);
            return articles.get(0);
        }

        List<String> problemLines() {
            return problems.stream().map(p -> p.severity() + " " + p.source() + ": " + p.message()).toList();
        }
    }

    static Read read(String csv, String source, Map<String, String> columns) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        CsvReadSummary summary = reader(columns).read(new StringReader(csv), source, articles::add, problems::add);
        return new Read(articles, problems, summary);
    }

    static Read read(String csv) {
        return read(csv, "data.csv", Map.of());
    }

    static Read read(Path file, String source) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        CsvReadSummary summary = reader(Map.of()).read(file, source, articles::add, problems::add);
        return new Read(articles, problems, summary);
    }

    static CsvColumns columns(String header, Map<String, String> explicit) {
        return CsvColumns.resolve(List.of(header.split(",", -1)), explicit);
    }

    static Map<String, String> mapped(CsvColumns columns) {
        Map<String, String> out = new LinkedHashMap<>();
        columns.byField().forEach((field, index) -> out.put(field.key(), columns.header().get(index)));
        return out;
    }

    @Nested
    @DisplayName("column guessing")
    class Guessing {
        @Test
        @DisplayName("Kaggle 'title,publication,author,date,content,url' maps every field")
        void kaggle() {
            assertEquals(Map.of("headline", "title", "date", "date", "outlet", "publication", "byline", "author",
                    "body", "content", "url", "url"),
                    mapped(columns("title,publication,author,date,content,url", Map.of())));
        }

        @Test
        @DisplayName("all-the-news ',id,title,publication,author,date,year,month,url,content': the pandas index is ignored")
        void allTheNews() {
            assertEquals(Map.of("id", "id", "headline", "title", "date", "date", "outlet", "publication",
                    "byline", "author", "body", "content", "url", "url"),
                    mapped(columns(",id,title,publication,author,date,year,month,url,content", Map.of())));
        }

        @Test
        @DisplayName("'Headline,Published,Text' maps case-insensitively")
        void headlinePublishedText() {
            assertEquals(Map.of("headline", "Headline", "date", "Published", "body", "Text"),
                    mapped(columns("Headline,Published,Text", Map.of())));
        }

        @Test
        @DisplayName("GDELT-ish: 'Source' is the outlet, and 'Published At' is published_at")
        void gdeltIsh() {
            assertEquals(Map.of("date", "Published At", "outlet", "Source", "headline", "Title", "url", "URL",
                    "language", "Language", "body", "Article"),
                    mapped(columns("GKGRECORDID,Published At,Source,Title,URL,Language,SourceCountry,Article",
                            Map.of())));
        }

        @Test
        @DisplayName("first match wins: 'title' before 'headline', 'content' before 'text'")
        void firstMatchWins() {
            assertEquals(Map.of("headline", "Title", "body", "content"),
                    mapped(columns("Headline,Title,text,content", Map.of())));
        }

        @Test
        @DisplayName("the catalog's own header: every column it writes back is read, source as the file path")
        void catalog() {
            CsvColumns c = columns("id,source,outlet,headline,headline_derived,date,date_inferred,byline,dateline,"
                    + "credit,story,copy_of,page,words,related,body,url,language,tags", Map.of());
            Map<String, String> expected = new HashMap<>();
            for (String f : List.of("id", "source", "outlet", "headline", "headline_derived", "date", "byline",
                    "dateline", "credit", "related", "body", "url", "language", "tags")) {
                expected.put(f, f);
            }
            assertEquals(expected, mapped(c));
        }
    }

    @Nested
    @DisplayName("--csv-columns")
    class Explicit {
        @Test
        @DisplayName("parses field=column pairs; column names may hold spaces; an empty column is allowed")
        void parses() {
            assertEquals(Map.of("headline", "Story Title", "body", "Text", "outlet", ""),
                    CsvColumns.parseOption(" headline = Story Title ,Body=Text,outlet="));
        }

        @Test
        @DisplayName("bad option strings give errors that say what is wrong")
        void errors() {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvColumns.parseOption("headlineTitle"))
                    .getMessage().contains("'headlineTitle' is not field=column"));
            String unknown = assertThrows(IllegalArgumentException.class,
                    () -> CsvColumns.parseOption("headline=Title,titel=X")).getMessage();
            assertTrue(unknown.contains("unknown field 'titel'") && unknown.contains("headline, headline_derived"),
                    unknown);
            assertTrue(assertThrows(IllegalArgumentException.class,
                    () -> CsvColumns.parseOption("body=A,BODY=B")).getMessage().contains("body is mapped twice"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvColumns.parseOption("body=A,,x=y"))
                    .getMessage().contains("empty pair"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvColumns.parseOption(" "))
                    .getMessage().contains("empty"));
            assertThrows(IllegalArgumentException.class, () -> reader(Map.of("author", "Writer")));
        }

        @Test
        @DisplayName("an explicit mapping beats the guesses, takes the column from them, and '' turns a guess off")
        void overrides() {
            CsvColumns c = columns("title,headline,source,publisher,text,summary",
                    CsvColumns.parseOption("headline=HEADLINE,body=summary,outlet="));
            assertEquals(Map.of("headline", "headline", "body", "summary"), mapped(c));
            assertTrue(c.warnings().isEmpty());
        }

        @Test
        @DisplayName("an explicit column the file lacks is a warning, and the field is guessed instead")
        void missingColumn() {
            Read r = read("title,content\nA headline,A body that is long enough.\n", "d.csv",
                    Map.of("headline", "Heading"));
            assertEquals("A headline", r.only().headline());
            assertEquals(List.of("WARNING d.csv: --csv-columns maps headline to column 'Heading', which this "
                    + "file's header does not have; the column is guessed instead"), r.problemLines());
        }

        @Test
        @DisplayName("GDELT's seendate, mapped by hand, reads in ISO basic form; 'English' is no language tag")
        void gdeltSeenDate() {
            Read r = read("url,title,seendate,domain,language,sourcecountry,text\n"
                    + "https://www.reuters.com/x,Talks resume,20230110T081500Z,reuters.com,English,US,Body text.\n"
                    + "https://apnews.com/y,Talks end,20230111T091500Z,apnews.com,English,US,Other text.\n",
                    "gdelt.csv", CsvColumns.parseOption("date=seendate,outlet=domain"));
            assertEquals(ArticleDate.of(LocalDateTime.of(2023, 1, 10, 8, 15)), r.articles().get(0).date());
            assertEquals(new Outlet("reuters-com", "reuters.com"), r.articles().get(0).outlet());
            assertEquals("", r.articles().get(0).language());
            assertEquals(List.of("WARNING gdelt.csv: 2 rows have a language that is not a language tag such as en "
                    + "or fa (first: row 2, 'English'); they are ignored and the language left empty"),
                    r.problemLines());
        }
    }

    @Test
    @DisplayName("a Kaggle row becomes a full article: id from the file and row, source with #row, outlet slug")
    void kaggleRow() {
        Read r = read("title,publication,author,date,content,url\n"
                + "Iran and Azerbaijan sign deal,Tehran Times,Jane Doe,2022-07-15 21:38:07,"
                + "\"First paragraph.\n\nSecond paragraph.\",https://www.tehrantimes.com/news/1\n",
                "datasets/Kaggle News.csv", Map.of());
        Article a = r.only();
        assertEquals("datasets-kaggle-news-2", a.id());
        assertEquals("datasets/Kaggle News.csv#row2", a.source());
        assertEquals(new Outlet("tehran-times", "Tehran Times"), a.outlet());
        assertEquals("Iran and Azerbaijan sign deal", a.headline());
        assertFalse(a.headlineDerived());
        assertEquals(ArticleDate.of(LocalDateTime.of(2022, 7, 15, 21, 38)), a.date());
        assertEquals("Jane Doe", a.byline());
        assertEquals(List.of(BodyBlock.paragraph("First paragraph."), BodyBlock.paragraph("Second paragraph.")),
                a.body());
        assertEquals("https://www.tehrantimes.com/news/1", a.url());
        assertEquals(List.of(), a.notes());
        assertEquals(List.of(), r.problems());
        assertEquals(new CsvReadSummary("datasets/Kaggle News.csv", r.summary().columns(), 1, 1), r.summary());
    }

    @Test
    @DisplayName("quoted multi-line cells: blank lines part paragraphs, '## ' lines are crossheads, CRLF and "
            + "single line breaks join, related is one headline a line, tags split on ';'")
    void multiLineCells() {
        String csv = "Headline,Published,Text,related,tags\r\n"
                + "\"A \"\"quoted\"\"\r\nheadline\",2022-07-15,\"First line\r\ncontinues here.\r\n\r\n"
                + "## A crosshead\r\nAfter the crosshead, \"\"quoted\"\", with a comma.\r\n\r\n\r\nLast.\","
                + "\"One related\nTwo related\n\",\"Azerbaijan; security;\"\r\n";
        Article a = read(csv).only();
        assertEquals("A \"quoted\" headline", a.headline());
        assertEquals(ArticleDate.of(LocalDate.of(2022, 7, 15)), a.date());
        assertEquals(List.of(BodyBlock.paragraph("First line continues here."), BodyBlock.crosshead("A crosshead"),
                BodyBlock.paragraph("After the crosshead, \"quoted\", with a comma."), BodyBlock.paragraph("Last.")),
                a.body());
        assertEquals(List.of(RelatedLink.of("Related", "One related"), RelatedLink.of("Related", "Two related")),
                a.related());
        assertEquals(List.of("Azerbaijan", "security"), a.tags());
    }

    @Test
    @DisplayName("bad rows are reported with their row numbers and the rest of the file loads")
    void badRows() {
        Read r = read("title,date,content\n"
                + "Good one,2022-07-15,Body one.\n"                          // row 2
                + "No body here,2022-07-15,\n"                               // row 3
                + "Bad date,the day after,Body three.\n"                     // row 4
                + ",2022-07-15,\n"                                           // row 5
                + ",2022-07-15,\"The lead sentence says it all. More text follows.\"\n" // row 6
                + ",,\n"                                                     // row 7: a blank spreadsheet row
                + "Written date,\"July 16, 2022 - 10:00\",Body seven.\n"     // row 8
                + "Impossible date,2022-13-45,Body eight.\n");               // row 9
        assertEquals(List.of("Good one", "Bad date", "The lead sentence says it all", "Written date",
                "Impossible date"), r.articles().stream().map(Article::headline).toList());
        assertEquals(List.of("data-2", "data-4", "data-6", "data-8", "data-9"),
                r.articles().stream().map(Article::id).toList());
        assertEquals(List.of(
                "ERROR data.csv row 3: no body; row skipped",
                "ERROR data.csv row 4: date 'the day after' is not a date this reader understands (ISO-8601 such as "
                        + "2022-07-15 or 2022-07-15T21:38); article kept without a date",
                "ERROR data.csv row 5: no headline and no body; row skipped",
                "ERROR data.csv row 9: date '2022-13-45' is not a date this reader understands (ISO-8601 such as "
                        + "2022-07-15 or 2022-07-15T21:38); article kept without a date"),
                r.problemLines());
        assertTrue(r.articles().get(2).headlineDerived());
        assertEquals(ArticleDate.NONE, r.articles().get(1).date());
        assertEquals(ArticleDate.of(LocalDateTime.of(2022, 7, 16, 10, 0)), r.articles().get(3).date());
        assertEquals(7, r.summary().rows());
        assertEquals(5, r.summary().articles());
    }

    @Test
    @DisplayName("dates: ISO with seconds, fractions, offsets, a space for T, the basic form; nothing else")
    void isoDates() {
        ArticleDate evening = ArticleDate.of(LocalDateTime.of(2022, 7, 15, 21, 38));
        for (String iso : List.of("2022-07-15T21:38", "2022-07-15T21:38:05", "2022-07-15T21:38:05.123Z",
                "2022-07-15T21:38+04:30", "2022-07-15 21:38:05", "2022-07-15T21:38:05-0500", "20220715T213805Z",
                "20220715213800", " 2022-07-15T21:38 UTC ")) {
            assertEquals(Optional.of(evening), CsvArticleReader.isoDate(iso), iso);
        }
        assertEquals(Optional.of(ArticleDate.of(LocalDate.of(2022, 7, 5))), CsvArticleReader.isoDate("2022-7-5"));
        assertEquals(Optional.of(ArticleDate.of(LocalDate.of(2022, 7, 15))), CsvArticleReader.isoDate("20220715"));
        for (String not : List.of("", "July 15, 2022", "2022-02-30", "15/07/2022", "1657921080", "2022-07-15T25:00")) {
            assertEquals(Optional.empty(), CsvArticleReader.isoDate(not), not);
        }
    }

    @Test
    @DisplayName("a file without a body column is skipped with a hint; broken quoting stops the file, not the rows read")
    void fileProblems() {
        Read noBody = read("title,date,summary\nA,2022-07-15,B\n");
        assertEquals(List.of("SKIPPED data.csv: no body column in the header (looked for content, text, body, "
                + "article); name it with --csv-columns body=COLUMN; file skipped"), noBody.problemLines());
        assertEquals(List.of(), noBody.articles());

        Read broken = read("title,content\nOne,Body one.\nTwo,\"Body two never ends\n");
        assertEquals(List.of("One"), broken.articles().stream().map(Article::headline).toList());
        assertEquals(1, broken.problems().size());
        InputProblem p = broken.problems().get(0);
        assertEquals("data.csv row 3", p.source());
        assertTrue(p.message().startsWith("is not readable CSV ("), p.message());

        assertEquals(List.of("SKIPPED data.csv: no header row (the file is blank); skipped"),
                read("\n\n").problemLines());
    }

    @Test
    @DisplayName("files: a UTF-8 BOM is dropped from the header, Windows-1252 is read, images are refused")
    void encodings(@TempDir Path dir) throws IOException {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFFtitle,content\nCafé talks,Body.\n").getBytes(StandardCharsets.UTF_8));
        Read r = read(bom, "bom.csv");
        assertEquals("Café talks", r.only().headline());

        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "title,content\nCafé – talks,Body “quoted”.\n".getBytes(Charset.forName("windows-1252")));
        Article a = read(latin, "latin.csv").only();
        assertEquals("Café – talks", a.headline());
        assertEquals("Body “quoted”.", a.lead());

        Path png = dir.resolve("image.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertEquals(List.of("SKIPPED image.csv: binary file (PNG image), not text; skipped"),
                read(png, "image.csv").problemLines());
        assertEquals(List.of("SKIPPED empty.csv: empty file; skipped"),
                read(Files.createFile(dir.resolve("empty.csv")), "empty.csv").problemLines());
    }

    @Test
    @DisplayName("a 20,000-row file is streamed: every article reaches the consumer, none is kept by the reader")
    void large(@TempDir Path dir) throws IOException {
        int rows = 20_000;
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord("title", "publication", "author", "date", "content", "url");
            for (int i = 0; i < rows; i++) {
                printer.printRecord("Headline number " + i, i % 2 == 0 ? "Tehran Times" : "Reuters", "Writer " + i,
                        LocalDate.of(2020, 1, 1).plusDays(i % 1500),
                        "Lead paragraph of article " + i + ", with a comma.\n\nSecond paragraph,\nwrapped.\n\n"
                                + "## Crosshead " + i + "\n\nThird paragraph of " + i + ".",
                        "https://example.com/" + i);
            }
        }
        AtomicLong count = new AtomicLong();
        AtomicLong blocks = new AtomicLong();
        String[] last = new String[1];
        List<InputProblem> problems = new ArrayList<>();
        CsvReadSummary summary = reader(Map.of()).read(file, "big.csv", a -> {
            count.incrementAndGet();
            blocks.addAndGet(a.body().size());
            last[0] = a.id() + " " + a.headline();
        }, problems::add);
        assertEquals(rows, count.get());
        assertEquals(4L * rows, blocks.get());
        assertEquals("big-" + (rows + 1) + " Headline number " + (rows - 1), last[0]);
        assertEquals(List.of(), problems);
        assertEquals(rows, summary.articles());
    }

    @Test
    @DisplayName("round trip: the catalog a build writes reads back as the same articles")
    void roundTrip(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : samples) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        Path out = dir.resolve("site-out");
        assertEquals(0, Main.run("build", "-i", in.toString(), "-o", out.toString(), "-q"));
        Path catalog = out.resolve("articles.csv");

        List<CSVRecord> rows;
        try (Reader text = Files.newBufferedReader(catalog)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(text).getRecords();
        }
        Read r = read(catalog, "articles.csv");
        assertEquals(List.of(), r.problemLines());
        assertEquals(samples.size(), rows.size());
        Map<String, Article> byId = r.articles().stream().collect(Collectors.toMap(Article::id, a -> a));
        assertEquals(rows.size(), byId.size());

        List<Article> parsed = new ArrayList<>();
        for (Path p : samples) {
            parsed.add(Parsing.article(p));
        }
        Map<String, Article> original = BoilerplateFilter.apply(parsed).stream()
                .collect(Collectors.toMap(Article::source, a -> a));

        for (CSVRecord row : rows) {
            Article a = byId.get(row.get("id"));
            String id = row.get("id");
            assertEquals(row.get("source"), a.source(), id);
            assertEquals(row.get("outlet"), a.outlet().name(), id);
            assertEquals(row.get("headline"), a.headline(), id);
            assertEquals(Boolean.parseBoolean(row.get("headline_derived")), a.headlineDerived(), id);
            assertEquals(row.get("date"), a.date().iso(), id);
            assertEquals(row.get("byline"), a.byline(), id);
            assertEquals(row.get("dateline"), a.dateline(), id);
            assertEquals(row.get("credit"), a.credit(), id);
            assertEquals(row.get("body"), catalogBody(a.body()), id);
            assertEquals(row.get("related"), a.related().stream().map(RelatedLink::headline)
                    .collect(Collectors.joining("\n")), id);
            assertEquals(row.get("url"), a.url(), id);
            assertEquals(row.get("language"), a.language(), id);
            assertEquals(row.get("tags"), String.join(";", a.tags()), id);
            assertEquals(Integer.parseInt(row.get("words")), a.wordCount(), id);

            Article o = original.get(a.source());
            assertEquals(blocks(o.body()), blocks(a.body()), id + ": body text as parsed");
            assertEquals(o.related().stream().map(RelatedLink::headline).toList(),
                    a.related().stream().map(RelatedLink::headline).toList(), id);
            assertEquals(o.headline(), a.headline(), id);
            assertEquals(o.date(), a.date(), id);
            assertEquals(o.outlet().name(), a.outlet().name(), id);
        }
    }

    /** The body as Catalog writes it. */
    private static String catalogBody(List<BodyBlock> body) {
        return body.stream().map(b -> (b.isCrosshead() ? "## " : "") + b.text()).collect(Collectors.joining("\n\n"));
    }

    /** Text and crosshead-or-not: quotes and list items are paragraphs once they have been through the catalog. */
    private static List<String> blocks(List<BodyBlock> body) {
        return body.stream().map(b -> (b.isCrosshead() ? "## " : "") + b.text()).toList();
    }
}
