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

    @Test
    @DisplayName("a block kept as UTF-8 counts its words as its decoded text does, for every character")
    void blockWordsFromBytes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            // a curly quote keeps the block as UTF-8; the character under test sits between words and at the ends
            String text = (char) c + "ab’" + (char) c + "cd " + (char) c;
            if (text.isBlank()) {
                continue;
            }
            assertEquals(reference(text), BodyBlock.paragraph(text).wordCount(), "U+" + Integer.toHexString(c));
        }
        String supplementary = "word \uD83D\uDE00 emoji’s\u3000next\u2028line";
        assertEquals(reference(supplementary), BodyBlock.paragraph(supplementary).wordCount());
        assertEquals(5, BodyBlock.paragraph(supplementary).wordCount());
        assertEquals(2, BodyBlock.paragraph("Latin-1 text").wordCount());
    }
}
