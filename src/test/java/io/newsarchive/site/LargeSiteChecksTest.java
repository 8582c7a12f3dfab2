package io.newsarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.cli.Main;
import io.newsarchive.testkit.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar on a generated archive of 1,000 articles from a dozen outlets over seven years: every page passes the
 * Nu Html Checker, no link is broken, and the search index stays in small shards. Slow, so it runs in the
 * site-checks profile (.ci/run), not in {@code mvn verify}.
 */
@Tag("large")
class LargeSiteChecksTest {
    static final String BASE = "https://example.org/archive/";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path input = temp.resolve("in");
        CorpusGenerator generator = new CorpusGenerator(5);
        generator.writeTo(input, generator.generate(1000, 12));
        site = temp.resolve("site");
        int exit = Main.run("build", "-i", input.toString(), "-o", site.toString(), "-q", "--base-url", BASE);
        assertTrue(exit == 0 || exit == 1, "the build finished (exit " + exit + ")");
    }

    @Test
    @DisplayName("1,000 articles: every page passes the Nu Html Checker with zero errors")
    void validHtml() throws Exception {
        List<Path> pages = HtmlChecker.htmlFiles(site);
        assertTrue(pages.size() > 1000, pages.size() + " pages");
        assertEquals(List.of(), new HtmlChecker().checkSite(site));
    }

    @Test
    @DisplayName("1,000 articles: zero broken internal links or fragment anchors")
    void linksResolve() throws IOException {
        assertEquals(List.of(), new LinkChecker(site, BASE).check());
    }

    @Test
    @DisplayName("1,000 articles: the search index is split into shards of a few hundred KB at most")
    void searchShardsStaySmall() throws IOException {
        try (Stream<Path> shards = Files.list(site.resolve("search"))) {
            for (Path shard : shards.toList()) {
                assertTrue(Files.size(shard) < 400_000, shard + " is " + Files.size(shard) + " bytes");
            }
        }
    }
}
