package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.cache.ArticleKeys;
import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.Story;
import io.newsarchive.site.SiteRenderer;
import io.newsarchive.site.SiteSettings;
import io.newsarchive.site.Templates;
import io.newsarchive.write.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild keeps a search document shard when its articles and their shown dates are as last time
 * ({@code site.SearchIndex}). Here a shard's articles all stay as they were, but one of them, undated, shows its
 * story's date, and that date changes through a version in the next shard: the shard must be made again.
 */
class SearchShardsRebuildTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final String FIRST_SHARD = io.newsarchive.site.SitePaths.searchDocs(0);

    @TempDir
    Path temp;

    private static Article article(String id, String headline, ArticleDate date) {
        return new Article(id, id + ".txt", Outlet.UNKNOWN, headline, false, "", date, "", "", "",
                List.of(BodyBlock.paragraph("The text of " + headline + ", which no other article shares.")),
                List.of(), "", List.of(), "", List.of());
    }

    /**
     * 49 articles newer than the story of "x" (undated) and "y" (dated {@code storyTime}): newest first, x is the
     * 50th article, the last of the first shard, and y the first of the second.
     */
    private static Archive archive(LocalDateTime storyTime) {
        List<Article> articles = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            Article a = article(String.format("n%02d", i), "Newer report " + i,
                    ArticleDate.of(LocalDate.of(2022, 8, 1).plusDays(i)));
            articles.add(a);
            stories.add(new Story("s-" + a.id(), a.id(), List.of(a.id()), Map.of(), a.date()));
        }
        ArticleDate storyDate = ArticleDate.of(storyTime);
        articles.add(article("x", "Undated copy", ArticleDate.NONE));
        articles.add(article("y", "Dated original", storyDate));
        stories.add(new Story("s-y", "y", List.of("y", "x"), Map.of("x", "y"), storyDate));
        return new Archive(articles, stories, List.of());
    }

    private static void render(Archive archive, Path dir, boolean keepRecords, String archiveKey) throws IOException {
        OutputFolder out = keepRecords ? new OutputFolder(dir, dir.resolve(".records"), "salt") : new OutputFolder(dir);
        ArticleKeys keys = ArticleKeys.of(archive.articles(), a -> null, POOL);
        new SiteRenderer(new Templates(Optional.empty()), new SiteSettings("T", "", Optional.empty(), 20), POOL)
                .keyingArticles(keys::of).render(archive, archiveKey, out);
        out.finish();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("an undated article's shard follows its story's new date, though none of the shard's articles changed")
    void shownDateReachesItsShard() throws IOException {
        Path site = temp.resolve("site");
        render(archive(LocalDateTime.of(2022, 7, 15, 21, 38)), site, true, "before");
        String before = read(site.resolve(FIRST_SHARD));
        // the premise: x ends the first shard, showing its story's date; y is in the next one
        assertTrue(before.contains("\"x\"") && before.contains("2022-07-15T21:38") && !before.contains("\"y\""),
                before);

        Archive after = archive(LocalDateTime.of(2022, 7, 15, 20, 5));
        render(after, site, true, "after");
        Path fresh = temp.resolve("fresh");
        render(after, fresh, false, "");
        String rebuilt = read(site.resolve(FIRST_SHARD));
        assertNotEquals(before, rebuilt);
        assertTrue(rebuilt.contains("2022-07-15T20:05"), rebuilt);
        assertEquals(read(fresh.resolve(FIRST_SHARD)), rebuilt);
    }
}
