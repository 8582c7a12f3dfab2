package io.newsarchive.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.dedupe.DedupeSettings;
import io.newsarchive.dedupe.Deduper;
import io.newsarchive.dedupe.GroupingMemo;
import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupingCacheTest {
    private static final String KEY = GroupingCache.key(DedupeSettings.DEFAULTS.toString());
    private static final String[] WORDS = ("talks pipeline minister gas border election parliament protest "
            + "court ruling trade deal oil prices drought harvest river dam railway port summit ceasefire troops "
            + "refugees inflation currency bank budget strike teachers doctors hospital vaccine earthquake").split(" ");

    @TempDir
    Path temp;

    private static Article article(String id, ArticleDate date, String headline, List<String> paragraphs) {
        return new Article(id, id + ".txt", Outlet.UNKNOWN, headline, false, "", date, "", "", "",
                paragraphs.stream().map(BodyBlock::paragraph).toList(), List.of(), "", List.of(), "", List.of());
    }

    /** Articles in id order: some copies of others (a sentence changed), some reports of one event, short ones. */
    private static List<Article> archive(int n, Random random) {
        List<Article> out = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> paragraphs = new ArrayList<>();
            if (i > 0 && random.nextInt(4) == 0) {
                paragraphs.addAll(texts.get(random.nextInt(i))); // a copy…
                paragraphs.set(0, "Reporting by staff in Baku, " + random.nextInt(99) + "."); // …slightly edited
            } else {
                int count = random.nextInt(5) == 0 ? 1 : 4;
                for (int p = 0; p < count; p++) {
                    StringBuilder s = new StringBuilder();
                    for (int w = 0; w < (count == 1 ? 6 : 40); w++) {
                        s.append(WORDS[random.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
                    }
                    paragraphs.add(s.toString().trim());
                }
            }
            texts.add(paragraphs);
            ArticleDate date = random.nextInt(6) == 0 ? ArticleDate.NONE
                    : ArticleDate.of(java.time.LocalDate.of(2024, 3, 1 + random.nextInt(20)));
            out.add(article(String.format("a%04d", i), date, WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)] + " in Baku", paragraphs));
        }
        return out;
    }

    private static ArticleKeys keys(List<Article> articles, ForkJoinPool pool) {
        return ArticleKeys.of(articles, a -> null, pool);
    }

    /** Groups with the cache in the file (if any), saves what it kept; returns the result and how much it held. */
    private record Run(Deduper.Result result, int held) {
    }

    private Run group(List<Article> articles, Path file, ForkJoinPool pool) throws IOException {
        GroupingCache cache = GroupingCache.load(file, KEY);
        GroupingCache.Memo memo = cache.memo(keys(articles, pool));
        Deduper.Result result = new Deduper(DedupeSettings.DEFAULTS, pool).group(articles, memo);
        memo.save(file);
        return new Run(result, cache.articles());
    }

    @Test
    @DisplayName("the file reads back what was kept: a second grouping recalls every article, with the same result")
    void roundTrip() throws IOException {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            List<Article> articles = archive(400, new Random(5));
            Path file = temp.resolve("grouping-memo.bin");
            Deduper.Result afresh = new Deduper(DedupeSettings.DEFAULTS, pool).group(articles);
            Run first = group(articles, file, pool);
            assertEquals(0, first.held());
            assertEquals(afresh, first.result());
            assertTrue(afresh.stories().size() < articles.size(), "some articles were grouped");
            byte[] written = Files.readAllBytes(file);
            Run second = group(articles, file, pool);
            assertEquals(articles.size(), second.held(), "every article's work came back");
            assertTrue(GroupingCache.load(file, KEY).hasEvents(), "the grouping into events came back");
            assertEquals(afresh, second.result());
            assertTrue(Arrays.equals(written, Files.readAllBytes(file)), "the same work gives the same bytes");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("after articles change, come and go, the file holds only the current archive's and the result is fresh")
    void changes() throws IOException {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Random random = new Random(11);
            List<Article> articles = archive(300, random);
            Path file = temp.resolve("grouping-memo.bin");
            group(articles, file, pool);
            List<Article> changed = new ArrayList<>(articles.subList(20, articles.size())); // 20 gone
            changed.set(5, article(changed.get(5).id(), changed.get(5).date(), "A new headline",
                    List.of(changed.get(7).body().get(0).text() + " More words here.")));
            changed.addAll(archive(320, new Random(12)).subList(300, 320).stream()
                    .map(a -> article("z" + a.id(), a.date(), a.headline(), a.body().stream().map(BodyBlock::text)
                            .toList())).toList());
            Run run = group(changed, file, pool);
            assertEquals(300, run.held());
            assertEquals(new Deduper(DedupeSettings.DEFAULTS, pool).group(changed), run.result());
            assertEquals(changed.size(), GroupingCache.load(file, KEY).articles(), "only this archive's articles");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("a file made under another key, cut short, or with one byte flipped is ignored")
    void staleOrCorruptIsIgnored() throws IOException {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            List<Article> articles = archive(200, new Random(3));
            Path file = temp.resolve("grouping-memo.bin");
            group(articles, file, pool);
            assertEquals(200, GroupingCache.load(file, KEY).articles());
            assertEquals(0, GroupingCache.load(file, GroupingCache.key("other settings")).articles());
            assertEquals(0, GroupingCache.load(temp.resolve("missing.bin"), KEY).articles());
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
            assertEquals(0, GroupingCache.load(file, KEY).articles(), "cut short");
            assertTrue(!GroupingCache.load(file, KEY).hasEvents(), "cut short: no grouping into events either");
            for (int at : new int[] {bytes.length / 3, bytes.length - 2}) {
                byte[] flipped = bytes.clone();
                flipped[at] ^= 0x10;
                Files.write(file, flipped);
                assertEquals(0, GroupingCache.load(file, KEY).articles(), "byte " + at + " flipped");
            }
            Files.write(file, bytes);
            assertEquals(200, GroupingCache.load(file, KEY).articles(), "the whole file again");
            GroupingMemo memo = GroupingCache.empty(KEY).memo(keys(articles, pool));
            assertEquals(new Deduper(DedupeSettings.DEFAULTS, pool).group(articles),
                    new Deduper(DedupeSettings.DEFAULTS, pool).group(articles, memo));
        } finally {
            pool.shutdown();
        }
    }
}
