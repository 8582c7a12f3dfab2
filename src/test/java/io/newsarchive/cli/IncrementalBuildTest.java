package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rebuilds with the cache: they redo only what changed, and always give what a build from scratch gives. */
class IncrementalBuildTest extends SampleRebuilds {
    /** Builds the samples into the site; returns what the build printed. */
    private String build(String... extra) {
        return build(site, extra);
    }

    private static Map<String, FileTime> times(Path dir) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).startsWith(BuildOptions.DEFAULT_CACHE)).toList()) {
                times.put(dir.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    private Map<String, String> fromScratch() throws IOException {
        Path fresh = temp.resolve("fresh");
        build(fresh, "--no-cache");
        assertFalse(Files.exists(fresh.resolve(BuildOptions.DEFAULT_CACHE)), "--no-cache writes no cache");
        return snapshot(fresh);
    }

    @Test
    @DisplayName("a rebuild with nothing changed takes everything from the cache and touches no file")
    void noChange() throws IOException {
        String first = build();
        assertTrue(first.contains("Cache: 0 parsed articles, stories grouped afresh, 0 files kept"), first);
        Map<String, FileTime> before = times(site);
        String second = build();
        assertTrue(second.contains(", 0 changed, 0 removed)"), second);
        int siteFiles = before.size() - 1; // all but the ledger, which lists them
        assertTrue(second.contains("Cache: 5 parsed articles, the story grouping, " + siteFiles
                + " files kept without rendering."), second);
        assertEquals(before, times(site), "no file of the site was written again");
        assertEquals(fromScratch(), snapshot(site));
    }

    @Test
    @DisplayName("one changed article: only its file is parsed again, only pages that show it are rewritten, "
            + "and the site is what a build from scratch gives")
    void oneChange() throws IOException {
        build();
        Map<String, String> before = snapshot(site);
        // a sentence deep in the body: shown on the article's own page, in the catalog and the search index only
        edit("002_269e5ed58e1b5d5b.txt", "do not care about well-being", "do not care about the well-being");
        String out = build();
        assertTrue(out.contains("Cache: 4 parsed articles, stories grouped afresh (events as before)"), out);
        Map<String, String> after = snapshot(site);
        assertEquals(fromScratch(), after);
        Set<String> changed = changed(before, after);
        // ("the" is a stop word, so the search terms are as they were, and the sentence is past the snippet text)
        assertEquals(Set.of("articles.csv", "articles/002-269e5ed58e1b5d5b.html"), changed);
    }

    @Test
    @DisplayName("a word another article has, added deep in one article: its term's list changes, so the search "
            + "shard that holds the term is written again, and only that one")
    void oneChangeToATermsList() throws IOException {
        build();
        Map<String, String> before = snapshot(site);
        // "yerevan" is a term of article 003 alone: the edit adds article 002 to its list, and no term to the index
        edit("002_269e5ed58e1b5d5b.txt", "do not care about well-being", "do not care about Yerevan well-being");
        build();
        Map<String, String> after = snapshot(site);
        assertEquals(fromScratch(), after);
        Set<String> changed = changed(before, after);
        List<String> shards = changed.stream().filter(p -> p.startsWith("search/terms-")).toList();
        assertEquals(1, shards.size(), "one term shard changed: " + changed);
        assertTrue(after.get(shards.get(0)).contains("\"yerevan\":"), "it is the shard of the term");
        assertEquals(Set.of("articles.csv", "articles/002-269e5ed58e1b5d5b.html", shards.get(0)), changed);
    }

    @Test
    @DisplayName("a cache that is cut short or garbled is ignored: the build is complete and says so")
    void corruptCache() throws IOException {
        build();
        Path cache = site.resolve(BuildOptions.DEFAULT_CACHE);
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
                for (int i = 40; i < cut.length; i += 97) {
                    cut[i] ^= 0x5a; // garble it as well as cut it
                }
                Files.write(f, cut);
            }
        }
        edit("003_21d076d2c9fc8fbd.txt", "Baku", "Baku city");
        String out = build();
        assertTrue(out.contains("cache ignored"), out);
        assertEquals(fromScratch(), snapshot(site));
        String again = build();
        assertTrue(again.contains("Cache: 5 parsed articles, the story grouping"), "the cache was rebuilt: " + again);
    }

    @Test
    @DisplayName("one flipped byte in a cached article's text is caught by its checksum: the cache is ignored")
    void flippedByteInCache() throws IOException {
        build();
        Path parseCache = null;
        try (Stream<Path> files = Files.list(site.resolve(BuildOptions.DEFAULT_CACHE))) {
            for (Path f : files.toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).startsWith("newsarchive-parse-cache", 2)) {
                    parseCache = f;
                }
            }
        }
        assertTrue(parseCache != null, "the build wrote a parse cache");
        byte[] bytes = Files.readAllBytes(parseCache);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Baku");
        assertTrue(at > 0, "an article's text is in the cache");
        bytes[at] = 'M'; // "Maku": the block still decodes, to another text
        Files.write(parseCache, bytes);
        String out = build();
        assertTrue(out.contains("cache ignored"), out);
        assertEquals(fromScratch(), snapshot(site));
    }

    @Test
    @DisplayName("a page edited or deleted by hand in the output folder is written again")
    void outputEditedByHand() throws IOException {
        build();
        Map<String, String> good = snapshot(site);
        Path index = site.resolve("index.html");
        Files.writeString(index, "scribbled over");
        Files.delete(site.resolve("articles.csv"));
        build();
        assertEquals(good, snapshot(site));
    }

    @Test
    @DisplayName("changed templates re-render every page that uses them")
    void templatesChange() throws IOException {
        build();
        Path templates = Files.createDirectories(temp.resolve("templates"));
        String bundled = new String(IncrementalBuildTest.class.getResourceAsStream("/templates/article.ftlh")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("article.ftlh"), bundled.replace("<article class=\"article\"", "<article data-mine=\"1\" class=\"article\""));
        build("-t", templates.toString());
        String page;
        try (Stream<Path> articles = Files.list(site.resolve("articles"))) {
            page = Files.readString(articles.sorted().findFirst().orElseThrow());
        }
        assertTrue(page.contains("data-mine=\"1\""), "the article page was rendered with the new template");
    }

    @Test
    @DisplayName("a file renamed keeps nothing stale: the old article's page goes, the new one comes")
    void renamed() throws IOException {
        build();
        Files.move(input.resolve("004_5bebabd3640c37c4.txt"), input.resolve("renamed.txt"));
        build();
        assertEquals(fromScratch(), snapshot(site));
        assertTrue(Files.exists(site.resolve("articles/renamed.html")));
    }
}
