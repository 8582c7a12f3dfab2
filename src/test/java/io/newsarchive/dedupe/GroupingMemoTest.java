package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupingMemoTest {
    /** A memo in memory, keyed by an article's whole content, as the cache keys it by a digest of it. */
    private static final class MapMemo implements GroupingMemo {
        private Map<String, ArticleWork> work = new HashMap<>();
        private Map<String, Integer> pairs = new HashMap<>();
        private String[] current;
        int articlesRecalled;
        int pairsRecalled;

        @Override
        public Recalled recall(List<Article> articles) {
            current = articles.stream().map(GroupingMemoTest::content).toArray(String[]::new);
            articlesRecalled = 0;
            pairsRecalled = 0;
            Map<String, ArticleWork> work = this.work;
            Map<String, Integer> pairs = this.pairs;
            return new Recalled() {
                @Override
                public ArticleWork article(int i) {
                    ArticleWork w = work.get(current[i]);
                    if (w != null) {
                        articlesRecalled++;
                    }
                    return w;
                }

                @Override
                public int sharedShingles(int x, int y) {
                    Integer shared = pairs.get(pair(current[x], current[y]));
                    if (shared != null) {
                        pairsRecalled++;
                    }
                    return shared == null ? -1 : shared;
                }
            };
        }

        @Override
        public void keep(List<Article> articles, ArticleWork[] kept, long[] keptPairs, int[] shared) {
            work = new HashMap<>();
            pairs = new HashMap<>();
            for (int i = 0; i < kept.length; i++) {
                work.put(current[i], kept[i]);
            }
            for (int p = 0; p < keptPairs.length; p++) {
                pairs.put(pair(current[(int) (keptPairs[p] >>> 32)], current[(int) keptPairs[p]]), shared[p]);
            }
        }

        private static String pair(String a, String b) {
            return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
        }
    }

    private static String content(Article a) {
        return a.id() + "\n" + a.headline() + "\n" + a.date() + "\n" + a.outlet() + "\n"
                + a.body().stream().map(b -> b.isCrosshead() + b.text()).collect(Collectors.joining("\n"));
    }

    @Test
    @DisplayName("grouping with the memo of an earlier, different archive gives exactly what grouping afresh gives")
    void memoOfAnotherArchiveChangesNothing() {
        Random random = new Random(7);
        List<Article> articles = new ArrayList<>();
        for (GeneratedArticle g : new CorpusGenerator(33).generate(1200, 12)) {
            articles.add(DedupeScale.article(g));
        }
        List<Article> newcomers = new ArrayList<>();
        for (GeneratedArticle g : new CorpusGenerator(34).generate(300, 12)) {
            Article a = DedupeScale.article(g);
            newcomers.add(withBody(a, "n" + a.id(), a.body()));
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            MapMemo memo = new MapMemo();
            for (int round = 0; round < 4; round++) {
                Deduper deduper = new Deduper(DedupeSettings.DEFAULTS, pool);
                Deduper.Result afresh = deduper.group(articles);
                Deduper.Result recalled = deduper.group(articles, memo);
                assertEquals(afresh.stories(), recalled.stories(), "round " + round);
                assertEquals(afresh.decisions(), recalled.decisions(), "round " + round);
                if (round > 0) {
                    assertTrue(memo.articlesRecalled > articles.size() / 2, "round " + round + ": work was recalled");
                    assertTrue(memo.pairsRecalled > 0, "round " + round + ": pairs were recalled");
                }
                articles = changed(articles, newcomers, random);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Some articles edited, some removed, some copied under new names, some new ones added; in shuffled order. */
    private static List<Article> changed(List<Article> articles, List<Article> newcomers, Random random) {
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            int roll = random.nextInt(100);
            if (roll < 4) {
                continue; // removed
            } else if (roll < 8) {
                List<BodyBlock> body = new ArrayList<>(a.body());
                body.add(BodyBlock.paragraph("Officials in Baku said on Tuesday that the talks would resume."));
                out.add(withBody(a, a.id(), body)); // a paragraph appended
            } else if (roll < 11 && a.body().size() > 1) {
                List<BodyBlock> body = new ArrayList<>(a.body());
                body.remove(random.nextInt(body.size())); // a paragraph cut
                out.add(withBody(a, a.id(), body));
            } else {
                out.add(a);
            }
            if (roll >= 95) {
                out.add(withBody(a, a.id() + "-copy" + random.nextInt(1000), a.body())); // a copy under a new name
            }
        }
        for (int k = 0; k < 40 && !newcomers.isEmpty(); k++) {
            out.add(newcomers.remove(newcomers.size() - 1));
        }
        out = new ArrayList<>(out.stream().collect(Collectors.toMap(Article::id, a -> a, (x, y) -> x)).values());
        out.sort(Comparator.comparing(Article::id));
        java.util.Collections.shuffle(out, random);
        return out;
    }

    private static Article withBody(Article a, String id, List<BodyBlock> body) {
        return new Article(id, a.source(), a.outlet(), a.headline(), a.headlineDerived(), a.kicker(), a.date(),
                a.byline(), a.dateline(), a.credit(), body, a.related(), a.url(), a.notes(), a.language(), a.tags());
    }
}
