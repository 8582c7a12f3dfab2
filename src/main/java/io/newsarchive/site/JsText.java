package io.newsarchive.site;

/** Strings as JavaScript (and JSON) string literals, for the search index's script files. */
final class JsText {
    private JsText() {
    }

    static String quote(String s) {
        if (!needsEscapes(s)) {
            return "\"" + s + "\""; // most text: one copy instead of a character-by-character one
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // "<" keeps "</script>" and "<!--" out of the file; U+2028/9 end lines in older JavaScript
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** True when a character of {@code s} is one {@link #quote} writes escaped. */
    private static boolean needsEscapes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
