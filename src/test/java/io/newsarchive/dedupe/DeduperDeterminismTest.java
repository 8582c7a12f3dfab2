package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.Article;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeduperDeterminismTest {
    @Test
    @DisplayName("the same stories and decisions whatever the input order and the thread count")
    void sameResultAnyOrderAnyThreads() {
        List<Article> articles = new ArrayList<>();
        for (GeneratedArticle g : new CorpusGenerator(21).generate(2500, 15)) {
            articles.add(DedupeScale.article(g));
        }
        articles.sort(Comparator.comparing(Article::id));
        Deduper.Result expected = group(articles, 1);
        for (int threads : new int[] {2, 3}) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(threads));
            Deduper.Result result = group(shuffled, threads);
            assertEquals(expected.stories(), result.stories(), threads + " threads, shuffled");
            assertEquals(expected.decisions(), result.decisions(), threads + " threads, shuffled");
        }
    }

    private static Deduper.Result group(List<Article> articles, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return new Deduper(DedupeSettings.DEFAULTS, pool).group(articles);
        } finally {
            pool.shutdown();
        }
    }
}
