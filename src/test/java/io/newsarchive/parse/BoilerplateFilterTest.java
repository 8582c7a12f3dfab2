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
}
