package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.site.Catalog;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line as a user would, on the samples plus a hostile article, and checks the site it writes. */
class BuildEndToEndTest {
    @TempDir
    static Path temp;
    static Path input;
    static Path site;
    static int exitCode;

    static final String HOSTILE = "A <script>alert('x')</script> headline about Baku talks\n\n"
            + "July 16, 2022 - 10:00\n\n"
            + "BAKU - The text of this report mentions <script>alert(\"body\")</script> and <b>tags</b> "
            + "that must come out as text, not as markup, in every page that shows it.\n\n"
            + "A second paragraph follows with enough words to be read as the body of the article itself.\n";

    @BeforeAll
    static void build() throws IOException {
        input = Files.createDirectories(temp.resolve("in"));
        try (Stream<Path> samples = Files.list(Path.of("articles"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.writeString(input.resolve("zz-hostile.txt"), HOSTILE);
        Files.writeString(input.resolve("zz-copy.txt"), syndicatedCopyOf002());
        site = temp.resolve("site");
        exitCode = Main.run("build", "-i", input.toString(), "-o", site.toString(), "--threads", "2", "-q");
    }

    /** Another outlet's copy of 002: new headline, its own chrome, a word changed, the last two paragraphs cut. */
    static String syndicatedCopyOf002() throws IOException {
        String original = Files.readString(Path.of("articles/002_269e5ed58e1b5d5b.txt"));
        String body = original.substring(original.indexOf("Ali Alizadeh"), original.indexOf("Raisi also said"))
                .replace("always after developing", "keen on developing");
        return "Caspian Daily\n\nPolitics\n\nBaku wants closer ties with Tehran, envoy says\n\n"
                + "June 20, 2022\n\nBAKU – " + body + "\nShare this article\n";
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    @DisplayName("every input made it: exit code 0")
    void exitCode() {
        assertEquals(ExitCodes.OK, exitCode);
    }

    @Test
    @DisplayName("index, one page per article, 404, report, stylesheet, .nojekyll and the catalog are written")
    void pagesExist() {
        for (String f : List.of("index.html", "404.html", "report.html", "assets/style.css", ".nojekyll",
                "articles.csv", "articles/000-63ad533f3ed0f0c6.html", "articles/004-5bebabd3640c37c4.html",
                "articles/zz-hostile.html")) {
            assertTrue(Files.exists(site.resolve(f)), f);
        }
    }

    @Test
    @DisplayName("every internal link and stylesheet of every page resolves to a file that exists; no external requests")
    void linksResolve() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("http://") || ref.startsWith("https://")) {
                    assertFalse(e.tagName().equals("link") || e.tagName().equals("script") || e.tagName().equals("img"),
                            "no external resources: " + ref + " in " + page);
                    continue;
                }
                if (ref.startsWith("#")) {
                    continue;
                }
                String path = URI.create(ref).getPath();
                Path target = page.getParent().resolve(path).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + " → " + ref);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    @DisplayName("a <script> in an article's text comes out as text on its page and on the index")
    void scriptIsText() throws IOException {
        Document article = Jsoup.parse(site.resolve("articles/zz-hostile.html").toFile(), "UTF-8");
        assertTrue(article.select("script").isEmpty(), "no script element");
        assertTrue(article.select("main b").isEmpty(), "no markup from the text");
        assertTrue(article.select("h1").text().contains("<script>alert('x')</script>"));
        assertTrue(article.select(".body p").first().text().contains("<script>alert(\"body\")</script>"));
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.select("script").isEmpty());
        assertTrue(index.text().contains("<script>alert('x')</script>"));
    }

    @Test
    @DisplayName("the index lists stories newest first, undated last; 000 is a version of 001's story")
    void indexOrder() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<String> hrefs = index.select(".entries h2 a").eachAttr("href");
        assertEquals(List.of("articles/003-21d076d2c9fc8fbd.html", "articles/zz-hostile.html",
                "stories/001-68cc0f6fbcfa5017.html", "stories/002-269e5ed58e1b5d5b.html",
                "articles/004-5bebabd3640c37c4.html"), hrefs);
    }

