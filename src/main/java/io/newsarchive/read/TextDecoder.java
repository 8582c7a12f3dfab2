package io.newsarchive.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the way a person would read it: a byte-order mark wins, then strict UTF-8, then
 * Windows-1252 (a superset of Latin-1 for text) for bytes that are not UTF-8. Binary files are refused with a
 * reason instead of being decoded into garbage. Line ends come out as LF.
 */
public final class TextDecoder {
    private static final char[] CP1252 = cp1252Table();

    private TextDecoder() {
    }

    /** The outcome of decoding: text, or why the bytes are not text. */
    public sealed interface Result permits Text, NotText {
    }

    /** Decoded text and the charset it was read as. */
    public record Text(String text, String charset) implements Result {
    }

    /** Bytes that are not an article's text, with a reason for the report. */
    public record NotText(String reason) implements Result {
    }

    public static Result decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Text(normalizeLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)),
                    "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Text(normalizeLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)),
                    "UTF-16BE");
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String magic = binaryKind(bytes);
        if (magic != null) {
            return new NotText("binary file (" + magic + "), not text");
        }
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new NotText("binary file (contains NUL bytes), not text");
            }
        }
        String text;
        String charset;
        try {
            text = strictUtf8(bytes, offset);
            charset = "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            text = windows1252(bytes, offset);
            charset = "windows-1252";
        }
        if (controlShare(text) > 0.05) {
            return new NotText("binary file (mostly control characters), not text");
        }
        return new Text(normalizeLineEnds(text), charset);
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static String windows1252(byte[] bytes, int offset) {
        char[] out = new char[bytes.length - offset];
        for (int i = offset; i < bytes.length; i++) {
            out[i - offset] = CP1252[bytes[i] & 0xFF];
        }
        return new String(out);
    }

    /** Windows-1252, with its five undefined bytes read as Latin-1 so nothing becomes U+FFFD. */
    private static char[] cp1252Table() {
        char[] table = new char[256];
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            char c = s.isEmpty() ? '\uFFFD' : s.charAt(0);
            table[b] = c == '\uFFFD' ? (char) b : c;
        }
        return table;
    }

    private static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP archive or office document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return (double) controls / text.length();
    }

    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
