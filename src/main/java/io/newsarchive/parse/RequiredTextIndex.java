package io.newsarchive.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which rows of a table a line could match, by the text each row requires ({@link RequiredText}): one pass over the
 * line finds every required string it holds, instead of one {@link String#contains} per string per row — with some
 * 600 strings over the chrome table's rows, those searches were a tenth of the parser's time.
 *
 * <p>The answer is exactly the old test's: a row is a candidate when the line, ASCII lower case, contains one of its
 * strings, or when the row requires nothing nameable. It is immutable, so one index serves every thread.
 *
 * <p>A string of three characters or more is looked for by its rarest three ({@link #anchorOf}), not its first: by
 * their first three, "the views expressed" and four more strings were compared at every "the" of every line (0.37
 * comparisons per character of the chrome rows' lines), and the comparing was a tenth of the parser's time.
 */
final class RequiredTextIndex {
    private static final int ASCII = 128;
    /** Strings shorter than this are found by their first character; the others by their first three. */
    private static final int KEY = 3;

    /** Every row that requires nothing, as a bit set over rows: always a candidate. */
    private final long[] always;
    /** The required strings (ASCII lower case) and, for each, the rows that one of them admits. */
    private final String[] strings;
    private final int[][] rowsOf;
    /** For each string of three characters or more, where in it the three it is looked for by stand. */
    private final int[] anchors;
    /** Short strings ("©", "|") by their first character: ASCII in an array, the few others in a short list. */
    private final int[][] shortAscii = new int[ASCII][];
    private final char[] shortOtherChars;
    private final int[][] shortOther;
    /**
     * The other strings by their anchor's three characters: ASCII ones in an open-addressing table keyed by the three
     * characters' seven bits each (a line's every position is looked up, so no boxing, no hashing of objects).
     */
    private final int[] tripleKeys;
    private final int[][] tripleIds;
    private final Map<Long, int[]> tripleOther = new HashMap<>();
    /**
     * One bit per hash of the anchor of some string: a line's position whose bit is clear holds none, and most
     * positions are ruled out by this one test before the exact lookup (a string whose anchor is at a position
     * always finds its bit set, so the filter never drops a string the lookup finds).
     */
    private final long[] tripleBits = new long[TRIPLE_BITS >> 6];
    private static final int TRIPLE_BITS = 1 << 16;

    /**
     * @param required per row, the strings of which a matching line holds one; null when the row requires none (it
     *                 is always a candidate), empty when the row is never to be tried
     */
    RequiredTextIndex(List<List<String>> required) {
        int rows = required.size();
        this.always = new long[words(rows)];
        Map<String, List<Integer>> byString = new LinkedHashMap<>();
        for (int row = 0; row < rows; row++) {
            List<String> strings = required.get(row);
            if (strings == null) {
                always[row >> 6] |= 1L << row;
                continue;
            }
            for (String s : strings) {
                if (s.isEmpty() || !s.equals(RequiredText.fold(s))) {
                    // RequiredText names non-empty, folded strings; anything else would need a contains of its own
                    throw new IllegalArgumentException("required text must be non-empty ASCII lower case: " + s);
                }
                byString.computeIfAbsent(s, k -> new ArrayList<>()).add(row);
            }
        }
        this.strings = byString.keySet().toArray(new String[0]);
        this.rowsOf = new int[strings.length][];
        this.anchors = new int[strings.length];
        Map<Character, List<Integer>> shorts = new TreeMap<>();
        Map<Long, List<Integer>> triples = new HashMap<>();
        for (int i = 0; i < strings.length; i++) {
            rowsOf[i] = byString.get(strings[i]).stream().mapToInt(Integer::intValue).toArray();
            String s = strings[i];
            if (s.length() < KEY) {
                shorts.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(i);
            } else {
                int a = anchorOf(s);
                anchors[i] = a;
                char c0 = s.charAt(a);
                char c1 = s.charAt(a + 1);
                char c2 = s.charAt(a + 2);
                triples.computeIfAbsent(tripleOf(c0, c1, c2), k -> new ArrayList<>()).add(i);
                int bit = tripleBit(c0, c1, c2);
                tripleBits[bit >> 6] |= 1L << bit;
            }
        }
        List<Character> others = shorts.keySet().stream().filter(c -> c >= ASCII).toList();
        shortOtherChars = new char[others.size()];
        shortOther = new int[others.size()][];
        for (Map.Entry<Character, List<Integer>> e : shorts.entrySet()) {
            int[] ids = ids(e.getValue());
            char c = e.getKey();
            if (c < ASCII) {
                shortAscii[c] = ids;
            } else {
                int k = others.indexOf(c);
                shortOtherChars[k] = c;
                shortOther[k] = ids;
            }
        }
        int size = Integer.highestOneBit(Math.max(16, triples.size() * 4) - 1) << 1;
        tripleKeys = new int[size];
        java.util.Arrays.fill(tripleKeys, -1);
        tripleIds = new int[size][];
        for (Map.Entry<Long, List<Integer>> e : triples.entrySet()) {
            long key = e.getKey();
            if (key < 0) {
                tripleOther.put(key, ids(e.getValue()));
                continue;
            }
            int slot = slot((int) key);
            while (tripleKeys[slot] != -1) {
                slot = (slot + 1) & (size - 1);
            }
            tripleKeys[slot] = (int) key;
            tripleIds[slot] = ids(e.getValue());
        }
    }

    /**
     * Where the string's rarest three characters start: the three whose characters are least common in English text
     * (by letter frequency; a space counts as the most common, other marks as rare), the first of equals. Any three
     * of the string would find it; rare ones are met at few positions of a line, so few comparisons are made.
     */
    static int anchorOf(String s) {
        int best = 0;
        int bestScore = Integer.MAX_VALUE;
        for (int a = 0; a + KEY <= s.length(); a++) {
            int score = commonness(s.charAt(a)) + commonness(s.charAt(a + 1)) + commonness(s.charAt(a + 2));
            if (score < bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    /** Per mille of English text, by letter; a space about a sixth of all characters; digits and marks rare. */
    private static final int[] LETTER_FREQUENCY = {82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1,
            60, 63, 91, 28, 10, 24, 2, 20, 1};

    private static int commonness(char c) {
        if (c == ' ') {
            return 180;
        }
        if (c >= 'a' && c <= 'z') {
            return LETTER_FREQUENCY[c - 'a'];
        }
        return 5;
    }

    private static int[] ids(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Three ASCII characters as one non-negative 21-bit key; anything else as a negative key for the map. */
    private static long tripleOf(char c0, char c1, char c2) {
        if ((c0 | c1 | c2) < ASCII) {
            return c0 << 14 | c1 << 7 | c2;
        }
        return Long.MIN_VALUE | (long) c0 << 32 | (long) c1 << 16 | c2;
    }

    /** The filter's bit for three characters: their low bits mixed, non-ASCII ones too (a collision only costs a lookup). */
    private static int tripleBit(char c0, char c1, char c2) {
        return (c0 << 10 ^ c1 << 5 ^ c2) & (TRIPLE_BITS - 1);
    }

    private int slot(int key) {
        return (key * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(tripleKeys.length));
    }

    private int[] triple(char c0, char c1, char c2) {
        long key = tripleOf(c0, c1, c2);
        if (key < 0) {
            return tripleOther.isEmpty() ? null : tripleOther.get(key);
        }
        int k = (int) key;
        int mask = tripleKeys.length - 1;
        for (int slot = slot(k); tripleKeys[slot] != -1; slot = (slot + 1) & mask) {
            if (tripleKeys[slot] == k) {
                return tripleIds[slot];
            }
        }
        return null;
    }

    /** The rows the line could match, as a bit set over rows (row r is bit r % 64 of word r / 64). */
    long[] candidates(String line) {
        long[] rowsFound = always.clone();
        int n = line.length();
        char c1 = n > 0 ? RequiredText.fold(line.charAt(0)) : 0;
        char c2 = n > 1 ? RequiredText.fold(line.charAt(1)) : 0;
        for (int i = 0; i < n; i++) {
            char c0 = c1;
            c1 = c2;
            c2 = i + 2 < n ? RequiredText.fold(line.charAt(i + 2)) : 0;
            int[] found = c0 < ASCII ? shortAscii[c0] : shortOther(c0);
            if (found != null) {
                for (int id : found) {
                    if (!credited(id, rowsFound) && foldedAt(line, i, strings[id], 1)) {
                        credit(id, rowsFound);
                    }
                }
            }
            if (i + KEY > n) {
                continue;
            }
            int bit = tripleBit(c0, c1, c2);
            if ((tripleBits[bit >> 6] & 1L << bit) == 0) {
                continue;
            }
            found = triple(c0, c1, c2);
            if (found == null) {
                continue;
            }
            for (int id : found) {
                int start = i - anchors[id]; // the anchor is at i: the string would start here
                if (start >= 0 && !credited(id, rowsFound) && foldedAt(line, start, strings[id], 0)) {
                    credit(id, rowsFound);
                }
            }
        }
        return rowsFound;
    }

    private int[] shortOther(char c) {
        for (int k = 0; k < shortOtherChars.length; k++) {
            if (shortOtherChars[k] == c) {
                return shortOther[k];
            }
        }
        return null;
    }

    /**
     * True when every row the string admits is a candidate already: finding it again (or at all) adds nothing, so
     * it is not compared. A row that requires several words is then looked for no further once one is found.
     */
    private boolean credited(int id, long[] rowsFound) {
        for (int row : rowsOf[id]) {
            if ((rowsFound[row >> 6] & 1L << row) == 0) {
                return false;
            }
        }
        return true;
    }

    private void credit(int id, long[] rowsFound) {
        for (int row : rowsOf[id]) {
            rowsFound[row >> 6] |= 1L << row;
        }
    }

    /** True when the line holds the (folded) string at {@code at}, ASCII case ignored; its first chars known equal. */
    private static boolean foldedAt(String line, int at, String s, int known) {
        int len = s.length();
        if (at + len > line.length()) {
            return false;
        }
        for (int k = known; k < len; k++) {
            if (RequiredText.fold(line.charAt(at + k)) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static int words(int bits) {
        return (bits + 63) >> 6;
    }
}
