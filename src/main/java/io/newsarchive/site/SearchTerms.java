package io.newsarchive.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text to search terms, exactly as {@code assets/search.js} turns a query into terms: accents folded away, lower
 * case, runs of letters and digits, single letters and a few very common English words dropped. Both sides must
 * agree, or a query would miss what the index holds.
 */
final class SearchTerms {
    static final int MAX_TERM_LENGTH = 40;
    /** Words so common that their lists of articles would be most of the index and find nothing in particular. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "has", "have", "he", "in", "is", "it", "its", "of", "on", "or", "that", "the", "to", "was", "were",
            "will", "with");

    private SearchTerms() {
    }

    /** The distinct terms of a text, in the order they first occur. */
    static List<String> of(String text) {
        List<String> plain = plainTerms(text);
        return plain != null ? plain : foldedTerms(text);
    }

    /**
     * The terms of a text whose every character is ASCII or a separator that folding cannot turn into a letter or
     * digit (no-break space, the General Punctuation block: curly quotes, dashes, ellipsis; guillemets): then
     * folding is only ASCII lower-casing, done here in one pass. Null when the text has any other character, for
     * {@link #foldedTerms} to handle. Most news text takes this path; both give the same terms.
     */
    static List<String> plainTerms(String text) {
        PlainScanner scanner = new PlainScanner();
        scanner.chars(text);
        return scanner.terms();
    }

    /**
     * The terms of a text followed by more texts, joined by line breaks, as {@link #of} finds them in the joined text;
     * the more texts come as UTF-8 bytes (how an article's body blocks keep their text) and are read as bytes when
     * every text is plain, so most articles are never decoded or joined for their terms. {@code joined} makes the
     * joined text for the general path.
     */
    static List<String> ofJoined(String first, List<byte[]> more, java.util.function.Supplier<String> joined) {
        PlainScanner scanner = new PlainScanner();
        scanner.chars(first);
        for (byte[] b : more) {
            scanner.separator();
            scanner.utf8(b);
        }
        List<String> terms = scanner.terms();
        return terms != null ? terms : foldedTerms(joined.get());
    }

    /**
     * The plain path's reader: fed text piece by piece, it keeps the word being read across pieces. Once it meets a
     * character that is not plain it stops reading and {@link #terms()} says so with null.
     */
    private static final class PlainScanner {
        // a list: the table below already says whether a term is new, a set would hash every term again
        private final List<String> terms = new ArrayList<>();
        private final SeenWords seen = new SeenWords();
        private final char[] word = new char[MAX_TERM_LENGTH];
        private int length;
        private int hash;
        private boolean plain = true;
        private char[] chars = new char[256];

        void chars(String text) {
            if (!plain) {
                return;
            }
            if (chars.length < text.length()) {
                chars = new char[Math.max(text.length(), chars.length * 2)];
            }
            char[] cs = chars; // array reads are cheaper than String.charAt
            int n = text.length();
            text.getChars(0, n, cs, 0);
            for (int i = 0; i < n; i++) {
                char c = cs[i];
                if (c < 0x80) {
                    ascii(c);
                } else if (isPlainSeparator(c)) {
                    endWord();
                } else {
                    plain = false;
                    return;
                }
            }
        }

        /** Well-formed UTF-8 (made by encoding a string without lone surrogates), read as {@link #chars} reads it. */
        void utf8(byte[] bytes) {
            if (!plain) {
                return;
            }
            for (int i = 0; i < bytes.length; ) {
                int lead = bytes[i] & 0xFF;
                if (lead < 0x80) {
                    ascii((char) lead);
                    i++;
                    continue;
                }
                // a character beyond the BMP is a surrogate pair to chars(): never plain
                if (lead >= 0xF0) {
                    plain = false;
                    return;
                }
                int c = lead >= 0xE0
                        ? ((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)
                        : ((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
                if (!isPlainSeparator((char) c)) {
                    plain = false;
                    return;
                }
                endWord();
                i += lead >= 0xE0 ? 3 : 2;
            }
        }

        /** The line break between two joined texts. */
        void separator() {
            endWord();
        }

        /** The terms in the order they first occur, or null when a text was not plain. */
        List<String> terms() {
            if (!plain) {
                return null;
            }
            endWord();
            return terms;
        }

        private void ascii(char c) {
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (length < MAX_TERM_LENGTH) {
                    word[length] = c;
                }
                length++;
                hash = 31 * hash + c;
            } else {
                endWord();
            }
        }

        private void endWord() {
            // every character of a word is ASCII: a term's length is its count of code points
            if (length >= 2 && length <= MAX_TERM_LENGTH) {
                String term = seen.addIfNew(word, length, hash);
                if (term != null && !STOP_WORDS.contains(term)) {
                    terms.add(term);
                }
            }
            length = 0;
            hash = 0;
        }

        private static boolean isPlainSeparator(char c) {
            return c == 0xA0 || c == 0xAB || c == 0xBB || (c >= 0x2000 && c <= 0x206F);
        }
    }

    /**
     * The words a text has had so far, found by the hash taken while reading them: a news text says most words
     * many times, and making a string of each occurrence only to find it in the set was most of the index's cost.
     * Open addressing over {@link String#hashCode()}-equal hashes, grown at half full.
     */
    private static final class SeenWords {
        private String[] words = new String[512];
        private int[] hashes = new int[512];
        private int size;

        /** The word as a new string if it was not seen before (and now is), else null. */
        String addIfNew(char[] chars, int length, int hash) {
            int mask = words.length - 1;
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                String w = words[slot];
                if (w == null) {
                    String word = new String(chars, 0, length);
                    words[slot] = word;
                    hashes[slot] = hash;
                    if (++size * 2 > words.length) {
                        grow();
                    }
                    return word;
                }
                if (hashes[slot] == hash && sameChars(w, chars, length)) {
                    return null;
                }
            }
        }

        private static boolean sameChars(String w, char[] chars, int length) {
            if (w.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (w.charAt(i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            String[] oldWords = words;
            int[] oldHashes = hashes;
            words = new String[oldWords.length * 2];
            hashes = new int[oldWords.length * 2];
            int mask = words.length - 1;
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int slot = mix(oldHashes[i]) & mask;
                    while (words[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    words[slot] = oldWords[i];
                    hashes[slot] = oldHashes[i];
                }
            }
        }

        /** Spreads a string hash's low bits, which short words fill poorly. */
        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** The general path: NFKD folding of the whole text, then runs of letters and digits. */
    static List<String> foldedTerms(String text) {
        String folded = fold(text);
        Set<String> terms = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean word = i < folded.length() && Character.isLetterOrDigit(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                add(terms, folded.substring(start, i));
                start = -1;
            }
            i += i < folded.length() ? Character.charCount(cp) : 1;
        }
        return List.copyOf(terms);
    }

    private static void add(Set<String> terms, String term) {
        if (term.codePointCount(0, term.length()) < 2 || term.length() > MAX_TERM_LENGTH || STOP_WORDS.contains(term)) {
            return;
        }
        terms.add(term);
    }

    /** NFKD, combining marks removed, lower case: "Café" and "CAFE" are one term. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** FNV-1a over the UTF-16 units of a term: the shard a term lives in; search.js computes the same. */
    static int shardOf(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }
}
