package io.newsarchive.parse;

import io.newsarchive.model.ArticleDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the short lines around a headline that carry metadata: "July 15, 2022 - 21:38", "Published On 15 Jul 2022",
 * "By Jane Doe | Updated: Jul. 15, 2022". A line is a meta line only when nothing but a byline, dates, labels and
 * separators is on it, so a sentence that mentions a date is never taken for the article's date.
 */
public final class MetaLineReader {
    /** How a date was labelled: "Updated" never beats "Published". */
    public enum DateLabel { PUBLISHED, PLAIN, UPDATED }

    /**
     * What a meta line said; empty strings / NONE for what it did not say. {@code guessed}: the byline is a bare
     * name beside the date, with no "By" or role to say so ("All News 09:15 March 14, 2024" may be a section).
     * {@code readings}: the two readings of a date line that could be day-first or month-first ("12/06/2025"),
     * for the parser to pick from on other evidence; {@code date} is then NONE.
     */
    public record Meta(String byline, ArticleDate date, DateLabel label, boolean guessed, List<ArticleDate> readings) {
        public Meta(String byline, ArticleDate date, DateLabel label) {
            this(byline, date, label, false, List.of());
        }

        public Meta(String byline, ArticleDate date, DateLabel label, boolean guessed) {
            this(byline, date, label, guessed, List.of());
        }

        public boolean hasDate() {
            return date.isPresent();
        }
    }

