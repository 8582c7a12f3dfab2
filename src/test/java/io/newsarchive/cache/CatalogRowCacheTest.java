package io.newsarchive.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.model.Story;
import io.newsarchive.site.Catalog;
import io.newsarchive.site.CatalogRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog written with the last build's rows copied is byte for byte the catalog written afresh; rows are copied
 * only when nothing they show changed, and never when the catalog file no longer holds what was written.
 */
class CatalogRowCacheTest {
    private static final ForkJoinPool POOL = ForkJoinPool.commonPool();

    @TempDir
    Path temp;

    /** Articles with text a CSV must quote: commas, quotes, line breaks, non-ASCII; some undated. */
    private static List<Article> articles(int n, long seed) {
        Random r = new Random(seed);
        String[] words = {"talks", "\"quoted\"", "a, b", "naïve", "line\nbreak", "€100", "résumé", "🙂", "plain"};
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<BodyBlock> body = new ArrayList<>();
            for (int p = 0; p < 1 + r.nextInt(4); p++) {
                StringBuilder text = new StringBuilder("Paragraph " + p);
                for (int w = 0; w < 5 + r.nextInt(30); w++) {
                    text.append(' ').append(words[r.nextInt(words.length)]);
                }
                body.add(p == 1 ? BodyBlock.crosshead(text.toString()) : BodyBlock.paragraph(text.toString()));
            }
            ArticleDate date = i % 5 == 0 ? ArticleDate.NONE : ArticleDate.of(LocalDate.of(2024, 1, 1 + i % 28));
            out.add(new Article(String.format("a%04d", i), "in/a" + i + ".txt", new Outlet("o" + i % 3, "Outlet " + i % 3),
                    "Headline " + i + " " + words[r.nextInt(words.length)], false, "", date, "By Someone", "CITY", "",
                    body, List.of(new RelatedLink("Related, \"one\"", "https://example.org/" + i, "Read more")),
                    "https://example.org/a/" + i, List.of(), "en", List.of("t" + i % 4)));
        }
        return out;
    }

    /** Stories of three articles each, the later two copies of the first, dated by their first version's date. */
    private static List<Story> stories(List<Article> articles) {
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += 3) {
            List<String> versions = new ArrayList<>();
            Map<String, String> copyOf = new java.util.LinkedHashMap<>();
            for (int k = i; k < Math.min(articles.size(), i + 3); k++) {
                versions.add(articles.get(k).id());
                if (k > i) {
                    copyOf.put(articles.get(k).id(), articles.get(i).id());
                }
            }
            stories.add(new Story(versions.get(0), versions.get(0), versions, copyOf,
                    ArticleDate.of(LocalDate.of(2024, 2, 1 + i % 28))));
        }
        return stories;
    }

    private static byte[] catalog(Archive archive, CatalogRows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Catalog.write(archive, Catalog.Body.FULL, out, POOL, rows);
        return out.toByteArray();
    }

    /** The rows a cache finds, counted. */
    private static CatalogRows counting(CatalogRowCache cache, AtomicInteger found) {
        return new CatalogRows() {
            @Override
            public byte[] articleKey(Article article) {
                return cache.articleKey(article);
            }

            @Override
            public byte[] find(byte[] rowKey) {
                byte[] row = cache.find(rowKey);
                found.addAndGet(row == null ? 0 : 1);
                return row;
            }

            @Override
            public void wrote(byte[] rowKey, long at, byte[] row) {
                cache.wrote(rowKey, at, row);
            }

            @Override
            public void finished() {
                cache.finished();
            }
        };
    }

    /** Writes the catalog to the site file with a cache loaded from the last build's index; returns rows copied. */
    private int build(Archive archive, Path site, Path index) throws IOException {
        ArticleKeys keys = ArticleKeys.of(archive.articles(), a -> null, POOL);
        AtomicInteger found = new AtomicInteger();
        CatalogRowCache cache = CatalogRowCache.load(index, site, keys);
        byte[] bytes = catalog(archive, counting(cache, found));
        cache.save(index);
        Files.write(site, bytes);
        assertArrayEquals(catalog(archive, null), bytes, "the catalog is what a build without a cache writes");
        return found.get();
    }

    @Test
    void aRebuildCopiesEveryRowThatShowsNothingNew() throws IOException {
        Path site = temp.resolve("articles.csv");
        Path index = temp.resolve("catalog-rows.bin");
        List<Article> articles = articles(700, 1);
        Archive archive = new Archive(articles, stories(articles), List.of());
        assertEquals(0, build(archive, site, index));
        assertEquals(700, build(archive, site, index));

        // one article's text changes; another leaves its story (its story columns change, not the article)
        List<Article> changed = new ArrayList<>(articles);
        Article a = articles.get(100);
        changed.set(100, new Article(a.id(), a.source(), a.outlet(), a.headline(), false, "", a.date(), a.byline(),
                a.dateline(), a.credit(), List.of(BodyBlock.paragraph("New text, \"quoted\".")), a.related(), a.url(),
                a.notes(), a.language(), a.tags()));
        List<Story> stories = new ArrayList<>(stories(changed));
        Story s = stories.get(1); // articles 3, 4, 5: 5 leaves
        stories.set(1, new Story(s.id(), s.canonical(), s.versions().subList(0, 2),
                Map.of(s.versions().get(1), s.versions().get(0)), s.date()));
        stories.add(new Story("a0005", "a0005", List.of("a0005"), Map.of(), ArticleDate.NONE));
        assertEquals(698, build(new Archive(changed, stories, List.of()), site, index));
    }

    @Test
    void rowsTheCatalogFileNoLongerHoldsAreFormattedAgain() throws IOException {
        Path site = temp.resolve("articles.csv");
        Path index = temp.resolve("catalog-rows.bin");
        List<Article> articles = articles(300, 2);
        Archive archive = new Archive(articles, stories(articles), List.of());
        build(archive, site, index);
        try (RandomAccessFile f = new RandomAccessFile(site.toFile(), "rw")) { // edited by hand, in two places
            f.seek(f.length() / 3);
            f.write('#');
            f.seek(2 * f.length() / 3);
            f.write('#');
        }
        assertEquals(298, build(archive, site, index));
        Files.write(site, new byte[0]); // replaced by an empty file
        assertEquals(0, build(archive, site, index));
        assertEquals(300, build(archive, site, index));
    }

    @Test
    void aGarbledIndexIsIgnored() throws IOException {
        Path site = temp.resolve("articles.csv");
        Path index = temp.resolve("catalog-rows.bin");
        List<Article> articles = articles(200, 3);
        Archive archive = new Archive(articles, stories(articles), List.of());
        build(archive, site, index);
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(index, bytes);
        assertEquals(0, build(archive, site, index));
        Files.write(index, java.util.Arrays.copyOf(Files.readAllBytes(index), 100)); // cut short
        assertEquals(0, build(archive, site, index));
        assertEquals(200, build(archive, site, index));
    }
}
