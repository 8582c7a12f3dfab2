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
        EventGrouping events;
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
            EventGrouping events = this.events;
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

                @Override
                public EventGrouping events() {
                    return events;
                }
            };
        }

        @Override
        public void keep(List<Article> articles, ArticleWork[] kept, long[] keptPairs, int[] shared,
                         EventGrouping keptEvents) {
            events = keptEvents;
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

    @Test
    @DisplayName("the grouping into events is taken from the memo when what it reads is as it was, and only then")
    void eventsKeptOnlyWhenTheirInputsAreUnchanged() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            FirstRun run = FirstRun.of(pool);
            // articles that copy nothing: a paragraph added at their end changes no cluster, and no event term
            List<Integer> alone = new ArrayList<>();
            for (int i = 0; i < run.articles().size() && alone.size() < 6; i++) {
                if (!run.copies().contains(run.articles().get(i).id()) && run.articles().get(i).body().size() > 4) {
                    alone.add(i);
                }
            }
            assertEquals(6, alone.size());
            List<Article> later = new ArrayList<>(run.articles());
            for (int i : alone) {
                List<BodyBlock> body = new ArrayList<>(later.get(i).body());
                body.add(BodyBlock.paragraph("Officials in Baku said on Tuesday that the talks would resume soon."));
                later.set(i, withBody(later.get(i), later.get(i).id(), body));
            }
            run.memo().events = marked(run.memo().events);
            Deduper.Result recalled = run.deduper().group(later, run.memo());
            Deduper.Result afresh = run.deduper().group(later);
            assertEquals(afresh.stories(), recalled.stories());
            assertTrue(recalled.decisions().stream().anyMatch(d -> d.reason().endsWith(" (kept)")),
                    "the kept grouping was taken");
            assertEquals(afresh.decisions(), unmarked(recalled.decisions()));

            // a lead rewritten: the event terms differ, so the grouping is worked out again
            List<Article> led = new ArrayList<>(later);
            int i = alone.get(0);
            List<BodyBlock> body = new ArrayList<>(led.get(i).body());
            body.set(0, BodyBlock.paragraph("Farmers near Ganja harvested a record crop of hazelnuts this autumn."));
            led.set(i, withBody(led.get(i), led.get(i).id(), body));
            run.memo().events = marked(run.memo().events);
            Deduper.Result again = run.deduper().group(led, run.memo());
            assertTrue(again.decisions().stream().noneMatch(d -> d.reason().endsWith(" (kept)")),
                    "a grouping that read other terms is not taken");
            Deduper.Result ledAfresh = run.deduper().group(led);
            assertEquals(ledAfresh.stories(), again.stories());
            assertEquals(ledAfresh.decisions(), again.decisions());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("the kept grouping into events is not taken when the canonical order within a joined group changed")
    void eventsNotKeptWhenTheOrderWithinAGroupChanged() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            FirstRun run = FirstRun.of(pool);
            // a joined group whose first two versions (in the canonical order) share agency status and date, so
            // their lengths order them, and whose second copies nothing: made longer, it comes first
            Map<String, Article> byId = run.articles().stream().collect(Collectors.toMap(Article::id, a -> a));
            Article longer = null;
            for (Decision d : run.result().decisions()) {
                Article a = byId.get(d.a());
                Article b = byId.get(d.b());
                if (d.relation() != Decision.Relation.SAME_STORY || !d.joined() || run.copies().contains(a.id())
                        || run.copies().contains(b.id()) || !a.date().equals(b.date())
                        || CanonicalChoice.isAgencyOwnCopy(a) != CanonicalChoice.isAgencyOwnCopy(b)) {
                    continue;
                }
                longer = CanonicalChoice.ORDER.compare(a, b) < 0 ? b : a; // the one that came second
                break;
            }
            assertTrue(longer != null, "the corpus has such a pair");
            List<BodyBlock> body = new ArrayList<>(longer.body());
            for (int k = 0; k < 12; k++) {
                body.add(BodyBlock.paragraph("Paragraph " + k + " of an update: officials in Baku said on Tuesday "
                        + "that the talks would resume soon, and that experts would meet again next month."));
            }
            List<Article> later = new ArrayList<>(run.articles());
            later.set(later.indexOf(longer), withBody(longer, longer.id(), body));
            run.memo().events = marked(run.memo().events);
            Deduper.Result recalled = run.deduper().group(later, run.memo());
            assertTrue(recalled.decisions().stream().noneMatch(d -> d.reason().endsWith(" (kept)")),
                    "a grouping that its order would split otherwise is not taken");
            Deduper.Result afresh = run.deduper().group(later);
            assertEquals(afresh.stories(), recalled.stories());
            assertEquals(afresh.decisions(), recalled.decisions());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A first grouping, with a memo, of 900 generated articles (in id order, the same for each test).
     *
     * @param copies the ids of articles that a joined copy decision names: copies and the versions they copy
     */
    private record FirstRun(List<Article> articles, Deduper deduper, MapMemo memo, Deduper.Result result,
                            java.util.Set<String> copies) {
        static FirstRun of(ForkJoinPool pool) {
            List<Article> articles = new ArrayList<>();
            for (GeneratedArticle g : new CorpusGenerator(41).generate(900, 12)) {
                articles.add(DedupeScale.article(g));
            }
            articles.sort(Comparator.comparing(Article::id));
            Deduper deduper = new Deduper(DedupeSettings.DEFAULTS, pool);
            MapMemo memo = new MapMemo();
            Deduper.Result result = deduper.group(articles, memo);
            java.util.Set<String> copies = result.decisions().stream()
                    .filter(d -> d.relation() == Decision.Relation.COPY && d.joined())
                    .flatMap(d -> java.util.stream.Stream.of(d.a(), d.b())).collect(Collectors.toSet());
            return new FirstRun(articles, deduper, memo, result, copies);
        }
    }

    /** The kept grouping with every reason marked, so that a result built from it shows. */
    private static GroupingMemo.EventGrouping marked(GroupingMemo.EventGrouping events) {
        return new GroupingMemo.EventGrouping(events.inputs(), events.groups(), events.decisions().stream()
                .map(d -> new Decision(d.a(), d.b(), d.relation(), d.score(), d.second(), d.joined(),
                        d.reason() + " (kept)")).toList(), events.joined());
    }

    private static List<Decision> unmarked(List<Decision> decisions) {
        return decisions.stream().map(d -> new Decision(d.a(), d.b(), d.relation(), d.score(), d.second(),
                d.joined(), d.reason().replace(" (kept)", ""))).toList();
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
