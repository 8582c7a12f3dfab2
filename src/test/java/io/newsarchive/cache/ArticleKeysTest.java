package io.newsarchive.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ArticleKeysTest {
    private static Article article(String id, String headline, String... paragraphs) {
        List<BodyBlock> body = Arrays.stream(paragraphs).map(BodyBlock::paragraph).toList();
        return new Article(id, id + ".txt", Outlet.UNKNOWN, headline, false, "", ArticleDate.NONE, "", "", "", body,
                List.of(), "", List.of(), "", List.of());
    }

    @Test
    void anArticleTheParseCacheDigestedKeepsThatDigestAndOthersAreDigested() {
        Article cached = article("a", "Headline", "One paragraph.");
        Article cleaned = article("b", "Headline", "One paragraph.");
        byte[] parseDigest = new byte[16];
        Arrays.fill(parseDigest, (byte) 7);
        ArticleKeys keys = ArticleKeys.of(List.of(cached, cleaned), a -> a == cached ? parseDigest : null,
                ForkJoinPool.commonPool());
        assertArrayEquals(parseDigest, keys.of(cached));
        assertArrayEquals(ArticleDigest.of(cleaned), keys.of(cleaned));
        assertNull(keys.of(article("a", "Headline", "One paragraph.")), "only the archive's own instances have keys");
    }

    @Test
    void articlesThatDifferAnywhereHaveDifferentKeys() {
        Article a = article("a", "Headline", "One paragraph.");
        Article sameText = article("a", "Headline", "One paragraph.");
        Article otherBody = article("a", "Headline", "One paragraph!");
        Article otherHeadline = article("a", "Headline.", "One paragraph.");
        ArticleKeys keys = ArticleKeys.of(List.of(a, sameText, otherBody, otherHeadline), x -> null,
                ForkJoinPool.commonPool());
        assertArrayEquals(keys.of(a), keys.of(sameText));
        assertFalse(Arrays.equals(keys.of(a), keys.of(otherBody)));
        assertFalse(Arrays.equals(keys.of(a), keys.of(otherHeadline)));
        assertEquals(16, keys.of(a).length);
    }
}
