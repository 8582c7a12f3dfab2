package io.newsarchive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BodyBlockTest {
    @Test
    @DisplayName("a block gives back exactly the text it was made with, whatever its characters")
    void textRoundTrip() {
        for (String text : new String[] {"Plain ASCII.", "Café, naïve — “quoted” and ‘single’…", "日本語の記事",
                "Emoji 🙂 and a pair \uD83D\uDE00", "a lone surrogate \uD83D here", "and a lone low one \uDE00", "Ünïcödé only Latin-1: ß ø é"}) {
            BodyBlock block = BodyBlock.paragraph(text);
            assertEquals(text, block.text());
            assertEquals(BodyBlock.paragraph(text), block);
            assertEquals(BodyBlock.paragraph(text).hashCode(), block.hashCode());
        }
    }

    @Test
    @DisplayName("blocks differ by kind and by text, and a blank block is refused")
    void equality() {
        assertNotEquals(BodyBlock.paragraph("“Talks”"), BodyBlock.crosshead("“Talks”"));
        assertNotEquals(BodyBlock.paragraph("“Talks”"), BodyBlock.paragraph("“Talk”"));
        assertNotEquals(BodyBlock.paragraph("Talks"), BodyBlock.paragraph("Talks ’"));
        assertEquals("BodyBlock[kind=CROSSHEAD, text=“Talks”]", BodyBlock.crosshead("“Talks”").toString());
        assertThrows(IllegalArgumentException.class, () -> BodyBlock.paragraph(" \n "));
    }
}
