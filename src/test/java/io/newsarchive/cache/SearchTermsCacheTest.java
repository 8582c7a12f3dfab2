package io.newsarchive.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.Story;
import io.newsarchive.site.SearchTermsMemo;
import io.newsarchive.site.SiteRenderer;
import io.newsarchive.site.SiteSettings;
import io.newsarchive.site.Templates;
import io.newsarchive.write.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search terms kept between builds: a rebuild that takes them gives exactly the index a build from scratch gives. */
class SearchTermsCacheTest {
    private static final String[] WORDS = {"the", "harbour", "authority", "Baku", "budget", "talks", "resumed", "a",
        "Café", "CAFE", "naïve", "Ünterwald", "x²", "2024", "9", "oil", "pipeline", "minister", "said", "and",
        "Zebrafish", "quorum", "“quoted”", "port’s", "ﬁnance", "ISTANBUL", "gas", "deal", "of", "élan"};
    private static final ForkJoinPool POOL = new ForkJoinPool(3);

    @TempDir
    Path temp;
    private int sites;

    private static String words(Random random, int most) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(most);
        for (int i = 0; i < n; i++) {
            // a word made up now and then: terms the last build's table lacks
            String w = random.nextInt(8) == 0 ? "w" + Integer.toString(random.nextInt(5000), 36)
                    : WORDS[random.nextInt(WORDS.length)];
            text.append(i == 0 ? "" : random.nextInt(9) == 0 ? ", " : " ").append(w);
        }
        return text.toString();
    }

    private static Article article(Random random, String id) {
        List<BodyBlock> body = new ArrayList<>();
        int blocks = random.nextInt(5);
        for (int b = 0; b < blocks; b++) {
            body.add(random.nextInt(6) == 0 ? BodyBlock.crosshead(words(random, 4)) : BodyBlock.paragraph(words(random, 60) + "."));
        }
        ArticleDate date = random.nextInt(5) == 0 ? ArticleDate.NONE
                : ArticleDate.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(40)));
        return new Article(id, id + ".txt", Outlet.UNKNOWN, words(random, 8), false, "", date, "", "", "", body,
                List.of(), "", List.of(), "", List.of());
    }

    /** The archive after some edits, additions and removals (the untouched articles are the same instances). */
    private static List<Article> changed(Random random, List<Article> articles, int next) {
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            int what = random.nextInt(10);
            if (what == 0) {
                continue; // removed
            }
            out.add(what == 1 ? article(random, a.id()) : a); // an edit keeps the id
        }
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            out.add(article(random, "n" + next + "-" + i));
        }
        out.sort(java.util.Comparator.comparing(Article::id));
        return out;
    }

    private static Archive archive(List<Article> articles) {
        List<Story> stories = articles.stream().map(a -> new Story("s-" + a.id(), a.id(), List.of(a.id()), Map.of(),
                a.date())).toList();
        return new Archive(articles, stories, List.of());
    }

    /** Renders the site into a new folder and returns its files' bytes by path. */
    private Map<String, String> render(List<Article> articles, SearchTermsMemo memo) throws IOException {
        Path dir = temp.resolve("site" + sites++);
        OutputFolder out = new OutputFolder(dir);
        new SiteRenderer(new Templates(Optional.empty()), new SiteSettings("T", "", Optional.empty(), 20), POOL)
                .render(archive(articles), "", out, memo);
        out.finish();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static SearchTermsMemo memo(SearchTermsCache cache, List<Article> articles) {
        ArticleKeys keys = ArticleKeys.of(articles, a -> null, POOL);
        return cache.memo(keys::of);
    }

    @Test
    @DisplayName("rounds of edits, additions and removals: the index made with the last build's terms is the one "
            + "made from scratch")
    void randomRebuildsGiveWhatAFreshBuildGives() throws IOException {
        Path file = temp.resolve("search-terms.bin");
        Random random = new Random(42);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            articles.add(article(random, String.format("a%03d", i)));
        }
        SearchTermsCache first = SearchTermsCache.load(file, SearchTermsCache.key(), POOL);
        assertEquals(first.status(), "", "no file yet is no problem");
        render(articles, memo(first, articles));
        first.save(file, POOL);
        assertTrue(Files.isRegularFile(file));
        for (int round = 0; round < 4; round++) {
            List<Article> now = changed(random, articles, round);
            SearchTermsCache cache = SearchTermsCache.load(file, SearchTermsCache.key(), POOL);
            assertEquals("", cache.status());
            Map<String, String> rebuilt = render(now, memo(cache, now));
            assertEquals(render(now, SearchTermsMemo.NONE), rebuilt, "round " + round);
            long unchanged = now.stream().filter(articles::contains).count();
            assertEquals(unchanged, cache.hits(), "every unchanged article's terms, and only those, came from the file");
            cache.save(file, POOL);
            articles = now;
        }
    }

    @Test
    @DisplayName("the file reads back whole; saved again with nothing changed, it is not rewritten")
    void roundTrip() throws IOException {
        Path file = temp.resolve("search-terms.bin");
        Random random = new Random(5);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(article(random, "a" + i));
        }
        SearchTermsCache first = SearchTermsCache.load(file, SearchTermsCache.key(), POOL);
        SearchTermsMemo written = memo(first, articles);
        render(articles, written);
        first.save(file, POOL);
        SearchTermsCache again = SearchTermsCache.load(file, SearchTermsCache.key(), POOL);
        SearchTermsMemo read = memo(again, articles);
        for (Article a : articles) {
            SearchTermsMemo.DocTermNumbers n = read.find(a);
            assertTrue(n != null, a.id());
            // the numbers are the file's own, so compare the terms they stand for
            List<String> terms = java.util.Arrays.stream(n.all()).mapToObj(read.terms()::get).sorted().toList();
            List<String> headline = java.util.Arrays.stream(n.headline()).mapToObj(read.terms()::get).sorted()
                    .toList();
            assertEquals(expectedTerms(a, true), headline, a.id());
            assertEquals(expectedTerms(a, false), terms, a.id());
        }
        render(articles, read);
        long modified = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));
        again.save(file, POOL);
        assertEquals(modified - 10_000, Files.getLastModifiedTime(file).toMillis(), "nothing changed: not rewritten");
    }

    /** An article's distinct terms as a build from scratch finds them, sorted. */
    private static List<String> expectedTerms(Article a, boolean headlineOnly) {
        StringBuilder text = new StringBuilder(a.headline());
        if (!headlineOnly) {
            a.body().forEach(b -> text.append('\n').append(b.text()));
        }
        List<String> terms = new ArrayList<>();
        String folded = java.text.Normalizer.normalize(text.toString(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{Nd}]+")) {
            if (w.codePointCount(0, w.length()) >= 2 && w.length() <= 40 && !terms.contains(w)
                    && !List.of("the", "and", "of", "a").contains(w)) {
                terms.add(w);
            }
        }
        return terms.stream().sorted().toList();
    }

    @Test
    @DisplayName("a file of another version, cut short, or with one byte flipped is ignored: nothing is taken from it")
    void staleOrCorruptFilesAreIgnored() throws IOException {
        Path file = temp.resolve("search-terms.bin");
        Random random = new Random(9);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            articles.add(article(random, "a" + i));
        }
        SearchTermsCache first = SearchTermsCache.load(file, SearchTermsCache.key(), POOL);
        render(articles, memo(first, articles));
        first.save(file, POOL);
        byte[] good = Files.readAllBytes(file);

        SearchTermsCache otherVersion = SearchTermsCache.load(file, "another key", POOL);
        assertFalse(otherVersion.status().isEmpty());
        assertNull(memo(otherVersion, articles).find(articles.get(0)));

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 7));
        SearchTermsCache cut = SearchTermsCache.load(file, SearchTermsCache.key(), POOL);
        assertFalse(cut.status().isEmpty(), "cut short");
        assertTrue(memo(cut, articles).terms().isEmpty());

        Map<String, String> fresh = render(articles, SearchTermsMemo.NONE);
        for (int at = 60; at < good.length; at += Math.max(1, good.length / 12)) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x10;
            Files.write(file, flipped);
            SearchTermsCache garbled = SearchTermsCache.load(file, SearchTermsCache.key(), POOL);
            assertFalse(garbled.status().isEmpty(), "byte " + at + " flipped");
            SearchTermsMemo memo = memo(garbled, articles);
            assertNull(memo.find(articles.get(0)));
            assertEquals(fresh, render(articles, memo), "byte " + at + " flipped: a fresh index all the same");
        }
    }
}
