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

    /** Lines longer than this are prose, never chrome: it keeps the regex work per article small. */
    static final int MAX_CHROME_LINE = 900;

    private static final ChromeRules BUNDLED = load();

    private final List<Rule> rules;
    private final Map<Kind, List<Pattern>> byKind = new EnumMap<>(Kind.class);

    private ChromeRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (Rule rule : rules) {
            byKind.get(rule.kind()).add(rule.pattern());
        }
    }

    public static ChromeRules bundled() {
        return BUNDLED;
    }

    public List<Rule> rules() {
        return rules;
    }

    public boolean isChrome(String line) {
        return matchesAny(Kind.CHROME, line);
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
        for (Pattern p : byKind.get(Kind.BYLINE)) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
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
        for (Pattern p : byKind.get(kind)) {
            if (p.matcher(line).matches()) {
                return true;
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
            Pattern pattern = Pattern.compile(row.get("pattern"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            rules.add(new Rule(kind, pattern, row.get("example")));
        }
        return new ChromeRules(rules);
    }
}