    static final Pattern SEGMENTS = Pattern.compile(
            "\\s+[|•·●/]\\s+|\\s*[|●\\[\\]]\\s*|(?<!\\p{L})(?=(?:last )?(?:updated?|upd|modified)\\b)", Pattern.CASE_INSENSITIVE);
    /** Text before "Published:" is a segment of its own: "Source: Global Times Published: Mar 14, 2025". */
    private static final Pattern LABEL_SPLIT = Pattern.compile("(?<=\\p{L}\\s)(?=(?:first )?(?:published|posted)\\s*:)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){1,3}");
    private static final Pattern NAME_JOINS = Pattern.compile(",? and |, ");
    private static final Set<String> DATE_WORDS = Set.of("published", "publish", "originally", "posted", "issued", "updated", "update", "on",
            "at", "last", "date", "time", "first", "modified", "created", "gmt", "utc", "local", "irst", "tehran",
            "am", "pm", "a.m.", "p.m.", "the", "-", "–", "—", "/", "|", "•", "·", ":", "edt", "est", "bst", "cet",
            "cest", "msk", "trt", "azt", "ist", "pst", "pdt", "gst", "ast", "et", "eet", "eest", "upd", "[", "]", "uk",
            "jst", "kst", "sgt", "hkt", "wib", "pht", "ict", "myt", "aest", "aedt", "cst", "cdt", "mst", "mdt", "pt",
            "ct", "mt", "pkt", "wat", "cat", "eat", "sast", "page");
    private static final int MAX_META_WORDS = 24;
    /**
     * The filing place some sites print after the date, or the section: "Updated - March 14, 2024 08:02 pm IST - NEW
     * DELHI", "Mar 14, 2025 - Politics & Policy".
     */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+[-–—]\\s+\\p{Lu}[\\p{Lu} .'’-]{2,40}$"
            + "|\\s+[-–—]\\s+\\p{Lu}\\p{Ll}+(?: (?:&|and|\\p{Lu}\\p{Ll}+)){0,3}$"
            + "|,\\s*\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?:,\\s*\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)?$");
    /** The filing place some sites print before the date: "Madrid - Feb 25, 2025 - 12:20 CET". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+)?\\s+[-–—|]\\s+$");
    /** A scraper's list of authors: "AUTHORS: ['Devika Menon', 'Ravi Kumar']". */
    private static final Pattern AUTHOR_LIST = Pattern.compile(
            "(?:authors?|by)\\s*:\\s*\\[\\s*((?:'[^']{2,60}'|\"[^\"]{2,60}\")(?:\\s*,\\s*(?:'[^']{2,60}'|\"[^\"]{2,60}\"))*)\\s*\\]",
            Pattern.CASE_INSENSITIVE);
    /** A name with the separator after it and nothing else, as a byline widget prints it: "Tal Sheffer|". */
    private static final Pattern NAME_THEN_SEPARATOR = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){1,3})\\s*[|•·]");
    private static final Pattern DATE_LABEL_AT_END = Pattern.compile(
            "\\s+(?:first published|published|posted|updated|issued)(?: on)?:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE_CITY = Pattern.compile("\\(\\p{Lu}[\\p{L} ]{1,20}\\)");
    /** A month's name: "Last Updated: March 14" is a date line without its year. */
    private static final Pattern MONTH_WORD = Pattern.compile(
            "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?"
                    + "|dec(ember)?");
    private static final Pattern CATEGORIES = Pattern.compile("\\p{Lu}\\p{L}+(?:, \\p{Lu}\\p{L}+){1,3}");
    /** A site's domain as a name: "TIMESOFINDIA.COM", "dailysabah.com". */
    private static final Pattern SITE_DOMAIN = Pattern.compile("(?:www\\.)?[\\p{L}\\d-]{2,40}(?:\\.[\\p{L}]{2,6}){1,2}");
    /** One capitalised word: a place name beside the date. */
    private static final Pattern PLACE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]+");
    /** A feed reader's source beside the date: "Reuters: World News / by … / Jul 25, 2025, 6:31 PM" (Feedly). */
    private static final Pattern FEED_SOURCE = Pattern.compile("\\p{Lu}[\\p{L}\\d.&'’ -]{1,30}:\\s*\\p{Lu}[\\p{L}&'’ -]{1,30}");
    /**
     * An update stamp that gives the first publication's time only: "Updated March 4, 2025 — 7.41pm, first
     * published at 5.00am". The day is the update's, unless the update was past midnight of it (then unknown).
     */
    private static final Pattern FIRST_PUBLISHED_AT = Pattern.compile(
            "(?:last )?(?:updated|modified)\\s*:?\\s*(.{6,60}?),?\\s+first published (?:at |on )?"
                    + "(\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)", Pattern.CASE_INSENSITIVE);
    // The word tests of isDateWordsOnly, compiled once: compiled per word (String.matches, split, replaceAll) they
    // were a twentieth of the parser's time.
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");
    private static final Pattern CLOCK_OR_OFFSET = Pattern.compile("[+-]?\\d{1,2}(:\\d{2})?");
    private static final Pattern PAGE_NUMBER = Pattern.compile("page\\d{1,3}");
    private static final Pattern ZONE_OFFSET = Pattern.compile("(gmt|utc)[+-]\\d{1,2}(:?\\d{2})?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday|rsday)?");
    private static final Pattern EDIT_LABEL = Pattern.compile("(?i)\\s*(?:created|edited|modified|revised)\\s*");
    private static final Pattern SEPARATORS_AT_END = Pattern.compile("[\\s,|/–—-]+$");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern ROLE_WORD_SPLIT = Pattern.compile("[\\s,&/-]+");
    private static final Pattern BYLINE_END_MARKS = Pattern.compile("[,;|]+$");
    private static final Pattern AUTHOR_LIST_SPLIT = Pattern.compile("\\s*,\\s*");
    /** A section's name before the date: "Health Sep 18, 2024 6:35 PM EDT". */
    private static final Pattern SECTION_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");
    /** An agency's code in capitals: "PTI", "AFP", "IANS". */
    private static final Pattern AGENCY_CODE = Pattern.compile("\\p{Lu}{2,6}");

    private final DateParser dates;
    private final ChromeRules rules;

    public MetaLineReader(DateParser dates, ChromeRules rules) {
        this.dates = dates;
        this.rules = rules;
    }

    public Optional<Meta> read(String line) {
        if (LineWordCounts.upTo(line, MAX_META_WORDS + 1) > MAX_META_WORDS) {
            return Optional.empty();
        }
        if (line.indexOf('[') >= 0) {
            java.util.regex.Matcher list = AUTHOR_LIST.matcher(line);
            if (list.matches()) {
                List<String> names = java.util.Arrays.stream(AUTHOR_LIST_SPLIT.split(list.group(1)))
                        .map(n -> n.substring(1, n.length() - 1).strip()).toList();
                String joined = names.size() == 1 ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
                return looksLikeNames(joined) ? Optional.of(new Meta(joined, ArticleDate.NONE, DateLabel.PLAIN))
                        : Optional.empty();
            }
        }
        char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
        if ((last == '|' || last == '•' || last == '·') && NAME_THEN_SEPARATOR.matcher(line).matches()) {
            return Optional.of(new Meta(line.substring(0, line.length() - 1).strip(), ArticleDate.NONE, DateLabel.PLAIN,
                    true));
        }
        Optional<DateParser.Found> whole = dates.find(line);
        if (whole.isPresent() && line.indexOf("irst published") > 0) {
            java.util.regex.Matcher first = FIRST_PUBLISHED_AT.matcher(line);
            Optional<DateParser.Found> at = first.matches()
                    ? dates.find(whole.get().date().day() + " " + first.group(2)) : Optional.empty();
            if (at.isPresent() && dates.find(first.group(1)).isPresent()) {
                return Optional.of(new Meta("", at.get().date(), DateLabel.PUBLISHED));
            }
        }
        if (whole.isPresent() && whole.get().start() > 0 && whole.get().start() <= 20
                && SECTION_WORD.matcher(line.substring(0, whole.get().start()).strip()).matches()
                && !isDateWordsOnly(line.substring(0, whole.get().start()))
                && labelOf(line.substring(0, whole.get().start())) == DateLabel.PLAIN
                && !EDIT_LABEL.matcher(line.substring(0, whole.get().start())).matches()
                && isOnlyDate(line.substring(whole.get().start()), shifted(whole.get()))) {
            return Optional.of(new Meta("", whole.get().date(), DateLabel.PLAIN)); // "Health Sep 18, 2024 6:35 PM"
        }
        if (whole.isPresent() && (isOnlyDate(line, whole.get()) || isPrintedTwice(line, whole.get()))) {
            // "05.06.2024 | 11:30"; the label stands before the date ("Published on …, updated at 11:02 am")
            return Optional.of(new Meta("", whole.get().date(), labelOf(line.substring(0, whole.get().end()))));
        }
        if (whole.isEmpty() && (line.indexOf('/') >= 0 || line.indexOf('-') >= 0)) {
            List<DateParser.Found> readings = dates.ambiguous(line);
            if (!readings.isEmpty() && isOnlyDate(line, readings.get(0))) {
                // "12/06/2025 04:35 PM": a date line all the same, its reading left to the parser
                return Optional.of(new Meta("", ArticleDate.NONE, labelOf(line.substring(0, readings.get(0).end())),
                        false, readings.stream().map(DateParser.Found::date).toList()));
            }
        }
        String[] segments = maySplit(line) ? SEGMENTS.split(line) : new String[] {line};
        if (line.indexOf("ublished") > 0 || line.indexOf("osted") > 0) {
            segments = splitBeforeLabels(segments);
        }
        if (whole.isEmpty() && segments.length > 1) {
            // "Laman Ismayilova | Reporter": a byline whose own form has a separator the split would cut
            Optional<String> by = rules.byline(line);
            if (by.isPresent() && looksLikeNames(by.get())) {
                return Optional.of(new Meta(cleanByline(by.get()), ArticleDate.NONE, DateLabel.PLAIN));
            }
        }
        String byline = "";
        ArticleDate date = ArticleDate.NONE;
        DateLabel label = DateLabel.PLAIN;
        boolean any = false;
        boolean guessed = false;
        boolean lineHasDate = false;
        for (String segment : segments) {
            lineHasDate |= dates.find(segment).isPresent();
        }
        for (String segment : segments) {
            String s = segment.strip();
            if (s.isEmpty()) {
                continue;
            }
            Optional<DateParser.Found> found = dates.find(s);
            if (found.isPresent() && found.get().start() > 0 && !isDateWordsOnly(s.substring(0, found.get().start()))
                    && isOnlyDate(s.substring(found.get().start()), shifted(found.get()))
                    && rules.isChrome(s.substring(0, found.get().start()).strip())) {
                // "Economy 11:32, 18 September 2024": the section's label before the date
                if (!date.isPresent()) {
                    date = found.get().date();
                }
                any = true;
                continue;
            }
            String signed = found.isPresent() ? bylineBefore(s, found.get()) : "";
            String named = found.isPresent() && signed.isEmpty() ? nameBefore(s, found.get()) : "";
            if (found.isPresent() && !signed.isEmpty()) {
                // "by Imran Qadir April 3, 2024": a labelled byline and the date, no separator between them
                if (!date.isPresent() || labelOf(s).compareTo(label) < 0) {
                    date = found.get().date();
                    label = labelOf(s);
                }
                byline = byline.isEmpty() ? signed : byline;
                any = true;
                continue;
            }
            if (found.isPresent() && (isOnlyDate(s, found.get()) || !named.isEmpty())) {
                DateLabel l = labelOf(s);
                if (!date.isPresent() || l.compareTo(label) < 0) {
                    date = found.get().date();
                    label = l;
                }
                if (byline.isEmpty() && !named.isEmpty()) {
                    byline = named;
                    guessed = true;
                }
                any = true;
                continue;
            }
            Optional<String> by = rules.byline(s);
            if (by.isPresent() && byline.isEmpty() && looksLikeNames(by.get())) {
                byline = cleanByline(by.get());
                any = true;
                continue;
            }
            if (rules.isChrome(s) || isDateWordsOnly(s)) {
                continue;
            }
            if (lineHasDate && SITE_DOMAIN.matcher(s).matches()) {
                continue; // "TIMESOFINDIA.COM | Created: …": the site's name beside its date
            }
            if (lineHasDate && s.indexOf(':') > 0 && FEED_SOURCE.matcher(s).matches()) {
                continue;
            }
            if (lineHasDate && PLACE_WORD.matcher(s).matches() && !rules.isChrome(s)) {
                continue; // "Jakarta ● Tue, May 20, 2025": where the story was filed, beside its date
            }
            if (lineHasDate && date.isPresent() && CATEGORIES.matcher(s).matches()) {
                continue; // "KYODO NEWS - Mar 14, 2024 - 20:02 | World, All": the sections filed under
            }
            if (lineHasDate && !byline.isEmpty() && isPlainName(s)) {
                continue; // "Nadia Ferreira · CBC News · Posted: …": the outlet or desk after the author
            }
            if (!byline.isEmpty() && !guessed && LineWordCounts.all(s) <= 3 && s.indexOf(' ') < 0
                    && !endsWithPunctuation(s)) {
                continue; // "By Maya Ben-Ari | i24NEWS": the outlet's name after a signed byline
            }
            if (lineHasDate && byline.isEmpty() && (isPlainNames(s) || AGENCY_CODE.matcher(s).matches())) {
                // "Merve Aydin | 20.10.2022": a bare name beside a date is the byline; "PTI / Published: …": an
                // agency's code in the author's place (the parser makes a known agency the credit)
                byline = s;
                guessed = true;
                any = true;
                continue;
            }
            return Optional.empty();
        }
        if (date.isPresent() && !date.hasTime() && whole.isPresent() && whole.get().date().hasTime()
                && whole.get().date().day().equals(date.day())) {
            date = whole.get().date(); // "March 19, 2025 / 2:14 PM EDT / CBS News": the split parted date and time
        }
        return any ? Optional.of(new Meta(byline, date, label, guessed)) : Optional.empty();
    }

    /**
     * False when {@link #SEGMENTS} cannot match in the line, which then splits into itself: each of its branches
     * needs one of these marks, or "upd" or "modified" (ASCII case ignored, as its flag does). Most lines hold
     * none, and the split's lookbehind was tried at every position of them.
     */
    static boolean maySplit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' || c == '•' || c == '·' || c == '●' || c == '/' || c == '[' || c == ']') {
                return true;
            }
        }
        return RequiredText.containsFolded(line, "upd") || RequiredText.containsFolded(line, "modified");
    }

    /** "01/21/2025January 21, 2025": one date printed twice, in two forms, and nothing else. */
    private boolean isPrintedTwice(String line, DateParser.Found first) {
        if (!isDateWordsOnly(line.substring(0, first.start()))) {
            return false;
        }
        String rest = line.substring(first.end());
        Optional<DateParser.Found> second = dates.find(rest);
        return second.isPresent() && second.get().date().day().equals(first.date().day())
                && isOnlyDate(rest, second.get());
    }

    private static DateParser.Found shifted(DateParser.Found found) {
        return new DateParser.Found(found.date(), 0, found.end() - found.start());
    }

    private static boolean endsWithPunctuation(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ',';
    }

    private static String[] splitBeforeLabels(String[] segments) {
        List<String> out = new java.util.ArrayList<>(segments.length + 1);
        for (String segment : segments) {
            out.addAll(java.util.Arrays.asList(LABEL_SPLIT.split(segment)));
        }
        return out.toArray(new String[0]);
    }

    /** Plain names, one or several joined by "and" or commas: "Aylin Demir and Murat Kaya". */
    static boolean isPlainNames(String s) {
        if (isPlainName(s)) {
            return true;
        }
        if (s.indexOf(" and ") < 0 && s.indexOf(", ") < 0) {
            return false;
        }
        for (String part : NAME_JOINS.split(s, 5)) {
            if (!isPlainName(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOnlyDate(String segment, DateParser.Found found) {
        String after = PLACE_AFTER.matcher(segment.substring(found.end())).replaceFirst("");
        String before = segment.substring(0, found.start());
        if (before.length() > 3 && "-–—|".indexOf(before.strip().charAt(before.strip().length() - 1)) >= 0) {
            before = PLACE_BEFORE.matcher(before).replaceFirst(""); // "Madrid - Feb 25, 2025 - 12:20 CET"
        }
        return isDateWordsOnly(before + " " + after);
    }

    /**
     * The bare name printed before the date, with no separator, as in "Anush Karapetyan Mar 14, 2024" or
     * "Irfan Haider Bukhari Published March 14, 2024"; empty when the segment is not that.
     */
    private static String nameBefore(String segment, DateParser.Found found) {
        String before = SEPARATORS_AT_END.matcher(segment.substring(0, found.start())).replaceAll("");
        before = DATE_LABEL_AT_END.matcher(before).replaceFirst("");
        return isPlainName(before) && isDateWordsOnly(segment.substring(found.end())) ? before : "";
    }

    /** The author of "By NAME DATE" printed without a separator; empty when the segment is not that. */
    private String bylineBefore(String segment, DateParser.Found found) {
        if (!isDateWordsOnly(segment.substring(found.end()))) {
            return "";
        }
        String before = SEPARATORS_AT_END.matcher(segment.substring(0, found.start())).replaceAll("");
        before = DATE_LABEL_AT_END.matcher(before).replaceFirst("");
        return rules.byline(before).filter(MetaLineReader::looksLikeNames).map(MetaLineReader::cleanByline)
                .orElse("");
    }

    static boolean isDateWordsOnly(String text) {
        // "(Paris)" after a time names the zone
        String t = text.indexOf('(') >= 0 ? ZONE_CITY.matcher(text).replaceAll(" ") : text;
        // "published_time: 2025-01-21T14:05:00+03:30": a scraper's field name is date words too
        // The words as split at [\s,:()\[\]_]+, read one by one: the first that is no date word ends the test, and
        // prose fails at its first word, so splitting the whole line into an array first was wasted. (An empty
        // word, which the split yields before a leading separator, passes the test: it is simply not read.)
        String lower = t.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length()) {
            int start = end;
            while (start < lower.length() && isDateWordSeparator(lower.charAt(start))) {
                start++;
            }
            end = start;
            while (end < lower.length() && !isDateWordSeparator(lower.charAt(end))) {
                end++;
            }
            if (start < end && !isDateWord(lower.substring(start, end))) {
                return false;
            }
        }
        return true;
    }

    /** The characters date words are split at: [\s,:()\[\]_] (in a Java regex, \s is ASCII whitespace). */
    private static boolean isDateWordSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',' || c == ':'
                || c == '(' || c == ')' || c == '[' || c == ']' || c == '_';
    }

    private static boolean isDateWord(String word) {
        // only a word with a dot can lose trailing dots: the others skip the regex
        String w = word.indexOf('.') >= 0 ? TRAILING_DOTS.matcher(word).replaceAll("") : word;
        return w.isEmpty() || DATE_WORDS.contains(w) || isWeekday(w) || MONTH_WORD.matcher(w).matches()
                || CLOCK_OR_OFFSET.matcher(w).matches() || w.startsWith("page") && PAGE_NUMBER.matcher(w).matches()
                || ZONE_OFFSET.matcher(w).matches();
    }

    private static boolean isWeekday(String w) {
        return WEEKDAY.matcher(w).matches();
    }

    private static DateLabel labelOf(String segment) {
        String s = segment.toLowerCase(Locale.ROOT);
        if (s.contains("update") || s.contains("modified") || s.startsWith("upd")) {
            return DateLabel.UPDATED;
        }
        if (s.contains("published") || s.contains("posted") || s.contains("created") || s.contains("publish")
                || s.contains("issued")
                || s.startsWith("date")) {
            return DateLabel.PUBLISHED;
        }
        return DateLabel.PLAIN;
    }

    /** A byline names people or a desk: short, no sentence, no digits. */
    public static boolean looksLikeNames(String byline) {
        int words = LineWordCounts.all(byline);
        return words >= 1 && words <= 12 && !DIGIT.matcher(byline).matches() && !byline.endsWith(".")
                && Character.isUpperCase(byline.codePointAt(0)) && !isRoleOnly(byline);
    }

    /**
     * Words of a journalist's title: "Senior Foreign Correspondent" names a role, no one. A desk ("Staff writer",
     * "News Desk") does sign a story, so "staff", "news" and "desk" are not among them.
     */
    private static final Set<String> ROLE_WORDS = Set.of("senior", "chief", "deputy", "foreign", "diplomatic",
            "political", "security", "defence", "defense", "economics", "economic", "business", "energy",
            "international", "special", "associate", "managing", "executive", "contributing", "assistant", "global",
            "regional", "bureau", "investigations", "science", "health", "technology", "climate", "world",
            "middle", "east", "correspondent", "editor", "reporter", "writer", "columnist", "contributor",
            "analyst", "producer", "digital", "home", "affairs", "and");

    private static boolean isRoleOnly(String text) {
        for (String word : ROLE_WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !ROLE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Two to four capitalised words, nothing else: "Merve Aydin". */
    public static boolean isPlainName(String s) {
        return PLAIN_NAME.matcher(s).matches();
    }

    static String cleanByline(String byline) {
        return BYLINE_END_MARKS.matcher(byline).replaceAll("").strip();
    }
}
