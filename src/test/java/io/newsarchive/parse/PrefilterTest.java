package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cheap tests that spare the parser a regex skip only lines on which the regex could not have matched. */
class PrefilterTest {
    private static final List<String> EDGES = List.of("", ".", "a.", ".a", "x.com", "X.COM", "U.S. officials",
            "end. Start", "mail@host.org", "-.io", "9.ai", "© 2024", "(C) Foo", "COPYRIGHT Foo", "All Rights Reserved",
            "PUBLISHED BY Foo", "published by", "Jane Doe | Reporter", "A • B", "x/y", "[1]", "Last UPDATED: May 2",
            "Modified", "upd", "no marks at all", "İstanbul ©", "·", "●");

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(OutletDirectoryTest.corpusLines());
        lines.addAll(EDGES);
        return lines;
    }

    private static void neverSkipsAMatch(Predicate<String> mayMatch, Pattern regex, boolean whole) throws IOException {
        int skipped = 0;
        for (String line : lines()) {
            boolean matches = whole ? regex.matcher(line).matches() : regex.matcher(line).find();
            if (!mayMatch.test(line)) {
                assertFalse(matches, "skipped, yet the regex matches: " + line);
                skipped++;
            }
        }
        assertTrue(skipped > 100, "lines skipped: " + skipped);
    }

    @Test
    @DisplayName("a line without a host's dot is never one where BARE_HOST finds a host")
    void bareHost() throws IOException {
        neverSkipsAMatch(OutletDirectory::mayHoldHost, OutletDirectory.BARE_HOST, false);
    }

    @Test
    @DisplayName("a line without a copyright word is never one where COPYRIGHT finds one")
    void copyright() throws IOException {
        neverSkipsAMatch(OutletDirectory::mayNameOwner, OutletDirectory.COPYRIGHT, false);
    }

    @Test
    @DisplayName("a line without a separator or an update label is never split by SEGMENTS")
    void segments() throws IOException {
        neverSkipsAMatch(MetaLineReader::maySplit, MetaLineReader.SEGMENTS, false);
    }

    /** isDateWordsOnly as it was written before it read the words one by one: the whole text split at once. */
    private static boolean dateWordsOnlyBySplit(String text) {
        String t = text.indexOf('(') >= 0
                ? Pattern.compile("\\(\\p{Lu}[\\p{L} ]{1,20}\\)").matcher(text).replaceAll(" ") : text;
        java.util.Set<String> dateWords = java.util.Set.of("published", "publish", "originally", "posted", "issued",
                "updated", "update", "on", "at", "last", "date", "time", "first", "modified", "created", "gmt", "utc",
                "local", "irst", "tehran", "am", "pm", "a.m.", "p.m.", "the", "-", "–", "—", "/", "|", "•", "·", ":",
                "edt", "est", "bst", "cet", "cest", "msk", "trt", "azt", "ist", "pst", "pdt", "gst", "ast", "et", "eet",
                "eest", "upd", "[", "]", "uk", "jst", "kst", "sgt", "hkt", "wib", "pht", "ict", "myt", "aest", "aedt",
                "cst", "cdt", "mst", "mdt", "pt", "ct", "mt", "pkt", "wat", "cat", "eat", "sast", "page");
        for (String word : t.toLowerCase(java.util.Locale.ROOT).split("[\\s,:()\\[\\]_]+")) {
            String w = word.replaceAll("[.]+$", "");
            if (w.isEmpty() || dateWords.contains(w)
                    || w.matches("(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday|rsday)?")
                    || w.matches("jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?"
                            + "|oct(ober)?|nov(ember)?|dec(ember)?")
                    || w.matches("[+-]?\\d{1,2}(:\\d{2})?") || w.startsWith("page") && w.matches("page\\d{1,3}")
                    || w.matches("(gmt|utc)[+-]\\d{1,2}(:?\\d{2})?")) {
                continue;
            }
            return false;
        }
        return true;
    }

    @Test
    @DisplayName("date words read one by one give the answer the whole split gave, on every corpus line and its parts")
    void dateWordsOneByOne() throws IOException {
        List<String> texts = new ArrayList<>(lines());
        texts.addAll(List.of(" ", "_", "(Paris) 11:30", "Published: 12 March 2025, 11:30 GMT+3", "...", "Mon.",
                "published_time: 2025-01-21T14:05:00+03:30", " :: ", "[upd] 10:30", "Page 12", "ΑΣ:Β"));
        int dateOnly = 0;
        for (String line : texts) {
            for (String text : List.of(line, line.substring(0, line.length() / 2), line.substring(line.length() / 2))) {
                boolean expected = dateWordsOnlyBySplit(text);
                org.junit.jupiter.api.Assertions.assertEquals(expected, MetaLineReader.isDateWordsOnly(text), text);
                dateOnly += expected ? 1 : 0;
            }
        }
        assertTrue(dateOnly > 50, "texts of date words only: " + dateOnly);
    }

    @Test
    @DisplayName("a sign the index of signs rules out for a line never matches that line, short or long")
    void signIndex() throws IOException {
        OutletDirectory outlets = new OutletDirectory(io.newsarchive.read.OutletTableReader.bundled());
        List<String> texts = new ArrayList<>(lines());
        for (io.newsarchive.model.OutletProfile p : io.newsarchive.read.OutletTableReader.bundled()) {
            for (String sign : p.signs()) {
                String text = sign.startsWith("re:") ? sign.substring(3) : sign;
                texts.addAll(List.of(text, text.toUpperCase(java.util.Locale.ROOT), "x " + text + " y"));
            }
        }
        int skipped = 0;
        int matched = 0;
        for (String line : texts) {
            long[] may = outlets.signCandidates(line);
            for (int i = 0; i < outlets.signs().size(); i++) {
                boolean candidate = (may[i >> 6] & 1L << i) != 0;
                for (boolean shortLine : new boolean[] {true, false}) {
                    boolean matches = outlets.signs().get(i).matches(line, shortLine);
                    assertTrue(candidate || !matches, "sign " + i + " ruled out, yet it matches: " + line);
                    matched += matches ? 1 : 0;
                }
                skipped += candidate ? 0 : 1;
            }
        }
        assertTrue(skipped > 1000 && matched > 20, "skipped " + skipped + ", matched " + matched);
    }

    @Test
    @DisplayName("a line that opens with no bullet mark is never a bulleted line")
    void bullet() throws IOException {
        neverSkipsAMatch(RawTextParser::mayBeBulleted, RawTextParser.BULLET, true);
    }

    @Test
    @DisplayName("a line without a slash is never an outlet and its agency (\"ABC/Reuters\")")
    void outletSlashAgency() throws IOException {
        neverSkipsAMatch(line -> line.indexOf('/') > 0, RawTextParser.OUTLET_SLASH_AGENCY, true);
    }

    @Test
    @DisplayName("the byline rows tried by their required words name the author trying every row names")
    void bylineRows() throws IOException {
        List<Pattern> rows = ChromeRules.bundled().rules().stream().filter(r -> r.kind() == ChromeRules.Kind.BYLINE)
                .map(ChromeRules.Rule::pattern).toList();
        List<String> texts = new ArrayList<>(lines());
        ChromeRules.bundled().rules().forEach(r -> texts.add(r.example()));
        int found = 0;
        for (String line : texts) {
            java.util.Optional<String> expected = java.util.Optional.empty();
            for (Pattern p : line.length() > 160 ? List.<Pattern>of() : rows) {
                java.util.regex.Matcher m = p.matcher(line);
                if (m.matches()) {
                    expected = java.util.Optional.of(m.group(1).strip());
                    break;
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(expected, ChromeRules.bundled().byline(line), line);
            found += expected.isPresent() ? 1 : 0;
        }
        assertTrue(found > 20, "bylines found: " + found);
    }

    @Test
    @DisplayName("a paragraph without a slash, or without a dash before a space, is never a dateline of those forms")
    void datelineForms() throws IOException {
        int skipped = 0;
        for (String line : lines()) {
            if (line.indexOf('/') <= 0) {
                assertFalse(DatelineParser.WITH_AGENCY_IN_SLASHES.matcher(line).lookingAt(), line);
                skipped++;
            }
            if (!DatelineParser.hasDashThenSpace(line)) {
                assertFalse(DatelineParser.AGENCY_BEFORE_DASH.matcher(line).lookingAt(), line);
                skipped++;
            }
        }
        assertTrue(skipped > 100, "lines skipped: " + skipped);
    }
}
