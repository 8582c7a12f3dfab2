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

    @Test
    @DisplayName("a block made from cached UTF-8 bytes is the block made from their text, malformed bytes included")
    void fromUtf8IsTheBlockOfTheDecodedText() {
        java.util.List<byte[]> inputs = new java.util.ArrayList<>();
        for (String text : new String[] {"Plain ASCII.", "Café, naïve — “quoted”…", "日本語の記事", "Emoji 🙂 \uD83D\uDE00",
                "Ünïcödé only Latin-1: ß ø é", "\u2003ok\u2003"}) {
            inputs.add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int[][] malformed = {{'a', 0xC3}, {'a', 0xED, 0xA0, 0x80}, {'a', 0xC0, 0xAF}, {'a', 0xF5, 0x80, 0x80, 0x80},
                {'a', 0xE0, 0x80, 0x80}, {'a', 0xF0, 0x80, 0x80, 0x80}, {'a', 0xF4, 0x90, 0x80, 0x80}, {'a', 0x80},
                {'a', 0xE2, 0x80}, {'a', 0xE2, 0x28, 0xA1}, {0xE2, 0x80, 0x9C, 'a', 0xFF}};
        for (int[] m : malformed) {
            byte[] b = new byte[m.length];
            for (int i = 0; i < m.length; i++) {
                b[i] = (byte) m[i];
            }
            inputs.add(b);
        }
        // the same after ASCII runs of every length around the eight bytes read at once, and before one
        java.util.List<byte[]> shifted = new java.util.ArrayList<>();
        for (byte[] bytes : inputs) {
            for (int run = 1; run <= 18; run++) {
                byte[] b = new byte[run + bytes.length + run % 9];
                java.util.Arrays.fill(b, (byte) 'x');
                System.arraycopy(bytes, 0, b, run, bytes.length);
                shifted.add(b);
            }
        }
        inputs.addAll(shifted);
        for (byte[] bytes : inputs) {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            BodyBlock made = new BodyBlock(BodyBlock.Kind.QUOTE, text);
            BodyBlock cached = BodyBlock.fromUtf8(BodyBlock.Kind.QUOTE, bytes.clone(), made.wordCount());
            assertEquals(made, cached, text);
            assertEquals(text, cached.text());
            assertEquals(made.wordCount(), cached.wordCount());
            assertEquals(java.util.Arrays.toString(made.utf8()), java.util.Arrays.toString(cached.utf8()));
        }
        byte[] blank = "\u2003\u3000 ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> BodyBlock.fromUtf8(BodyBlock.Kind.PARAGRAPH, blank, 0));
        assertThrows(IllegalArgumentException.class, () -> BodyBlock.fromUtf8(BodyBlock.Kind.PARAGRAPH,
                " \n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0));
    }
}