    @Test
    @DisplayName("a syndicated copy folds into its original's story, with its changes shown and every version reachable")
    void syndicatedCopy() throws IOException {
        Document story = Jsoup.parse(site.resolve("stories/002-269e5ed58e1b5d5b.html").toFile(), "UTF-8");
        assertEquals(List.of("../articles/002-269e5ed58e1b5d5b.html", "../articles/zz-copy.html"),
                story.select(".versions h3 a").eachAttr("href"));
        String diff = story.select(".versions .copy .diff").text();
        assertTrue(diff.contains("headline"), diff);
        assertTrue(story.select(".versions .copy .diff del").eachText().contains("always after"), diff);
        assertTrue(story.select(".versions .copy .diff ins").eachText().contains("keen on"), diff);
        assertTrue(diff.contains("0 added, 2 cut, 1 edited"), diff);
        Document copy = Jsoup.parse(site.resolve("articles/zz-copy.html").toFile(), "UTF-8");
        assertEquals("../articles/002-269e5ed58e1b5d5b.html", copy.select("link[rel=canonical]").attr("href"));
        assertTrue(copy.select(".story-note a").eachAttr("href").contains("../stories/002-269e5ed58e1b5d5b.html"));
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.select(".entries > li").get(3).text().contains("2 versions"));
    }

    @Test
    @DisplayName("articles.csv: the public columns in order, one row per article, values as the parser read them")
    void catalog() throws IOException {
        try (Reader r = Files.newBufferedReader(site.resolve("articles.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords();
            assertEquals(List.of("id", "source", "outlet", "headline", "headline_derived", "date", "date_inferred",
                    "byline", "dateline", "credit", "story", "copy_of", "page", "words", "related", "body"),
                    rows.get(0).getParser().getHeaderNames().subList(0, 16), "the issue-2 columns, in order, first");
            assertEquals(Catalog.COLUMNS, rows.get(0).getParser().getHeaderNames());
            assertEquals(7, rows.size());
            Map<String, CSVRecord> byId = new TreeMap<>();
            rows.forEach(row -> byId.put(row.get("id"), row));
            CSVRecord tt = byId.get("001-68cc0f6fbcfa5017");
            assertEquals("001_68cc0f6fbcfa5017.txt", tt.get("source"));
            assertEquals("Tehran Times", tt.get("outlet"));
            assertEquals("2022-07-15T21:38", tt.get("date"));
            assertEquals("TEHRAN", tt.get("dateline"));
            assertEquals("articles/001-68cc0f6fbcfa5017.html", tt.get("page"));
            assertEquals("001-68cc0f6fbcfa5017", tt.get("story"));
            assertEquals(24, tt.get("body").split("\n\n").length, "23 paragraphs and a crosshead");
            assertTrue(tt.get("body").contains("\n\n## Shamkhani warns against foreign interference"));
            CSVRecord ip = byId.get("004-5bebabd3640c37c4");
            assertEquals("true", ip.get("headline_derived"));
            assertEquals("Iran Press", ip.get("credit"));
            assertEquals("", ip.get("date"));
            assertEquals(4, ip.get("related").split("\n").length);
            assertTrue(Integer.parseInt(ip.get("words")) > 500);
            assertEquals("002-269e5ed58e1b5d5b", byId.get("zz-copy").get("copy_of"));
            assertEquals("002-269e5ed58e1b5d5b", byId.get("zz-copy").get("story"));
            assertEquals("001-68cc0f6fbcfa5017", byId.get("000-63ad533f3ed0f0c6").get("story"));
            assertEquals("2022-07-15T21:38", byId.get("000-63ad533f3ed0f0c6").get("date_inferred"));
            assertEquals("", byId.get("000-63ad533f3ed0f0c6").get("copy_of"));
        }
    }

    @Test
    @DisplayName("two builds of the same input, with 1 and 4 threads, are byte-identical")
    void deterministic() throws IOException {
        Path one = temp.resolve("one");
        Path four = temp.resolve("four");
        assertEquals(0, Main.run("build", "-i", input.toString(), "-o", one.toString(), "--threads", "1", "-q"));
        assertEquals(0, Main.run("build", "-i", input.toString(), "-o", four.toString(), "--threads", "4", "-q"));
        Map<String, String> a = snapshot(one);
        Map<String, String> b = snapshot(four);
        assertEquals(a.keySet(), b.keySet());
        assertEquals(a, b);
        assertEquals(a, snapshot(site));
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            // the site's files; the build cache beside them is not part of the site
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).startsWith(".newsarchive-cache")).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
