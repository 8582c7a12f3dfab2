package io.newsarchive.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The table of page-chrome patterns ({@code chrome.csv}): which lines are chrome, which open the comment section,
 * which label a list of related headlines, which prefixes to strip and which lines are bylines.
 */
public final class ChromeRules {
    /** What a row of the table means. */
    public enum Kind { CHROME, END, PREFIX, RELATED, SIDEBAR, BYLINE }

    /** One row: its kind, compiled pattern and the example a test checks it against. */
    public record Rule(Kind kind, Pattern pattern, String example) {
    }

    /**
     * A row's pattern made fast: a row written ".{0,200}CORE.{0,400}" (text around a telling phrase) is matched by
     * finding CORE and checking the lengths around it, instead of letting the regex engine backtrack through every
     * split of a long line — which made these rows most of the parser's time.
     */
    private record Matching(Pattern whole, Pattern core, int beforeMin, int beforeMax, int afterMin, int afterMax,
                            boolean longLines, List<String> needles) {
        /** Lines longer than this are matched only by rows with a long wildcard (captions, banners, promos). */
        static final int SHORT_LINE = 250;
        private static final Pattern WILDCARD = Pattern.compile("\\.\\{\\d+,(\\d+)\\}");

        private static boolean allowsLongLines(Pattern pattern) {
            Matcher m = WILDCARD.matcher(pattern.pattern());
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) >= 150) {
                    return true;
                }
            }
            return false;
        }

        private static final Pattern WRAPPED = Pattern.compile(
                "^\\.\\{(\\d+),(\\d+)\\}(.*?)(?:\\.\\{(\\d+),(\\d+)\\})?$", Pattern.DOTALL);

        static Matching of(Pattern pattern) {
            Matcher m = WRAPPED.matcher(pattern.pattern());
            boolean longLines = allowsLongLines(pattern);
            List<String> needles = RequiredText.of(pattern.pattern());
            if (!m.matches() || m.group(3).isEmpty() || !balanced(m.group(3))) {
                return new Matching(pattern, null, 0, 0, 0, 0, longLines, needles);
            }
            Pattern core = Pattern.compile(m.group(3), pattern.flags());
            int afterMin = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int afterMax = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            return new Matching(pattern, core, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), afterMin,
                    afterMax, longLines, needles);
        }

        boolean matches(String line) {
            if (line.length() > SHORT_LINE && !longLines) {
                return false;
            }
            if (core == null) {
                return whole.matcher(line).matches();
            }
            Matcher m = core.matcher(line);
            int from = beforeMin;
            while (from <= Math.min(beforeMax, line.length()) && m.find(from)) {
                if (m.start() > beforeMax) {
                    return false;
                }
                int after = line.length() - m.end();
                if (after >= afterMin && after <= afterMax) {
                    return true;
                }
                from = m.start() + 1;
            }
            return false;
        }

        private static boolean balanced(String regex) {
            int depth = 0;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth < 0) {
                    return false;
                }
            }
            return depth == 0;
        }
    }

    /** Lines longer than this are prose, never chrome: it keeps the regex work per article small. */
    static final int MAX_CHROME_LINE = 700;

    private static final ChromeRules BUNDLED = load();

    private final List<Rule> rules;
    private final Map<Kind, List<Pattern>> byKind = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Matching>> fast = new EnumMap<>(Kind.class);
    /** Per kind, which of its rows a line could match by the words they require: the rest are not tried. */
    private final Map<Kind, RequiredTextIndex> required = new EnumMap<>(Kind.class);
    /** The same for a long line, over the rows written for long lines only (the others are never tried on one). */
    private final Map<Kind, RequiredTextIndex> requiredOfLongLines = new EnumMap<>(Kind.class);
    /** Which byline rows a line could match, by the words they require (they are matched whole, never cut). */
    private final RequiredTextIndex bylineText;
    /**
     * Lines already judged. A line is often asked about twice in one parse, and chrome lines repeat across an
     * outlet's files; the answer depends on the line alone.
     */
    private final Map<String, Boolean> chromeCache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Bylines already read, for the same reason: a header line is asked about by several readers in one parse. */
    private final Map<String, Optional<String>> bylineCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LINES = 200_000;

    private ChromeRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
            fast.put(kind, new ArrayList<>());
        }
        for (Rule rule : rules) {
            byKind.get(rule.kind()).add(rule.pattern());
            fast.get(rule.kind()).add(Matching.of(rule.pattern()));
        }
        for (Kind kind : Kind.values()) {
            required.put(kind, new RequiredTextIndex(fast.get(kind).stream().map(Matching::needles).toList()));
            requiredOfLongLines.put(kind, new RequiredTextIndex(fast.get(kind).stream()
                    .map(m -> m.longLines() ? m.needles() : List.<String>of()).toList()));
        }
        bylineText = required.get(Kind.BYLINE);
    }

    public static ChromeRules bundled() {
        return BUNDLED;
    }

    public List<Rule> rules() {
        return rules;
    }

    public boolean isChrome(String line) {
        if (line.length() > MAX_CHROME_LINE) {
            return false;
        }
        Boolean known = chromeCache.get(line);
        if (known != null) {
            return known;
        }
        boolean chrome = matchesAny(Kind.CHROME, line);
        if (chromeCache.size() > CACHE_LINES) {
            chromeCache.clear(); // a bound on memory; the answers do not change, only their cost
        }
        chromeCache.put(line, chrome);
        return chrome;
    }

    /**
     * Forgets the lines judged so far. The answers never go stale, but once every file is parsed they only hold
     * memory: at 100,000 articles some 60 MB, which later stages need.
     */
    public void forgetJudgedLines() {
        chromeCache.clear();
        bylineCache.clear();
    }

    public boolean isEnd(String line) {
        return matchesAny(Kind.END, stripColon(line));
    }

    /** The label as printed (without a trailing colon) when the line opens a related list. */
    public Optional<String> relatedLabel(String line) {
        String label = stripColon(line);
        return label.length() <= 60 && matchesAny(Kind.RELATED, label) ? Optional.of(label) : Optional.empty();
    }

    /** True when the line labels a list that is page furniture (tags, most read): the list is dropped. */
    public boolean isSidebarLabel(String line) {
        String label = stripColon(line);
        return label.length() <= 60 && matchesAny(Kind.SIDEBAR, label);
    }

    /** The author named by a byline line, if the line is one. */
    public Optional<String> byline(String line) {
        if (line.length() > 160) {
            return Optional.empty();
        }
        Optional<String> known = bylineCache.get(line);
        if (known != null) {
            return known;
        }
        Optional<String> found = Optional.empty();
        // only the rows whose required words the line holds are tried (RequiredText), in the table's order
        List<Pattern> rows = byKind.get(Kind.BYLINE);
        long[] candidates = bylineText.candidates(line);
        for (int w = 0; w < candidates.length && found.isEmpty(); w++) {
            for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
                Matcher m = rows.get(w << 6 | Long.numberOfTrailingZeros(bits)).matcher(line);
                if (m.matches()) {
                    found = Optional.of(m.group(1).strip());
                    break;
                }
            }
        }
        if (bylineCache.size() > CACHE_LINES) {
            bylineCache.clear();
        }
        bylineCache.put(line, found);
        return found;
    }

    /** The paragraph without a chrome prefix such as "Iran PressIran news:". */
    public String stripPrefix(String paragraph) {
        for (Pattern p : byKind.get(Kind.PREFIX)) {
            Matcher m = p.matcher(paragraph);
            if (m.lookingAt() && m.end() < paragraph.length()) {
                return paragraph.substring(m.end()).strip();
            }
        }
        return paragraph;
    }

    private boolean matchesAny(Kind kind, String line) {
        if (line.length() > MAX_CHROME_LINE) {
            return false;
        }
        // A line of twenty words or more is prose-like: only rows written for long lines (captions, credits,
        // banners) can match it, and the others need not be tried.
        boolean longLine = line.length() > Matching.SHORT_LINE || LineWordCounts.upTo(line, 20) >= 20;
        // Only the rows whose required words the line holds can match it (RequiredText: a requirement always
        // holds); they are tried in the table's order, as before. On a long line, only the long-line rows.
        List<Matching> rows = fast.get(kind);
        long[] candidates = (longLine ? requiredOfLongLines : required).get(kind).candidates(line);
        for (int w = 0; w < candidates.length; w++) {
            for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
                Matching m = rows.get(w << 6 | Long.numberOfTrailingZeros(bits));
                if (m.matches(line)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String stripColon(String line) {
        String s = line.strip();
        while (s.endsWith(":") || s.endsWith("»") || s.endsWith(">")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static ChromeRules load() {
        try (InputStream in = ChromeRules.class.getResourceAsStream("/io/newsarchive/chrome.csv")) {
            if (in == null) {
                throw new IllegalStateException("bundled chrome.csv missing");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled chrome.csv", e);
        }
    }

    static ChromeRules parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<Rule> rules = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            Kind kind = Kind.valueOf(row.get("kind").strip().toUpperCase(java.util.Locale.ROOT));
            // ASCII case folding only: Unicode case folding made these patterns the build's hot spot, and chrome
            // words are English.
            Pattern pattern = Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE);
            rules.add(new Rule(kind, pattern, row.get("example")));
        }
        return new ChromeRules(rules);
    }
}
