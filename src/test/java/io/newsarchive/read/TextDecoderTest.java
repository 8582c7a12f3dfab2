package io.newsarchive.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Iran’s “deal” — café\nsecond line";

    private static String text(byte[] bytes) {
        return assertInstanceOf(TextDecoder.Text.class, TextDecoder.decode(bytes)).text();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    @DisplayName("UTF-8 with and without a byte-order mark")
    void utf8() {
        assertEquals(TEXT, text(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, text(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    @DisplayName("UTF-16 with a byte-order mark, little and big endian")
    void utf16() {
        assertEquals(TEXT, text(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(TEXT, text(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are read as Windows-1252, never as U+FFFD")
    void windows1252() {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
        assertEquals(TEXT, text(bytes));
        String undefined = text(new byte[] {'a', (byte) 0x81, (byte) 0x8D, 'b', (byte) 0xE9});
        assertFalse(undefined.contains("\uFFFD"), undefined);
        assertTrue(undefined.endsWith("bé"));
    }

    @Test
    @DisplayName("CRLF and bare CR line ends become LF")
    void lineEnds() {
        assertEquals("a\nb\nc\n", text("a\r\nb\rc\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("images renamed to .txt and files with NUL bytes are refused with a reason")
    void binary() {
        TextDecoder.Result png = TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertTrue(assertInstanceOf(TextDecoder.NotText.class, png).reason().contains("PNG"));
        TextDecoder.Result nul = TextDecoder.decode("abc\0def".getBytes(StandardCharsets.UTF_8));
        assertTrue(assertInstanceOf(TextDecoder.NotText.class, nul).reason().contains("NUL"));
    }
}
