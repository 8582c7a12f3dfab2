package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The terms of an event: headline and lead, names weighted up, short, numeric and function words left out. */
class EventTermsTest {
    @Test
    @DisplayName("terms in order of first use, with headline (×2) and name (×3) weights summed, ASCII or not")
    void termsAndWeights() {
        Article a = new Article("a", "a.txt", new Outlet("x", "X"), "Iran's Minister Visits Baku for 2024 Talks",
                false, "", ArticleDate.NONE, "", "", "", List.of(
                        BodyBlock.paragraph("The minister met Aliyev in Baku. Officials said the x-ray talks went well."),
                        BodyBlock.crosshead("Crosshead Words"),
                        BodyBlock.paragraph("In İstanbul, ÇAVUŞOĞLU met Straße officials."),
                        BodyBlock.paragraph("Zebra zebra."),
                        BodyBlock.paragraph("Ignored paragraph beyond the lead.")),
                List.of(), "", List.of(), "", List.of());
        EventTerms.Counted counted = EventTerms.of(a);
        assertArrayEquals(new String[] {"iran", "minister", "visits", "baku", "talks", "met", "aliyev", "officials",
                "x-ray", "went", "i\u0307stanbul", "çavuşoğlu", "straße", "zebra"}, counted.terms());
        assertArrayEquals(new double[] {2, 3, 2, 5, 3, 2, 3, 2, 1, 1, 3, 3, 3, 2}, counted.weights());
    }

    @Test
    @DisplayName("many distinct terms: none is lost or merged as the term table grows")
    void manyTerms() {
        StringBuilder text = new StringBuilder();
        String[] expected = new String[600];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = "w" + Integer.toString(i, 26).replace('0', 'q') + "x";
            text.append(expected[i]).append(' ');
        }
        Article a = new Article("a", "a.txt", new Outlet("x", "X"), "Headline", false, "", ArticleDate.NONE, "", "",
                "", List.of(BodyBlock.paragraph(text.toString()), BodyBlock.paragraph(text.toString())), List.of(), "",
                List.of(), "", List.of());
        String[] terms = EventTerms.of(a).terms();
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(terms, 1, terms.length));
        double[] weights = EventTerms.of(a).weights();
        for (int i = 1; i < weights.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(2.0, weights[i], terms[i]);
        }
    }
}
