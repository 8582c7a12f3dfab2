package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CanonicalChoiceTest {
    @Test
    @DisplayName("ranks put articles in exactly CanonicalChoice.ORDER, also when many dates tie")
    void ranksFollowTheOrder() {
        Random random = new Random(3);
        List<Article> articles = new ArrayList<>();
        for (GeneratedArticle g : new CorpusGenerator(11).generate(2000, 12)) {
            Article a = DedupeScale.article(g);
            // many ties: a third lose their time of day, a tenth their date
            int roll = random.nextInt(30);
            ArticleDate date = roll < 3 ? ArticleDate.NONE
                    : roll < 13 && a.date().isPresent() ? ArticleDate.of(a.date().day()) : a.date();
            articles.add(new Article(a.id(), a.source(), a.outlet(), a.headline(), a.headlineDerived(), a.kicker(),
                    date, a.byline(), a.dateline(), a.credit(), a.body(), a.related(), a.url(), a.notes(),
                    a.language(), a.tags()));
        }
        Collections.shuffle(articles, random);
        ForkJoinPool pool = new ForkJoinPool(2);
        int[] rank = CanonicalChoice.ranks(articles, pool);
        pool.shutdown();
        List<Article> byOrder = new ArrayList<>(articles);
        byOrder.sort(CanonicalChoice.ORDER);
        List<Article> byRank = new ArrayList<>(articles);
        for (int i = 0; i < articles.size(); i++) {
            byRank.set(rank[i], articles.get(i));
        }
        assertEquals(byOrder, byRank);
    }
}
