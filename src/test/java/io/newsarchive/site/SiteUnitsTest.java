package io.newsarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The small parts of the site package, one behaviour each. */
class SiteUnitsTest {
    @Test
    @DisplayName("related headlines match across case, accents, quote styles, punctuation and spacing")
    void headlineNormalisation() {
        assertEquals(HeadlineIndex.normalise("Iran’s envoy: talks resume"),
                HeadlineIndex.normalise("IRAN'S ENVOY — TALKS  RESUME"));
        assertTrue(!HeadlineIndex.normalise("Iran talks").equals(HeadlineIndex.normalise("Iran talks resume")));
    }

    @Test
    @DisplayName("an ASCII headline is normalised as the general way does it, character by character and in mixes")
    void asciiHeadlineNormalisation() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            String one = "a" + c + "B" + c;
            assertEquals(HeadlineIndex.normaliseUnicode(one), HeadlineIndex.normaliseAscii(one), "char " + (int) c);
            every.append(c);
        }
        java.util.Random random = new java.util.Random(7);
        String alphabet = every + "AZaz09  ''--..";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(HeadlineIndex.normaliseUnicode(t), HeadlineIndex.normaliseAscii(t), t);
        }
        assertEquals("irans envoy talks resume 2024",
                HeadlineIndex.normaliseAscii("  IRAN'S envoy: talks -- resume, 2024!"));
        for (String other : List.of("Iran’s envoy", "Café", "\u0080", "Ankara İ")) {
            assertEquals(null, HeadlineIndex.normaliseAscii(other), other);
            assertEquals(HeadlineIndex.normaliseUnicode(other), HeadlineIndex.normalise(other), other);
        }
    }

    private static io.newsarchive.model.Article article(String id, String text) {
        return new io.newsarchive.model.Article(id, id + ".txt", io.newsarchive.model.Outlet.UNKNOWN, "Headline", false,
                "", io.newsarchive.model.ArticleDate.NONE, "", "", "", List.of(io.newsarchive.model.BodyBlock.paragraph(text)),
                List.of(), "", List.of(), "", List.of());
    }

    @Test
    @DisplayName("a page's fingerprint takes a known article's key and the page's path in place of the article's map")
    void articleKeysInFingerprints() {
        io.newsarchive.model.Article a = article("a", "First text.");
        io.newsarchive.model.Article edited = article("a", "First text, edited.");
        java.util.function.BiFunction<io.newsarchive.model.Article, String, Map<String, Object>> page = (x, from) -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("article", PageModels.article(x, from));
            return m;
        };
        byte[] k1 = new byte[16];
        byte[] k2 = new byte[16];
        k2[15] = 1;
        // unknown articles are digested value by value, as before: their text counts
        String walked = ModelFingerprint.of("t", page.apply(a, "articles/a.html"));
        assertEquals(walked, ModelFingerprint.of("t", page.apply(a, "articles/a.html"), x -> null));
        assertTrue(!walked.equals(ModelFingerprint.of("t", page.apply(edited, "articles/a.html"), x -> null)));
        // known ones by key: the same key, the same fingerprint (the key stands for all the article holds) ...
        String keyed = ModelFingerprint.of("t", page.apply(a, "articles/a.html"), x -> k1);
        assertTrue(!keyed.equals(walked), "a keyed article never reads as its map");
        assertEquals(keyed, ModelFingerprint.of("t", page.apply(edited, "articles/a.html"), x -> k1));
        // ... and another key, or the same article on another page (its links are relative), another one
        assertTrue(!keyed.equals(ModelFingerprint.of("t", page.apply(a, "articles/a.html"), x -> k2)));
        assertTrue(!keyed.equals(ModelFingerprint.of("t", page.apply(a, "stories/a.html"), x -> k1)));
    }

    @Test
    @DisplayName("a page made from inputs is fingerprinted by its articles' keys and the other inputs; none without "
            + "a key")
    void inputFingerprints() {
        io.newsarchive.model.Article a = article("a", "First text.");
        io.newsarchive.model.Article b = article("b", "Second text.");
        byte[] k1 = new byte[16];
        byte[] k2 = new byte[16];
        k2[15] = 1;
        String fp = ModelFingerprint.ofInputs("t", List.of(a, "story", 2), x -> k1);
        assertEquals(fp, ModelFingerprint.ofInputs("t", List.of(b, "story", 2), x -> k1), "the key stands for the article");
        assertTrue(!fp.equals(ModelFingerprint.ofInputs("t", List.of(a, "story", 2), x -> k2)));
        assertTrue(!fp.equals(ModelFingerprint.ofInputs("t", List.of(a, "story", 3), x -> k1)));
        assertTrue(!fp.equals(ModelFingerprint.ofInputs("u", List.of(a, "story", 2), x -> k1)));
        assertEquals(null, ModelFingerprint.ofInputs("t", List.of(a, b), x -> x == a ? k1 : null),
                "an article without a key: the page goes by its model");
        // the inputs form never reads as a model's: a model of the same values is a map, tagged apart
        assertTrue(!ModelFingerprint.ofInputs("t", List.of(), x -> k1).equals(ModelFingerprint.of("t", Map.of())));
    }

    @Test
    @DisplayName("a run of numbers is fingerprinted by the numbers in it alone, and where one run ends counts")
    void intSliceFingerprints() {
        int[] lists = {1, 2, 3, 4};
        String fp = ModelFingerprint.ofInputs("t", List.of(new IntSlice(lists, 1, 3)), x -> null);
        assertEquals(fp, ModelFingerprint.ofInputs("t", List.of(new IntSlice(new int[] {2, 3}, 0, 2)), x -> null),
                "the same numbers from another array");
        assertTrue(!fp.equals(ModelFingerprint.ofInputs("t", List.of(new IntSlice(lists, 1, 4)), x -> null)));
        assertTrue(!fp.equals(ModelFingerprint.ofInputs("t", List.of(new IntSlice(new int[] {2, 5}, 0, 2)),
                x -> null)));
        // [1, 2] then [3] is not [1] then [2, 3]
        assertTrue(!ModelFingerprint.ofInputs("t", List.of(new IntSlice(lists, 0, 2), new IntSlice(lists, 2, 3)),
                x -> null).equals(ModelFingerprint.ofInputs("t", List.of(new IntSlice(lists, 0, 1),
                new IntSlice(lists, 1, 3)), x -> null)));
        assertTrue(!ModelFingerprint.ofInputs("t", List.of(new IntSlice(lists, 0, 0)), x -> null)
                .equals(ModelFingerprint.ofInputs("t", List.of(List.of()), x -> null)), "an empty run is no list");
    }

    @Test
    @DisplayName("a map without an order of its own is fingerprinted by key, so the fingerprint is the same in every "
            + "run")
    void unorderedMapsInFingerprints() {
        // "a" and "q" fall in one bucket of a HashMap of 16, which then iterates in insertion order
        Map<String, Object> aFirst = new java.util.HashMap<>();
        aFirst.put("a", 1);
        aFirst.put("q", "two");
        Map<String, Object> qFirst = new java.util.HashMap<>();
        qFirst.put("q", "two");
        qFirst.put("a", 1);
        assertTrue(!List.copyOf(aFirst.keySet()).equals(List.copyOf(qFirst.keySet())), "the premise: two orders");
        String fp = ModelFingerprint.of("t", Map.of("month", aFirst));
        assertEquals(fp, ModelFingerprint.of("t", Map.of("month", qFirst)));
        assertEquals(fp, ModelFingerprint.of("t", Map.of("month", Map.of("q", "two", "a", 1))));
        Map<String, Object> sorted = new java.util.LinkedHashMap<>();
        sorted.put("a", 1);
        sorted.put("q", "two");
        assertEquals(fp, ModelFingerprint.of("t", Map.of("month", sorted)), "by key, as an ordered map in that order");
        // a value still counts
        assertTrue(!fp.equals(ModelFingerprint.of("t", Map.of("month", Map.of("q", "three", "a", 1)))));
    }

    @Test
    @DisplayName("a body model reads as {kind, text} maps, and fingerprints as that list does, Latin-1 text or not")
    void bodyModel() {
        List<io.newsarchive.model.BodyBlock> blocks = List.of(io.newsarchive.model.BodyBlock.paragraph("Baku’s port"),
                io.newsarchive.model.BodyBlock.crosshead("Café talks"),
                new io.newsarchive.model.BodyBlock(io.newsarchive.model.BodyBlock.Kind.LIST_ITEM, "plain"));
        List<Map<String, Object>> maps = List.of(Map.of("kind", "paragraph", "text", "Baku’s port"),
                Map.of("kind", "crosshead", "text", "Café talks"), Map.of("kind", "list-item", "text", "plain"));
        BodyModel body = new BodyModel(blocks);
        assertEquals(maps, body);
        java.util.function.Function<Object, Map<String, Object>> page = b -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("body", b);
            return m;
        };
        List<Map<String, Object>> ordered = body.stream().map(m -> {
            Map<String, Object> o = new java.util.LinkedHashMap<>();
            o.put("kind", m.get("kind"));
            o.put("text", m.get("text"));
            return o;
        }).toList();
        assertEquals(ModelFingerprint.of("t", page.apply(ordered)), ModelFingerprint.of("t", page.apply(body)));
        assertTrue(!ModelFingerprint.of("t", page.apply(body)).equals(ModelFingerprint.of("t",
                page.apply(new BodyModel(blocks.subList(0, 2))))));
    }

    @Test
    @DisplayName("a page rendered to UTF-8 has the bytes of its text's getBytes, lone surrogates and split pairs too")
    void utf8Buffer() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', '<', 'é', '’', '—', '\uD83D', '\uDE00', '\uFFFF', '\u07FF', '\u0800', '\n'};
        Templates.Utf8Buffer out = new Templates.Utf8Buffer();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            out.reset();
            int pieces = random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                StringBuilder piece = new StringBuilder();
                int n = random.nextInt(round % 50 == 0 ? 3_000 : 8);
                for (int i = 0; i < n; i++) {
                    piece.append(alphabet[random.nextInt(alphabet.length)]);
                }
                text.append(piece);
                switch (p % 3) {
                    case 0 -> out.write(piece.toString());
                    case 1 -> out.write(piece.toString().toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(out::write);
                }
            }
            assertEquals(java.util.Arrays.toString(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    java.util.Arrays.toString(out.toByteArray()), "text " + text);
        }
    }

    @Test
    @DisplayName("dates display as the formatters \"d MMMM yyyy\" and \"HH:mm\" print them, years far off too")
    void displayDates() {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm",
                java.util.Locale.UK);
        java.util.Random random = new java.util.Random(3);
        int[] years = {1, 999, 1000, 1999, 2022, 9999, 10000, 123456, -5};
        for (int round = 0; round < 5_000; round++) {
            java.time.LocalDate d = java.time.LocalDate.of(years[random.nextInt(years.length)], 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            java.time.LocalTime t = java.time.LocalTime.of(random.nextInt(24), random.nextInt(60));
            assertEquals(d.format(day), DisplayDates.display(io.newsarchive.model.ArticleDate.of(d)));
            assertEquals(d.format(day) + ", " + t.format(time),
                    DisplayDates.display(io.newsarchive.model.ArticleDate.of(java.time.LocalDateTime.of(d, t))));
        }
    }

    @Test
    @DisplayName("search terms: folded, lower case, one-letter and stop words dropped, first occurrence order")
    void searchTerms() {
        assertEquals(List.of("cafe", "naive", "2022", "iran", "istanbul"),
                List.copyOf(SearchTerms.of("Café NAÏVE, the 2022 Iran’s a İstanbul café")));
    }

    @Test
    @DisplayName("a term's shard is FNV-1a of its UTF-16 units, the same as search.js computes")
    void shardHash() {
        // FNV-1a 32-bit of "a" is 0xe40c292c
        assertEquals(Integer.remainderUnsigned(0xe40c292c, 1000), SearchTerms.shardOf("a", 1000));
        assertEquals(0, SearchTerms.shardOf("anything", 1));
    }

    @Test
    @DisplayName("script strings escape quotes, backslashes, line ends and '<', so no text can end the script")
    void jsText() {
        assertEquals("\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\"", JsText.quote("a\"b\\c\n</script>\u2028"));
    }

    @Test
    @DisplayName("the paginator: at least one page, the last page holds the rest, links only where there are pages")
    void paginator() {
        Paginator<Integer> pages = new Paginator<>(IntStream.range(0, 5).boxed().toList(), 2,
                p -> "x/" + p + ".html");
        assertEquals(3, pages.pageCount());
        assertEquals(List.of(4), pages.itemsOn(3));
        Map<String, Object> first = pages.model(1);
        assertEquals("", first.get("previous"));
        assertEquals("../x/2.html", first.get("next"));
        assertEquals(1, new Paginator<>(List.of(), 10, p -> "p").pageCount());
    }

    @Test
    @DisplayName("the timeline: one bar per month with stories, at least twelve months wide, counts in the labels")
    void timeline() {
        TreeMap<YearMonth, Integer> counts = new TreeMap<>(Map.of(YearMonth.of(2022, 6), 1, YearMonth.of(2022, 7), 3));
        Map<String, Object> chart = TimelineChart.of(counts, "stories", "story");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>) chart.get("bars");
        assertEquals(2, bars.size());
        assertEquals("June 2022: 1 story", bars.get(0).get("label"));
        assertEquals("July 2022: 3 stories", bars.get(1).get("label"));
        assertEquals("Stories per month, August 2021 to July 2022", chart.get("caption"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ticks = (List<Map<String, Object>>) chart.get("ticks");
        assertEquals(12, ticks.size(), "a year's chart names every month");
        assertEquals("Aug", ticks.get(0).get("label"));
        assertTrue(TimelineChart.of(new TreeMap<>(), "stories", "story").isEmpty());
        TreeMap<YearMonth, Integer> wide = new TreeMap<>(Map.of(YearMonth.of(1900, 1), 1, YearMonth.of(2022, 1), 1));
        assertTrue(TimelineChart.of(wide, "stories", "story").get("caption").toString().startsWith("Stories per year"),
                "a century is counted per year");
    }

    @Test
    @DisplayName("a cut lead loses its trailing punctuation exactly as the regex takes it off, line terminators included")
    void leadTrimAgreesWithTheRegex() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile("[\\s,;:–—-]+$");
        String alphabet = "ab ,;:-\u2013\u2014\t\n\r\u000B\f\u0085\u2028\u2029\u00a0.!";
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(regex.matcher(t).replaceAll(""), PageModels.withoutTrailingPunctuation(t), t);
        }
    }
}
