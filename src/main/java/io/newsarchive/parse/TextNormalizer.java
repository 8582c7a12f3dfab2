package io.newsarchive.parse;

/**
 * Cleans decoded text into lines a parser can trust: every kind of space (no-break, thin, ideographic) is one
 * space, invisible characters are gone, runs of spaces are one, and lines are trimmed.
 */
public final class TextNormalizer {
    /** Below this length a line is not part of a hard-wrapped paragraph. */
    private static final int WRAP_MIN = 45;
    /** Above this length a line was not hard-wrapped by a terminal or mail client. */
    private static final int WRAP_MAX = 100;

    private TextNormalizer() {
    }

    public static String[] lines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = cleanLine(lines[i]);
        }
        return lines;
    }

    /** Collapses all whitespace to single spaces and trims; drops zero-width and control characters. */
    public static String cleanLine(String line) {
        if (isClean(line)) {
            return line; // most lines of a copy need no cleaning, and copying them char by char was a tenth of a parse
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (isBlank(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Zero-width and soft-hyphen characters: invisible on the page, so gone from the line. */
    private static boolean isDropped(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Any kind of space, and control characters: each run of them is one space. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /**
     * True when {@link #cleanLine} would return the line as it is: nothing to drop, no blank but single spaces
     * between other characters.
     */
    private static boolean isClean(String line) {
        int n = line.length();
        if (n == 0) {
            return true;
        }
        if (line.charAt(0) == ' ' || line.charAt(n - 1) == ' ') {
            return false;
        }
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c > ' ' && c < 0x7F || !isDropped(c) && !isBlank(c)) {
                space = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The width a hard-wrapped copy is wrapped at, on the safe side: the length most wrapped lines reach (the 80th
     * percentile of lines of wrapping length), so a line whose next word would have fitted within it surely ended
     * there. 0 when there are too few lines to tell.
     */
    public static int wrapWidth(String[] lines) {
        int[] lengths = new int[WRAP_MAX + 1];
        int n = 0;
        for (String line : lines) {
            if (line.length() >= WRAP_MIN && line.length() <= WRAP_MAX) {
                lengths[line.length()]++;
                n++;
            }
        }
        if (n < 8) {
            return 0;
        }
        int below = 0;
        for (int length = WRAP_MIN; length <= WRAP_MAX; length++) {
            below += lengths[length];
            if (below * 5 >= n * 4) {
                return length;
            }
        }
        return 0;
    }

    /**
     * True when the text looks wrapped at a fixed width (wire copy, mail): most lines of some length are of
     * similar length and none of the long ones is longer than a terminal line.
     */
    public static boolean looksHardWrapped(String[] lines) {
        int medium = 0;
        int longer = 0;
        for (String line : lines) {
            if (line.length() >= WRAP_MIN && line.length() <= WRAP_MAX) {
                medium++;
            } else if (line.length() > WRAP_MAX) {
                longer++;
            }
        }
        return medium >= 4 && longer * 5 <= medium;
    }
}
