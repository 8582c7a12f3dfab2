package io.newsarchive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArticleWordsTest {
    /** The plain definition: runs of characters that are not whitespace by Character.isWhitespace. */
    private static int reference(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    @Test
    @DisplayName("word counts agree with Character.isWhitespace for every character")
    void everyCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "ab" + (char) c + "cd";
            assertEquals(reference(text), Article.countWords(text), "U+" + Integer.toHexString(c));
        }
        // a no-break space joins, as Character.isWhitespace says; an em space separates
        assertEquals(3, Article.countWords(" Iran\u00a0and \u2003Azerbaijan\tagree\n"));
    }
}
