package io.newsarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    @DisplayName("the one-pass path for plain text gives exactly the terms of full folding, on random text")
    void plainPathAgreesOnRandomText() {
        String alphabet = "abcXYZ019 .,;:'\"-()!?\n\t\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2009\u2044";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String t = randomText(random, alphabet, 60);
            assertEquals(List.copyOf(SearchTerms.foldedTerms(t)), List.copyOf(SearchTerms.plainTerms(t)), t);
        }
    }

    @Test
    @DisplayName("…and on every sample article; text with other characters takes the folding path")
    void plainPathAgreesOnArticles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                List<String> plain = SearchTerms.plainTerms(text);
                if (plain != null) {
                    assertEquals(List.copyOf(SearchTerms.foldedTerms(text)), List.copyOf(plain), f.toString());
                }
                assertEquals(List.copyOf(SearchTerms.foldedTerms(text)), List.copyOf(SearchTerms.of(text)));
            }
        }
        assertNull(SearchTerms.plainTerms("Café au lait"));
        assertNull(SearchTerms.plainTerms("x²"), "a superscript folds to a digit: not plain");
        assertNotNull(SearchTerms.plainTerms("“Talks” — resumed… in Baku’s port"));
        assertEquals(List.of("talks", "resumed", "baku", "port"),
                List.copyOf(SearchTerms.of("“Talks” — resumed… in Baku’s port")));
    }

    @Test
    @DisplayName("…and on long texts: thousands of distinct words, repeats, stop words, words of 1, 40 and 41 letters")
    void plainPathAgreesOnLongText() {
        Random random = new Random(11);
        for (int n = 0; n < 50; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(8000);
            for (int w = 0; w < words; w++) {
                int kind = random.nextInt(10);
                String word = switch (kind) {
                    case 0 -> "the";
                    case 1 -> "x".repeat(39 + random.nextInt(3)) + (char) ('a' + random.nextInt(3));
                    case 2 -> String.valueOf((char) ('A' + random.nextInt(26)));
                    case 3 -> "W" + random.nextInt(100);
                    default -> Integer.toString(random.nextInt(1 << 20), 36) + "Ab";
                };
                text.append(word).append(random.nextBoolean() ? " " : "\u2019s, ");
            }
            String t = text.toString();
            assertEquals(List.copyOf(SearchTerms.foldedTerms(t)), List.copyOf(SearchTerms.plainTerms(t)));
        }
    }

    @Test
    @DisplayName("texts read as UTF-8 pieces give exactly the terms of full folding of the joined text, plain or not")
    void joinedUtf8PiecesAgreeWithTheJoinedText() {
        // plain separators, Latin-1 letters, a two-byte letter, a superscript, an emoji (a surrogate pair)
        String alphabet = "abXY09 .,'-\n\u00a0\u00ab\u00bb\u2013\u2019\u201c\u2026\u206f\u2070\u00e9\u0131\u00b2\ud83d\ude00";
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            String first = randomText(random, alphabet, 20);
            List<String> pieces = new java.util.ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                pieces.add(randomText(random, alphabet, 30));
            }
            String joined = first + (pieces.isEmpty() ? "" : "\n" + String.join("\n", pieces));
            List<byte[]> utf8 = pieces.stream().map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();
            assertEquals(List.copyOf(SearchTerms.foldedTerms(joined)),
                    List.copyOf(SearchTerms.ofJoined(first, utf8, () -> joined)), joined);
        }
    }

    /** Random text of up to {@code max} characters, a surrogate pair kept whole. */
    private static String randomText(Random random, String alphabet, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max); i > 0; i--) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            if (Character.isHighSurrogate(c)) {
                text.append(c).append('\ude00');
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
