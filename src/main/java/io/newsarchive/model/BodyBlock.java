package io.newsarchive.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One block of an article's body: a paragraph or a crosshead (a subheading inside the text).
 *
 * <p>A value like a record, but not one: a build holds every article's text in memory, and Java keeps a string with
 * a single character beyond Latin-1 (a curly quote, a dash — most news text) at two bytes per character. Such text
 * is kept here as UTF-8 (about one byte per character) and made a string again when asked for, which at 100,000
 * articles saves a few hundred megabytes for a few seconds of decoding.
 */
public final class BodyBlock {
    /** What a block is; the renderer shows each kind differently. */
    public enum Kind { PARAGRAPH, CROSSHEAD, QUOTE, LIST_ITEM }

    private final Kind kind;
    /** The text itself when Latin-1 (Java stores it compactly) or not exactly UTF-8-able, else its UTF-8 bytes. */
    private final Object text;
    /**
     * The word count, worked out when first asked (-1 before): the parser, the deduper and the page plan all ask.
     * Racy like {@link String#hashCode()}, and as harmless: every thread would store the same number.
     */
    private int words = -1;

    public BodyBlock(Kind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a body block needs text");
        }
        this.kind = kind;
        this.text = keptAsString(text) ? text : text.getBytes(StandardCharsets.UTF_8);
    }

    private BodyBlock(Kind kind, Object text, int words) {
        this.kind = kind;
        this.text = text;
        this.words = words;
    }

    /**
     * The block whose text has these UTF-8 bytes and this many words ({@link #wordCount()}), as a cache stored it:
     * the same block as {@code new BodyBlock(kind, new String(utf8, UTF_8))}, made without decoding and encoding
     * the text again nor counting its words. Bytes that are not well-formed UTF-8 take that slower road.
     *
     * @param utf8 the block takes these bytes as they are: the caller must not change them
     */
    public static BodyBlock fromUtf8(Kind kind, byte[] utf8, int words) {
        Objects.requireNonNull(kind, "kind");
        switch (utf8Form(utf8)) {
            case 0 -> {
                if (!hasVisibleAscii(utf8) && new String(utf8, StandardCharsets.UTF_8).isBlank()) {
                    throw new IllegalArgumentException("a body block needs text");
                }
                return new BodyBlock(kind, utf8, words);
            }
            case 1 -> {
                String latin1 = new String(utf8, StandardCharsets.UTF_8);
                if (latin1.isBlank()) {
                    throw new IllegalArgumentException("a body block needs text");
                }
                return new BodyBlock(kind, latin1, words);
            }
            default -> {
                return new BodyBlock(kind, new String(utf8, StandardCharsets.UTF_8));
            }
        }
    }

    /** True when some byte is a visible ASCII character (not whitespace, not a control): then the text is not blank. */
    private static boolean hasVisibleAscii(byte[] b) {
        for (byte c : b) {
            if (c > ' ' && c < 0x7F) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a block keeps text given as UTF-8: 0, well-formed with a character beyond Latin-1, kept as the bytes;
     * 1, Latin-1, kept as a string; 2, anything else (malformed, overlong, an encoded surrogate): decoded.
     */
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static int utf8Form(byte[] b) {
        boolean latin1 = true;
        for (int i = 0; i < b.length; ) {
            // eight ASCII bytes at a time: a large rebuild checks some 400 MB of cached text here, mostly ASCII, on
            // the thread every later stage waits for
            while (i + Long.BYTES <= b.length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
            }
            if (i >= b.length) {
                break;
            }
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > b.length) {
                return 2;
            }
            for (int j = 1; j < length; j++) {
                if ((b[i + j] & 0xC0) != 0x80) {
                    return 2;
                }
            }
            int second = b[i + 1] & 0xFF;
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90)) {
                return 2; // overlong, a surrogate, or beyond U+10FFFF
            }
            if (lead > 0xC3) {
                latin1 = false;
            }
            i += length;
        }
        return latin1 ? 1 : 0;
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Kind.PARAGRAPH, text);
    }

    public static BodyBlock crosshead(String text) {
        return new BodyBlock(Kind.CROSSHEAD, text);
    }

    public Kind kind() {
        return kind;
    }

    /** The block's text (a new string each call when it is kept as UTF-8: callers that loop keep it). */
    public String text() {
        return text instanceof String s ? s : new String((byte[]) text, StandardCharsets.UTF_8);
    }

    /**
     * The text's UTF-8 bytes, the same as {@code text().getBytes(UTF_8)} but without making a string of text kept as
     * UTF-8: a copy, so the block stays a value.
     */
    public byte[] utf8() {
        return text instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : ((byte[]) text).clone();
    }

    /**
     * The number of whitespace-separated words, as {@link Article#countWords} counts them in {@link #text()}, but
     * read from the UTF-8 bytes when the text is kept so: every article's words are counted on each build, and
     * decoding them all only to count was a tenth of a rebuild's page work.
     */
    public int wordCount() {
        int w = words;
        if (w < 0) {
            w = countWords();
            words = w;
        }
        return w;
    }

    private int countWords() {
        if (text instanceof String s) {
            return Article.countWords(s, Integer.MAX_VALUE);
        }
        byte[] b = (byte[]) text;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xFF;
            boolean letter;
            if (lead < 0x80) {
                // ASCII as Article.countWords answers it (Character.isWhitespace's own answer for these)
                letter = !(lead == ' ' || (lead >= 0x09 && lead <= 0x0D) || (lead >= 0x1C && lead <= 0x1F));
                i++;
            } else {
                // the text is well-formed UTF-8 (made by encoding a string without lone surrogates), so the lead
                // byte says the length; outside the BMP no character is whitespace, as for its surrogate pair
                int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
                int cp = length == 2 ? ((lead & 0x1F) << 6) | (b[i + 1] & 0x3F)
                        : length == 3 ? ((lead & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)
                        : 0x10000;
                letter = !Character.isWhitespace(cp);
                i += length;
            }
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    public boolean isCrosshead() {
        return kind == Kind.CROSSHEAD;
    }

    /**
     * True for Latin-1 text (Java keeps it at one byte a character already) and for text UTF-8 cannot carry
     * exactly (a lone surrogate, which encoding would replace).
     */
    private static boolean keptAsString(String s) {
        boolean latin1 = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0xFF) {
                continue;
            }
            latin1 = false;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return latin1;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BodyBlock other) || kind != other.kind) {
            return false;
        }
        // the form a text is kept in follows from the text alone, so equal texts are kept alike
        if (text instanceof String s) {
            return other.text instanceof String t && s.equals(t);
        }
        return other.text instanceof byte[] b && Arrays.equals((byte[]) text, b);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + text().hashCode();
    }

    @Override
    public String toString() {
        return "BodyBlock[kind=" + kind + ", text=" + text() + "]";
    }
}
