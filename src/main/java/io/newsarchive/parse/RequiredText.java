package io.newsarchive.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What text a line must contain for a regular expression to match it: a few strings, one of which must occur (ASCII
 * case ignored, as the chrome table's patterns are compiled). Most lines hold none of a row's telling words, and a
 * {@link String#contains} per word is far cheaper than running the regex over the line, so the rows whose words are
 * absent are not tried at all (the search engines' "prefilter", as RE2 and code search do it).
 *
 * <p>The analysis is conservative: anything it does not understand (a class, a wildcard, an optional group, an
 * escape other than punctuation) contributes no requirement, and a pattern it cannot read at all gets none. A
 * requirement it reports always holds, so skipping a row on it never changes an answer.
 */
final class RequiredText {
    /** Requirements shorter than this filter too little to be worth a look, unless they are a rare mark. */
    private static final int MIN_LENGTH = 3;
    /**
     * Marks that prose seldom holds: one of them alone filters as well as a word of three letters. Rows for photo
     * credits ("Name/Reuters"), bracketed notes and copyright signs need one, and they would otherwise be tried on
     * every long line of every article (a fifth of the parser's time). Brackets and parentheses count: a body line
     * holds them seldom enough.
     */
    private static final String RARE_MARKS = "/\\[](){}<>|@#©®™=+*_~^";

    private final String regex;
    private int at;

    private RequiredText(String regex) {
        this.regex = regex;
    }

    /**
     * Lower-case strings of which a matching line must contain at least one, or null when the pattern requires no
     * text this analysis can name.
     */
    static List<String> of(String regex) {
        try {
            RequiredText r = new RequiredText(regex);
            Set<String> found = r.alternation();
            if (r.at != regex.length() || found == null || found.isEmpty()) {
                return null;
            }
            for (String s : found) {
                if (quality(s) < MIN_LENGTH) {
                    return null;
                }
            }
            return List.copyOf(found);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** ASCII lower case, the folding the patterns' CASE_INSENSITIVE flag does. */
    static String fold(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = text.toCharArray();
                }
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return c == null ? text : new String(c);
    }

    /**
     * True when the text holds the string ASCII case ignored ({@code folded}: in ASCII lower case), as
     * {@code fold(text).contains(folded)} says, without making the lower-case copy.
     */
    static boolean containsFolded(String text, String folded) {
        int last = text.length() - folded.length();
        char first = folded.charAt(0);
        for (int i = 0; i <= last; i++) {
            if (fold(text.charAt(i)) != first) {
                continue;
            }
            int k = 1;
            while (k < folded.length() && fold(text.charAt(i + k)) == folded.charAt(k)) {
                k++;
            }
            if (k == folded.length()) {
                return true;
            }
        }
        return false;
    }

    /** ASCII lower case of one character, as {@link #fold(String)} makes it. */
    static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** branch ('|' branch)* up to a ')' or the end; null when some branch requires nothing. */
    private Set<String> alternation() {
        Set<String> all = new LinkedHashSet<>();
        boolean open = false;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                open = true;
            } else {
                all.addAll(branch);
            }
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                continue;
            }
            return open ? null : all;
        }
    }

    /** The best requirement among a branch's items: its longest literal run, or a required group's strings. */
    private Set<String> sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                Set<String> group = group();
                boolean required = quantifier();
                endRun(run, candidates);
                if (required && group != null) {
                    candidates.add(group);
                }
                continue;
            }
            if (c == '[') {
                skipClass();
                quantifier();
                endRun(run, candidates);
                continue;
            }
            if (c == '^' || c == '$') {
                at++; // zero-width: the text on either side still runs on
                continue;
            }
            Character literal = atom();
            if (literal == null) { // zero-width escape (\b, \B): the run goes on
                continue;
            }
            int before = at;
            boolean required = quantifier();
            boolean repeats = at != before;
            if (literal == '\0') { // a wildcard or a class escape
                endRun(run, candidates);
            } else if (!required) {
                endRun(run, candidates);
            } else {
                char ch = literal;
                run.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
                if (repeats) {
                    endRun(run, candidates); // "a+" or "a{2,}": the next text need not follow right after one "a"
                }
            }
        }
        endRun(run, candidates);
        Set<String> best = null;
        for (Set<String> s : candidates) {
            if (best == null || shortest(s) > shortest(best)) {
                best = s;
            }
        }
        return best;
    }

    private static int shortest(Set<String> s) {
        int min = Integer.MAX_VALUE;
        for (String t : s) {
            min = Math.min(min, quality(t));
        }
        return min;
    }

    /** How well a required string filters: its length, but a single rare mark filters like a short word. */
    private static int quality(String s) {
        return s.length() == 1 && RARE_MARKS.indexOf(s.charAt(0)) >= 0 ? MIN_LENGTH : s.length();
    }

    private static void endRun(StringBuilder run, List<Set<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /** A group; its requirement, or null (lookarounds, flags and unknown forms require nothing). */
    private Set<String> group() {
        at++; // '('
        boolean counts = true;
        int flagsEnd = at + 1;
        while (flagsEnd < regex.length() && "imsuUd-".indexOf(regex.charAt(flagsEnd)) >= 0) {
            flagsEnd++;
        }
        if (regex.startsWith("?:", at)) {
            at += 2;
        } else if (regex.startsWith("?", at) && flagsEnd > at + 1 && flagsEnd < regex.length()
                && regex.charAt(flagsEnd) == ':') {
            // a group with flags of its own, "(?-i:Name/Agency)": its text is still required. Not with the x flag,
            // under which a space in the pattern is no space in the text (that group falls to the branch below).
            at = flagsEnd + 1;
        } else if (regex.startsWith("?", at)) {
            counts = false; // lookaround, named group or inline flags: read through, require nothing
            while (at < regex.length() && ":)".indexOf(regex.charAt(at)) < 0) {
                at++;
            }
            if (at < regex.length() && regex.charAt(at) == ':') {
                at++;
            }
        }
        Set<String> inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new IllegalArgumentException("unbalanced group");
        }
        at++;
        return counts ? inner : null;
    }

    private void skipClass() {
        at++; // '['
        if (at < regex.length() && regex.charAt(at) == '^') {
            at++;
        }
        if (at < regex.length() && regex.charAt(at) == ']') {
            at++; // a literal ']' first
        }
        int depth = 1;
        while (depth > 0) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    /**
     * One atom: a literal character; '\0' for one that matches a set of characters (".", "\s", "\d"…); null for
     * a zero-width escape.
     */
    private Character atom() {
        char c = regex.charAt(at++);
        if (c == '.') {
            return '\0';
        }
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            throw new IllegalArgumentException("quantifier without an atom");
        }
        if (c != '\\') {
            return c;
        }
        char e = regex.charAt(at++);
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
            return null;
        }
        if (e == 'p' || e == 'P') {
            if (at < regex.length() && regex.charAt(at) == '{') {
                at = regex.indexOf('}', at) + 1;
            } else {
                at++;
            }
            return '\0';
        }
        if (e == 'Q' || e == 'x' || e == 'u' || e == 'c' || e == 'k' || e == 'N' || e == 'R' || e == 'X'
                || Character.isDigit(e)) {
            throw new IllegalArgumentException("escape not analysed: \\" + e);
        }
        if (Character.isLetter(e)) {
            return '\0'; // \s \d \w \h \t \n …: a class, or a control character; no text to name
        }
        return e; // an escaped punctuation character stands for itself
    }

    /** Reads a quantifier if one follows; false when it allows zero repetitions. */
    private boolean quantifier() {
        if (at >= regex.length()) {
            return true;
        }
        char c = regex.charAt(at);
        boolean required;
        if (c == '?' || c == '*') {
            at++;
            required = false;
        } else if (c == '+') {
            at++;
            required = true;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            String body = regex.substring(at + 1, close);
            int min = Integer.parseInt(body.split(",", -1)[0].strip());
            at = close + 1;
            required = min > 0;
        } else {
            return true;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive
        }
        return required;
    }
}
