package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fast shingler must hash exactly the words the plain one did ({@link #reference}: the first version, kept
 * here), or copy decisions would change.
 */
class ShinglesTest {
    @Test
    @DisplayName("the ASCII shortcuts agree with Character for every char")
    void charShortcuts() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit((char) c), Shingles.isWordChar((char) c), "isLetterOrDigit " + c);
            assertEquals(Character.toLowerCase((char) c), Shingles.lowerCase((char) c), "toLowerCase " + c);
        }
    }

    @Test
    @DisplayName("same shingles as the reference shingler on generated articles and on odd text")
    void sameAsReference() {
        List<Article> articles = new ArrayList<>();
        for (GeneratedArticle g : new CorpusGenerator(7).generate(300, 10)) {
            articles.add(DedupeScale.article(g));
        }
        Random random = new Random(1);
        String alphabet = "aZ09 .,'’-–\u00e9\u00c9\u0130\u00aa\u00b5\u0660\ud83d\ude00\u00a0\t\n\"";
        for (int a = 0; a < 300; a++) {
            List<BodyBlock> body = new ArrayList<>();
            for (int b = 0; b < 1 + random.nextInt(4); b++) {
                StringBuilder text = new StringBuilder("x");
                for (int c = 0; c < random.nextInt(400); c++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                body.add(BodyBlock.paragraph(text.toString()));
            }
            articles.add(new Article("odd-" + a, "odd.txt", Outlet.UNKNOWN, "h", false, "", ArticleDate.NONE, "", "",
                    "", body, List.of(), "", List.of(), "", List.of()));
        }
        // texts that repeat themselves: many equal shingles (the bucket sort's worst case)
        for (int repeats : new int[] {10, 100, 3000}) {
            String text = "The minister said the talks would go on. ".repeat(repeats) + "Then he left.";
            articles.add(new Article("repeat-" + repeats, "r.txt", Outlet.UNKNOWN, "h", false, "", ArticleDate.NONE,
                    "", "", "", List.of(BodyBlock.paragraph(text)), List.of(), "", List.of(), "", List.of()));
        }
        for (Article article : articles) {
            for (int k : new int[] {1, 5}) {
                assertArrayEquals(reference(article, k), Shingles.of(article, k), article.id());
            }
        }
    }

    /** The shingler as first written: String.charAt and the Character methods throughout. */
    private static long[] reference(Article article, int k) {
        long[] words = new long[Math.max(16, article.wordCount() + 8)];
        int n = 0;
        for (BodyBlock block : article.body()) {
            String text = block.text();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (i >= text.length()) {
                    break;
                }
                long h = 0xcbf29ce484222325L;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
                    char c = Character.toLowerCase(text.charAt(i));
                    if (Character.isLetterOrDigit(c)) {
                        h = (h ^ c) * 0x100000001b3L;
                    }
                    i++;
                }
                if (n == words.length) {
                    words = Arrays.copyOf(words, words.length * 2);
                }
                words[n++] = h;
            }
        }
        if (n < k) {
            return new long[0];
        }
        long[] shingles = new long[n - k + 1];
        for (int s = 0; s + k <= n; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < k; j++) {
                h = Shingles.mix(h ^ words[s + j]);
            }
            shingles[s] = h;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    private static boolean isInnerMark(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == '-') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
