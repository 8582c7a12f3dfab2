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
        // a list: the table below already says whether a term is new, a set would hash every term again
        List<String> terms = new ArrayList<>();
        SeenWords seen = new SeenWords();
        char[] word = new char[MAX_TERM_LENGTH];
        int length = 0;
        int hash = 0;
        char[] chars = new char[text.length() + 1]; // array reads are cheaper than String.charAt
        text.getChars(0, text.length(), chars, 0);
        chars[text.length()] = ' ';
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    if (length < MAX_TERM_LENGTH) {
                        word[length] = c;
                    }
                    length++;
                    hash = 31 * hash + c;
                    continue;
                }
            } else if (!(c == 0xA0 || c == 0xAB || c == 0xBB || (c >= 0x2000 && c <= 0x206F))) {
                return null;
            }
            // every character here is ASCII: a term's length is its count of code points
            if (length >= 2 && length <= MAX_TERM_LENGTH) {
                String term = seen.addIfNew(word, length, hash);
                if (term != null && !STOP_WORDS.contains(term)) {
                    terms.add(term);
                }
            }
            length = 0;
            hash = 0;
        }
        return terms;
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
