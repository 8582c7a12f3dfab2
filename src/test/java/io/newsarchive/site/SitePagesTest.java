package io.newsarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a reader finds on each kind of page of the sample site, built for disk and for publishing. */
class SitePagesTest {
    static final String BASE = "https://example.org/news/";
    static final Pattern RFC3339 = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

    @TempDir
    static Path temp;
    static Path local;
    static Path published;
    static String localSummary;
    static String publishedSummary;

    @BeforeAll
    static void build() throws IOException {
        Path input = SampleInput.write(temp.resolve("in"));
        local = temp.resolve("local");
        published = temp.resolve("published");
        localSummary = run("build", "-i", input.toString(), "-o", local.toString(), "--page-size", "2");
        publishedSummary = run("build", "-i", input.toString(), "-o", published.toString(), "--base-url", BASE);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute(args));
        return out.toString();
    }

    static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    @DisplayName("the home page is paginated by --page-size and shows the timeline chart as inline SVG, with no script")
    void home() throws IOException {
        Document home = page(local, "index.html");
        assertEquals(2, home.select(".entries > li").size());
        assertEquals("page/2.html", home.select(".pager a[rel=next]").attr("href"));
        assertTrue(Files.exists(local.resolve("page/3.html")));
        assertFalse(home.select("figure.timeline svg[role=img] rect").isEmpty(), "bars");
        assertTrue(home.select("figure.timeline svg").attr("aria-label").startsWith("Stories per month"));
        assertTrue(home.select("script").isEmpty(), "the home page loads no script (search loads on its own page)");
        assertEquals("search.html", home.select("form[role=search]").attr("action"));
        Element entry = home.select(".entries > li").get(0);
        assertFalse(entry.select("time").isEmpty(), "date");
        assertFalse(entry.select("h2 + p a[href*=outlets/]").isEmpty(), "outlets");
        assertFalse(entry.select("p + p").text().isEmpty(), "lead");
    }

    @Test
    @DisplayName("the build report is linked from the footer, not from the main navigation")
    void reportInFooterOnly() throws IOException {
        Document home = page(local, "index.html");
        assertTrue(home.select("body > header nav a[href=report.html]").isEmpty());
        assertEquals(1, home.select("body > footer a[href=report.html]").size());
    }

    @Test
    @DisplayName("story pages: breadcrumbs by date, the versions, and previous/next story in reading order")
    void storyPage() throws IOException {
        Document story = page(local, "stories/001-68cc0f6fbcfa5017.html");
        assertEquals(List.of("Home", "By date", "2022", "July 2022"),
                story.select(".breadcrumbs a").eachText());
        assertEquals("../time/2022/07/index.html", story.select(".breadcrumbs a").get(3).attr("href"));
        Document home = page(local, "index.html");
        List<String> order = new java.util.ArrayList<>(home.select(".entries h2 a").eachAttr("href"));
        for (String more : List.of("page/2.html", "page/3.html")) {
            page(local, more).select(".entries h2 a").eachAttr("href").forEach(h -> order.add(h.substring(3)));
        }
        int at = order.indexOf("stories/001-68cc0f6fbcfa5017.html");
        assertEquals("../" + order.get(at - 1), story.select(".neighbours a[rel=prev]").attr("href"));
        assertEquals("../" + order.get(at + 1), story.select(".neighbours a[rel=next]").attr("href"));
        assertEquals("https://www.tehrantimes.com/news/474580/Shamkhani-tells-Aliyev",
                story.select(".story-note a.original").attr("href"), "the original's address from the manifest");
    }

    @Test
    @DisplayName("article pages: breadcrumbs by outlet, the original's address, and the newest story has no newer one")
    void articlePage() throws IOException {
        Document first = page(local, page(local, "index.html").select(".entries h2 a").get(0).attr("href"));
        assertEquals(List.of("Home", "Outlets"), first.select(".breadcrumbs a").eachText().subList(0, 2));
        assertTrue(first.select(".neighbours a[rel=prev]").isEmpty());
        assertFalse(first.select(".neighbours a[rel=next]").isEmpty());
        Document withUrl = page(local, "articles/001-68cc0f6fbcfa5017.html");
        assertEquals("https://www.tehrantimes.com/news/474580/Shamkhani-tells-Aliyev",
                withUrl.select("dl.meta a.original").attr("href"));
    }

    @Test
    @DisplayName("a related headline that reads as an archive headline links to it; the others stay plain text")
    void relatedLinks() throws IOException {
        Document hostile = page(local, "articles/zz-hostile.html");
        List<Element> items = hostile.select(".related li");
        assertEquals(2, items.size());
        assertEquals("../articles/002-269e5ed58e1b5d5b.html", items.get(0).select("a").attr("href"));
        assertTrue(items.get(1).select("a").isEmpty(), "not in the archive: plain text");
        assertEquals("A headline that is nowhere in this archive at all", items.get(1).text());
    }

    @Test
    @DisplayName("the outlets index counts each outlet's articles; each outlet has its page with a timeline")
    void outlets() throws IOException {
        Document index = page(local, "outlets/index.html");
        int total = 0;
        for (Element row : index.select("table.counts tbody tr")) {
            String href = row.select("a").attr("href");
            int count = Integer.parseInt(row.select("td.number").text());
            total += count;
            Document outlet = page(local, "outlets/" + href);
            assertEquals(row.select("a").text(), outlet.select("h1").text().replaceAll(" page .*", ""));
            assertEquals(Math.min(2, count), outlet.select(".entries > li").size());
            assertFalse(outlet.select("figure.timeline svg").isEmpty() && count > 0 && hasDated(outlet), href);
        }
        assertEquals(6, total, "every article counted once: five samples and the hostile one");
    }

    private static boolean hasDated(Document outlet) {
        return !outlet.select(".entries > li time").isEmpty();
    }

    @Test
    @DisplayName("year and month archives with counts, and the undated stories in their own section")
    void time() throws IOException {
        Document time = page(local, "time/index.html");
        Element july = time.select(".months a[href$=2022/07/index.html]").first();
        assertEquals("2", july.select(".count").text(), "two stories in July 2022");
        Document month = page(local, "time/2022/07/index.html");
        assertEquals("July 2022", month.select("h1").text());
        assertEquals(2, month.select(".entries > li").size());
        assertEquals("1", time.select("#undated .count").text().replaceAll("\\D", ""));
        Document undated = page(local, "time/undated/index.html");
        assertEquals(1, undated.select(".entries > li").size());
        assertTrue(undated.select(".entries > li time").isEmpty());
        Document year = page(local, "time/2022/index.html");
        assertEquals(12, year.select(".months li").size());
    }

    @Test
    @DisplayName("the search page loads its script, says what to do without JavaScript, and the index is sharded")
    void searchPage() throws IOException {
        Document search = page(local, "search.html");
        assertEquals("assets/search.js", search.select("script").attr("src"));
        assertTrue(search.select("noscript").html().contains("needs JavaScript"));
        Element root = search.select("#search").first();
        int shards = Integer.parseInt(root.attr("data-term-shards"));
        for (int i = 0; i < shards; i++) {
            assertTrue(Files.exists(local.resolve(SitePaths.searchTerms(i))));
        }
        assertTrue(Files.readString(local.resolve("assets/search.js")).contains("0x811c9dc5"),
                "the script hashes terms to shards as SearchTerms does");
        // a docs shard names each outlet once and gives each article as [id, headline, outlet number, ISO date, text]
        String docs = Files.readString(local.resolve(SitePaths.searchDocs(0)));
        java.util.regex.Matcher first = java.util.regex.Pattern.compile(
                "^NewsSearch\\.addDocs\\(0,\\[\"[^\"]+\"(,\"[^\"]+\")*\\],\\[\n\\[\"([a-z0-9-]+)\",\"(?:[^\"\\\\]|\\\\.)*\",0,"
                        + "\"(\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d)?)?\",\"").matcher(docs);
        assertTrue(first.find(), docs.substring(0, Math.min(300, docs.length())));
        assertTrue(Files.exists(local.resolve(SitePaths.article(first.group(2)))), first.group(2));
        assertEquals("articles/{id}.html", root.attr("data-article-href"));
    }

    @Test
    @DisplayName("without --base-url: no feeds, sitemap or robots.txt, no absolute canonical, and the summary says so")
    void localSiteHasNoFeeds() throws IOException {
        for (String f : List.of("feed.xml", "sitemap.xml", "robots.txt")) {
            assertFalse(Files.exists(local.resolve(f)), f);
        }
        assertTrue(localSummary.contains("Skipped the Atom feeds, sitemap.xml and robots.txt"), localSummary);
        assertFalse(publishedSummary.contains("Skipped the Atom feeds"), publishedSummary);
        assertTrue(page(local, "index.html").select("link[rel=canonical]").isEmpty());
        assertTrue(Files.exists(local.resolve(".nojekyll")) && Files.exists(local.resolve("404.html")));
    }

    @Test
    @DisplayName("with --base-url: absolute rel=canonical on every page but 404, and a feed link in the head")
    void canonical() throws IOException {
        for (Path p : HtmlChecker.htmlFiles(published)) {
            String path = published.relativize(p).toString();
            if (path.equals("404.html")) {
                continue;
            }
            String canonical = page(published, path).select("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith("https://"), path + ": " + canonical);
        }
        assertEquals(BASE + "index.html", page(published, "index.html").select("link[rel=canonical]").attr("href"));
        assertEquals("feed.xml", page(published, "index.html").select("link[rel=alternate]").attr("href"));
        assertEquals(BASE + "assets/style.css", page(published, "404.html").select("link[rel=stylesheet]").attr("href"),
                "404.html is served at any address, so its links are absolute");
    }

    @Test
    @DisplayName("Atom feeds follow the rules: one id, title and updated; self link; entries with unique ids, links, dates")
    void feeds() throws IOException {
        List<String> feeds = new java.util.ArrayList<>(List.of("feed.xml"));
        try (var outlets = Files.list(published.resolve("outlets"))) {
            outlets.filter(Files::isDirectory).forEach(d -> feeds.add("outlets/" + d.getFileName() + "/feed.xml"));
        }
        assertTrue(feeds.size() > 2);
        for (String f : feeds) {
            Document feed = Jsoup.parse(Files.readString(published.resolve(f)), "", Parser.xmlParser());
            Element root = feed.selectFirst("feed");
            assertEquals("http://www.w3.org/2005/Atom", root.attr("xmlns"), f);
            for (String one : List.of("id", "title", "updated", "author")) {
                assertEquals(1, root.children().stream().filter(e -> e.tagName().equals(one)).count(), f + " " + one);
            }
            assertEquals(BASE + f, root.selectFirst("> link[rel=self]").attr("href"));
            String updated = root.selectFirst("> updated").text();
            assertTrue(RFC3339.matcher(updated).matches(), updated);
            Set<String> ids = new HashSet<>();
            for (Element entry : root.select("entry")) {
                String id = entry.selectFirst("id").text();
                assertTrue(ids.add(id), f + ": id twice: " + id);
                assertTrue(id.startsWith(BASE), id);
                assertFalse(entry.selectFirst("title").text().isEmpty());
                String entryUpdated = entry.selectFirst("updated").text();
                assertTrue(RFC3339.matcher(entryUpdated).matches(), entryUpdated);
                assertTrue(entryUpdated.compareTo(updated) <= 0, "the feed is as new as its newest entry");
                String href = entry.selectFirst("link[rel=alternate]").attr("href");
                assertTrue(Files.exists(published.resolve(href.substring(BASE.length()))), href);
            }
            assertTrue(!ids.isEmpty() || !f.equals("feed.xml"), "the site feed has entries");
        }
    }

    @Test
    @DisplayName("a site for publishing, feeds and sitemap included, is byte-identical with 1 and 4 threads")
    void deterministic() throws IOException {
        Path one = temp.resolve("one");
        Path four = temp.resolve("four");
        run("build", "-i", temp.resolve("in").toString(), "-o", one.toString(), "--base-url", BASE, "--threads", "1");
        run("build", "-i", temp.resolve("in").toString(), "-o", four.toString(), "--base-url", BASE, "--threads", "4");
        assertEquals(snapshot(one), snapshot(four));
        assertEquals(snapshot(one), snapshot(published));
    }

    private static java.util.Map<String, String> snapshot(Path dir) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(dir)) {
            // the site's files; the build cache beside them is not part of the site
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).startsWith(".newsarchive-cache")).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    @DisplayName("sitemap.xml lists every page but 404 by absolute address; robots.txt points to it")
    void sitemap() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(published.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> urls = sitemap.select("url > loc").eachText();
        assertEquals(HtmlChecker.htmlFiles(published).size() - 1, urls.size());
        for (String url : urls) {
            assertTrue(Files.exists(published.resolve(url.substring(BASE.length()))), url);
        }
        assertTrue(Files.readString(published.resolve("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml"));
    }

    @Test
    @DisplayName("every page kind has its landmarks, a skip link to main, and one h1")
    void landmarks() throws IOException {
        for (Path p : HtmlChecker.htmlFiles(local)) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            String name = local.relativize(p).toString();
            assertEquals(1, d.select("body > header").size(), name);
            assertEquals(1, d.select("main#main").size(), name);
            assertEquals(1, d.select("body > footer").size(), name);
            assertEquals("#main", d.select("a.skip-link").attr("href"), name);
            assertEquals(1, d.select("h1").size(), name);
        }
    }

}
