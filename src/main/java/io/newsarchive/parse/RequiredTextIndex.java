package io.newsarchive.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows of a table a line could match, by the text each row requires ({@link RequiredText}): one pass over the
 * line finds every required string it holds, instead of one {@link String#contains} per string per row — with some
 * 600 strings over the chrome table's rows, those searches were a tenth of the parser's time.
 *
 * <p>The answer is exactly the old test's: a row is a candidate when the line, ASCII lower case, contains one of its
 * strings, or when the row requires nothing nameable. It is immutable, so one index serves every thread.
 */
final class RequiredTextIndex {
    private static final int ASCII = 128;

    private final int rows;
    /** Every row that requires nothing, as a bit set over rows: always a candidate. */
    private final long[] always;
    /** The required strings (ASCII lower case) and, for each, the rows that one of them admits. */
    private final String[] strings;
    private final int[][] rowsOf;
    /** Strings by their first character (one-character strings) or first two characters (the rest). */
    private final int[][] singleAscii = new int[ASCII][];
    private final Map<Character, int[]> singleOther = new HashMap<>();
    private final int[][] pairAscii = new int[ASCII * ASCII][];
    private final Map<Integer, int[]> pairOther = new HashMap<>();

    /** @param required per row, the strings of which a matching line holds one, or null when the row requires none */
    RequiredTextIndex(List<List<String>> required) {
        this.rows = required.size();
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
        Map<Integer, List<Integer>> singles = new HashMap<>();
        Map<Integer, List<Integer>> pairs = new HashMap<>();
        for (int i = 0; i < strings.length; i++) {
            rowsOf[i] = byString.get(strings[i]).stream().mapToInt(Integer::intValue).toArray();
            String s = strings[i];
            if (s.length() == 1) {
                singles.computeIfAbsent((int) s.charAt(0), k -> new ArrayList<>()).add(i);
            } else {
                pairs.computeIfAbsent(s.charAt(0) << 16 | s.charAt(1), k -> new ArrayList<>()).add(i);
            }
        }
        singles.forEach((c, ids) -> {
            int[] a = ids.stream().mapToInt(Integer::intValue).toArray();
            if (c < ASCII) {
                singleAscii[c] = a;
            } else {
                singleOther.put((char) c.intValue(), a);
            }
        });
        pairs.forEach((key, ids) -> {
            int[] a = ids.stream().mapToInt(Integer::intValue).toArray();
            int c0 = key >>> 16;
            int c1 = key & 0xFFFF;
            if (c0 < ASCII && c1 < ASCII) {
                pairAscii[c0 * ASCII + c1] = a;
            } else {
                pairOther.put(key, a);
            }
        });
    }

    /** The rows the line could match, as a bit set over rows (row r is bit r % 64 of word r / 64). */
    long[] candidates(String line) {
        long[] rowsFound = always.clone();
        boolean[] seen = null; // strings already credited, so a repeated word costs its rows once
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c0 = fold(line.charAt(i));
            int[] single = c0 < ASCII ? singleAscii[c0] : singleOther.get(c0);
            if (single != null) {
                for (int id : single) {
                    seen = credit(id, seen, rowsFound);
                }
            }
            if (i + 1 >= n) {
                break;
            }
            char c1 = fold(line.charAt(i + 1));
            int[] pair = c0 < ASCII && c1 < ASCII ? pairAscii[c0 * ASCII + c1] : pairOther.get(c0 << 16 | c1);
            if (pair == null) {
                continue;
            }
            for (int id : pair) {
                if ((seen == null || !seen[id]) && foldedAt(line, i, strings[id])) {
                    seen = credit(id, seen, rowsFound);
                }
            }
        }
        return rowsFound;
    }

    private boolean[] credit(int id, boolean[] seen, long[] rowsFound) {
        boolean[] s = seen == null ? new boolean[strings.length] : seen;
        if (!s[id]) {
            s[id] = true;
            for (int row : rowsOf[id]) {
                rowsFound[row >> 6] |= 1L << row;
            }
        }
        return s;
    }

    /** True when the line holds the (folded) string at {@code at}, ASCII case ignored; the first two chars matched. */
    private static boolean foldedAt(String line, int at, String s) {
        int len = s.length();
        if (at + len > line.length()) {
            return false;
        }
        for (int k = 2; k < len; k++) {
            if (fold(line.charAt(at + k)) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII lower case, as {@link RequiredText#fold}. */
    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    static int words(int bits) {
        return (bits + 63) >> 6;
    }

    int rows() {
        return rows;
    }
}
