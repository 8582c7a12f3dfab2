package io.newsarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar for every generated page, on the sample articles: zero Nu Html Checker errors and zero broken links or
 * fragments, for a site built for disk (no base URL), one built for publishing (with feeds and sitemap), and an
 * empty archive.
 */
class SampleSiteChecksTest {
    @TempDir
    static Path temp;
    static Path local;
    static Path published;
    static Path empty;

    @BeforeAll
    static void build() throws IOException {
        Path input = SampleInput.write(temp.resolve("in"));
        local = temp.resolve("local");
        published = temp.resolve("published");
        assertEquals(0, Main.run("build", "-i", input.toString(), "-o", local.toString(), "-q", "--page-size", "2"));
        assertEquals(0, Main.run("build", "-i", input.toString(), "-o", published.toString(), "-q",
                "--base-url", "https://example.org/news/"));
        empty = temp.resolve("empty");
        assertEquals(0, Main.run("build", "-i", Files.createDirectories(temp.resolve("nothing")).toString(),
                "-o", empty.toString(), "-q", "--base-url", "https://example.org/news/"));
    }

    @Test
    @DisplayName("every page of the sample site passes the Nu Html Checker with zero errors")
    void validHtml() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = new ArrayList<>(checker.checkSite(local));
        errors.addAll(checker.checkSite(published));
        errors.addAll(checker.checkSite(empty));
        assertTrue(HtmlChecker.htmlFiles(local).size() > 15, "the sample site has every kind of page");
        assertEquals(List.of(), errors);
    }

    @Test
    @DisplayName("the stylesheet passes the Nu Html Checker's CSS check")
    void validCss() throws Exception {
        assertEquals(List.of(), new HtmlChecker().checkCss(local.resolve("assets/style.css"), "assets/style.css"));
    }

    @Test
    @DisplayName("zero broken internal links or fragment anchors, and nothing loaded from outside the site")
    void linksResolve() throws IOException {
        assertEquals(List.of(), new LinkChecker(local).check());
        assertEquals(List.of(), new LinkChecker(published, "https://example.org/news/").check());
        assertEquals(List.of(), new LinkChecker(empty, "https://example.org/news/").check());
    }

    @Test
    @DisplayName("search shards are scripts the search page can load from disk")
    void searchShardsAreScripts() throws IOException {
        try (Stream<Path> files = Files.list(local.resolve("search"))) {
            for (Path shard : files.toList()) {
                String js = Files.readString(shard);
                assertTrue(js.startsWith("NewsSearch.addTerms(") || js.startsWith("NewsSearch.addDocs("), shard.toString());
                assertTrue(js.endsWith(");\n"), shard.toString());
            }
        }
    }
}
