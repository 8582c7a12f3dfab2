package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    private static final Outlet OUTLET = new Outlet("daily", "Daily");

    private static Article article(String id, String... paragraphs) {
        List<BodyBlock> body = new ArrayList<>();
        for (String p : paragraphs) {
            body.add(BodyBlock.paragraph(p));
        }
        return new Article(id, id + ".txt", OUTLET, "Headline " + id, false, "", ArticleDate.NONE, "", "", "", body,
                List.of(), "", List.of(), "", List.of());
    }

    @Test
    @DisplayName("a paragraph every article of an outlet ends with is its furniture, and goes")
    void learnsFurniture() {
        String promo = "Daily is read by millions: subscribe to our newsletter for more stories like this one.";
        List<Article> out = BoilerplateFilter.apply(List.of(
                article("a", "Talks resumed in Baku on Monday after a pause of several weeks.", promo),
                article("b", "The ministry said exports rose by ten percent in the first half.", promo),
                article("c", "Officials met in Tehran to discuss the railway link to the border.", promo)));
        for (Article a : out) {
            assertEquals(1, a.body().size(), a.id());
        }
    }

    @Test
    @DisplayName("two saves of one story keep every paragraph: copies are no evidence of furniture")
    void copiesKeepTheirText() {
        String[] text = {"Talks resumed in Baku on Monday after a pause of several weeks.",
            "Both sides said progress had been made on the border question.",
            "A further round is planned for next month in Tehran."};
        List<Article> out = BoilerplateFilter.apply(List.of(article("a", text), article("b", text)));
        assertEquals(3, out.get(0).body().size());
        assertEquals(3, out.get(1).body().size());
    }

    /** A memo in memory that counts what it finds and learns. */
    private static final class CountingMemo implements BoilerplateFilter.Learned {
        final java.util.Map<String, java.util.Set<String>> kept = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger learned = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public byte[] articleKey(Article article) {
            return article.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8); // equal articles, equal keys
        }

        @Override
        public java.util.Set<String> find(byte[] outletKey) {
            java.util.Set<String> s = kept.get(java.util.HexFormat.of().formatHex(outletKey));
            found.addAndGet(s == null ? 0 : 1);
            return s;
        }

        @Override
        public void learned(byte[] outletKey, java.util.Set<String> paragraphs) {
            learned.incrementAndGet();
            kept.put(java.util.HexFormat.of().formatHex(outletKey), paragraphs);
        }
    }

    @Test
    @DisplayName("a rebuild learns again only the outlets whose articles changed, and cleans as a fresh build does")
    void memoRelearnsOnlyChangedOutlets() {
        java.util.Random r = new java.util.Random(7);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Outlet outlet = new Outlet("o" + i % 4, "Outlet " + i % 4);
            List<BodyBlock> body = new ArrayList<>();
            body.add(BodyBlock.paragraph("Report " + i + " says talks went on for " + r.nextInt(1000) + " minutes."));
            if (i % 4 != 3) { // outlets 0-2 have furniture, outlet 3 none
                body.add(BodyBlock.paragraph("Outlet " + i % 4 + " brings you the news first: follow us."));
            }
            articles.add(new Article(String.format("a%03d", i), "a" + i + ".txt", outlet, "Headline " + i, false, "",
                    ArticleDate.NONE, "", "", "", body, List.of(), "", List.of(), "", List.of()));
        }
        CountingMemo memo = new CountingMemo();
        List<Article> fresh = BoilerplateFilter.apply(articles);
        assertEquals(fresh, BoilerplateFilter.apply(articles, java.util.concurrent.ForkJoinPool.commonPool(), memo));
        assertEquals(4, memo.learned.get());
        assertEquals(1, fresh.get(0).body().size(), "the furniture is gone");
        assertEquals(fresh, BoilerplateFilter.apply(articles, java.util.concurrent.ForkJoinPool.commonPool(), memo));
        assertEquals(4, memo.found.get());
        assertEquals(4, memo.learned.get(), "nothing changed: nothing learned again");

        List<Article> changed = new ArrayList<>(articles);
        Article a = articles.get(5); // outlet 1
        changed.set(5, a.withBody(List.of(BodyBlock.paragraph("A new text."))));
        changed.remove(10); // outlet 2
        assertEquals(BoilerplateFilter.apply(changed),
                BoilerplateFilter.apply(changed, java.util.concurrent.ForkJoinPool.commonPool(), memo));
        assertEquals(6, memo.learned.get(), "outlets 1 and 2 learned again");
        assertEquals(6, memo.found.get(), "outlets 0 and 3 reused");
    }
}
