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
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CanonicalChoiceTest {
    @Test
    @DisplayName("CanonicalOrder orders articles exactly as CanonicalChoice.ORDER, also when many dates tie")
    void canonicalOrderIsTheOrder() {
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
        CanonicalOrder order = CanonicalOrder.of(articles, pool);
        pool.shutdown();
        List<Article> byOrder = new ArrayList<>(articles);
        byOrder.sort(CanonicalChoice.ORDER);
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, articles.size()).boxed().toList());
        indexes.sort(order::compare);
        assertEquals(byOrder, indexes.stream().map(articles::get).toList());

        // a selection keeps the order, and first() is the least of a group
        int[] odd = IntStream.range(0, articles.size()).filter(i -> i % 2 == 1).toArray();
        CanonicalOrder selected = order.select(odd);
        List<Integer> positions = new ArrayList<>(IntStream.range(0, odd.length).boxed().toList());
        positions.sort(selected::compare);
        assertEquals(byOrder.stream().filter(a -> articles.indexOf(a) % 2 == 1).toList(),
                positions.stream().map(k -> articles.get(odd[k])).toList());
        List<Integer> group = List.of(5, 17, 3, 400, 250);
        assertEquals(CanonicalChoice.choose(group.stream().map(articles::get).toList()),
                articles.get(order.first(group)));
    }
}
