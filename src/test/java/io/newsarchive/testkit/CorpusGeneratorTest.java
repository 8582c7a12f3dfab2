package io.newsarchive.testkit;

import io.newsarchive.testkit.GeneratedArticle.Kind;
import io.newsarchive.testkit.LabelledPair.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    private static final int N = 1_500;
    private static final int OUTLETS = 14;

    /** One pinned corpus shared by the read-only tests. */
    private static List<GeneratedArticle> corpus;
    private static Map<String, GeneratedArticle> byFile;

    @BeforeAll
    static void generateOnce() {
        corpus = List.copyOf(new CorpusGenerator(42).generate(N, OUTLETS));
        byFile = new HashMap<>();
        for (GeneratedArticle a : corpus) {
            byFile.put(a.fileName(), a);
        }
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void sameSeedGivesEqualArticles() {
        List<GeneratedArticle> again = new CorpusGenerator(42).generate(N, OUTLETS);
        assertEquals(corpus.size(), again.size());
        for (int i = 0; i < corpus.size(); i++) {
            assertEquals(corpus.get(i), again.get(i), "article " + i);
        }
        // the lazy list renders the same article on every access
        assertEquals(again.get(7), again.get(7));
    }

    @Test
    void differentSeedGivesDifferentCorpus() {
        List<GeneratedArticle> other = new CorpusGenerator(43).generate(200, OUTLETS);
        Set<String> texts = corpus.stream().map(GeneratedArticle::rawText).collect(Collectors.toSet());
        long shared = other.stream().filter(a -> texts.contains(a.rawText())).count();
        assertEquals(0, shared);
    }

    @Test
    void writeToIsByteIdenticalForSameSeedAndForPinnedOrLazyLists(@TempDir Path tmp) throws IOException {
        CorpusGenerator g1 = new CorpusGenerator(7);
        List<GeneratedArticle> lazy = g1.generate(300, 9);
        g1.writeTo(tmp.resolve("a"), lazy);
        CorpusGenerator g2 = new CorpusGenerator(7);
        g2.writeTo(tmp.resolve("b"), g2.generate(300, 9));
        // a pinned copy goes through the generic (non-plan) writer
        g1.writeTo(tmp.resolve("c"), new ArrayList<>(lazy));

        Map<String, byte[]> a = tree(tmp.resolve("a"));
        Map<String, byte[]> b = tree(tmp.resolve("b"));
        Map<String, byte[]> c = tree(tmp.resolve("c"));
        assertEquals(301, a.size(), "300 articles + labels.csv");
        assertEquals(a.keySet(), b.keySet());
        assertEquals(a.keySet(), c.keySet());
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), k);
            assertArrayEquals(a.get(k), c.get(k), k);
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ counts

    @Test
    void exactCountsForAnySize() {
        CorpusGenerator g = new CorpusGenerator(1);
        for (int n : new int[] {0, 1, 2, 7, 55}) {
            for (int outlets : new int[] {1, 2, 5}) {
                List<GeneratedArticle> c = g.generate(n, outlets);
                assertEquals(n, c.size(), n + " articles / " + outlets + " outlets");
                assertTrue(c.stream().map(GeneratedArticle::outlet).distinct().count() <= outlets);
                labelsConsistent(c);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> g.generate(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> g.generate(10, 0));
    }

    @Test
    void everyOutletKindAndStyleIsUsed() {
        assertEquals(N, corpus.size());
        assertEquals(OUTLETS, corpus.stream().map(GeneratedArticle::outlet).distinct().count());
        assertEquals(OUTLETS, corpus.stream().map(GeneratedArticle::outletSlug).distinct().count());
        assertEquals(N, corpus.stream().map(GeneratedArticle::fileName).distinct().count(), "unique file names");
        Map<Kind, Long> kinds = corpus.stream().collect(Collectors.groupingBy(GeneratedArticle::kind,
                () -> new EnumMap<>(Kind.class), Collectors.counting()));
        for (Kind k : Kind.values()) {
            assertTrue(kinds.getOrDefault(k, 0L) > N / 10, k + ": " + kinds);
        }
        Set<String> styles = corpus.stream().map(GeneratedArticle::style).collect(Collectors.toSet());
        assertEquals(RawStyle.ALL.stream().map(RawStyle::name).collect(Collectors.toSet()), styles);
    }

    @Test
    void bigCorpusIsPlannedLazily() {
        // Speed is measured by the benchmark (bench/), never by a timed unit test.
        List<GeneratedArticle> big = new CorpusGenerator(5).generate(100_000, 40);
        assertEquals(100_000, big.size());
        GeneratedArticle last = big.get(99_999);
        assertEquals(last, big.get(99_999));
        assertTrue(last.fileName().startsWith("099999_"), last.fileName());
    }

    // ------------------------------------------------------------------ labels

    @Test
    void labelsAreConsistent() {
        labelsConsistent(corpus);
    }

    private static void labelsConsistent(List<GeneratedArticle> c) {
        Map<String, GeneratedArticle> files = new HashMap<>();
        for (GeneratedArticle a : c) {
            files.put(a.fileName(), a);
        }
        Map<String, List<GeneratedArticle>> stories = c.stream()
                .collect(Collectors.groupingBy(GeneratedArticle::storyId));
        for (List<GeneratedArticle> story : stories.values()) {
            List<GeneratedArticle> originals = story.stream().filter(a -> a.kind() == Kind.ORIGINAL).toList();
            assertEquals(1, originals.size(), "one ORIGINAL per story " + story.get(0).storyId());
            GeneratedArticle original = originals.get(0);
            Set<List<String>> people = story.stream().map(GeneratedArticle::keyPeople).collect(Collectors.toSet());
            assertEquals(1, people.size(), "one cast per story");
            for (GeneratedArticle a : story) {
                assertEquals(a.kind() == Kind.SYNDICATED_COPY, !a.copyOf().isEmpty(), a.fileName());
                if (a.kind() == Kind.SAME_STORY_REPORT) {
                    LocalDateTime t0 = time(original);
                    LocalDateTime t1 = time(a);
                    if (t0 != null && t1 != null) {
                        long hours = Math.abs(Duration.between(t0, t1).toHours());
                        assertTrue(hours <= 4 * 24, "report within a few days: " + hours + "h");
                    }
                }
                if (a.kind() == Kind.SYNDICATED_COPY) {
                    GeneratedArticle src = files.get(a.copyOf());
                    assertTrue(src != null, "copy_of names an article in the corpus: " + a.copyOf());
                    assertNotEquals(Kind.SYNDICATED_COPY, src.kind(), "copies are made of original texts");
                    assertEquals(a.storyId(), src.storyId());
                    assertNotEquals(a.outlet(), src.outlet(), "republished by another outlet");
                    assertFalse(src.credit().isEmpty(), "agency text carries its credit: " + src.fileName());
                    LocalDateTime ts = time(src);
                    LocalDateTime tc = time(a);
                    if (ts != null && tc != null) {
                        assertFalse(tc.toLocalDate().isBefore(ts.toLocalDate()), "copy not before its source");
                    }
                }
            }
        }
    }

    private static LocalDateTime time(GeneratedArticle a) {
        Temporal t = a.date();
        if (t instanceof LocalDateTime dt) {
            return dt;
        }
        if (t instanceof LocalDate d) {
            return d.atTime(12, 0);
        }
        return null;
    }

    @Test
    void labelsCsvMatchesRecordsAndFiles(@TempDir Path tmp) throws IOException {
        CorpusGenerator g = new CorpusGenerator(11);
        List<GeneratedArticle> c = g.generate(400, 10);
        g.writeTo(tmp, c);
        List<Labels.Row> rows = Labels.read(tmp.resolve("labels.csv"));
        assertEquals(c.size(), rows.size());
        Map<String, String> pathOf = new HashMap<>();
        for (GeneratedArticle a : c) {
            pathOf.put(a.fileName(), a.relativePath());
        }
        for (int i = 0; i < c.size(); i++) {
            GeneratedArticle a = c.get(i);
            Labels.Row r = rows.get(i);
            assertEquals(a.relativePath(), r.file());
            assertEquals(a.outlet(), r.outlet());
            assertEquals(a.storyId(), r.story());
            assertEquals(a.style(), r.style());
            assertEquals(a.copyOf().isEmpty() ? "" : pathOf.get(a.copyOf()), r.copyOf());
            assertEquals(a.rawText(), Files.readString(tmp.resolve(r.file())));
        }
        String header = Files.readAllLines(tmp.resolve("labels.csv")).get(0);
        assertEquals("file,outlet,story,copy_of,style", header);
    }

    @Test
    void mainWritesACorpus(@TempDir Path tmp) throws IOException {
        CorpusGenerator.main(new String[] {"40", "6", tmp.toString(), "3"});
        assertEquals(40, Labels.read(tmp.resolve("labels.csv")).size());
        CorpusGenerator g = new CorpusGenerator(3);
        GeneratedArticle first = g.generate(40, 6).get(0);
        assertEquals(first.rawText(), Files.readString(tmp.resolve(first.relativePath())));
    }

    // ------------------------------------------------------------------ text shape

    @Test
    void ownTextsHaveNewsLikeShape() {
        long words = 0;
        long sentences = 0;
        for (GeneratedArticle a : corpus) {
            if (!a.headline().isEmpty()) {
                int hw = a.headline().split(" ").length;
                assertTrue(hw >= 6 && hw <= 14, "headline words " + hw + ": " + a.headline());
            }
            if (a.kind() == Kind.SYNDICATED_COPY) {
                continue;
            }
            List<String> paras = a.body().stream().filter(p -> !p.startsWith("## ")).toList();
            assertTrue(paras.size() >= 8 && paras.size() <= 25, "paragraphs " + paras.size());
            for (String p : paras) {
                List<String> ss = sentences(p);
                assertTrue(ss.size() >= 1 && ss.size() <= 3, "sentences per paragraph: " + p);
                for (String s : ss) {
                    int w = s.split(" ").length;
                    assertTrue(w >= 15 && w <= 45, w + " words: " + s);
                    words += w;
                    sentences++;
                }
            }
        }
        double mean = (double) words / sentences;
        assertTrue(mean > 22 && mean < 28, "mean sentence length " + mean);
    }

    private static List<String> sentences(String paragraph) {
        return Arrays.asList(paragraph.split("(?<=[.!?][”\"]?)\\s+(?=[“\"A-Z])"));
    }

    @Test
    void rawTextContainsWhatTheLabelsSay() {
        for (GeneratedArticle a : corpus) {
            String raw = collapse(a.rawText());
            for (String p : a.body()) {
                String text = p.startsWith("## ") ? p.substring(3) : p;
                assertTrue(raw.contains(text), a.fileName() + " lacks paragraph: " + text);
                assertEquals(p, p.strip());
                assertFalse(p.contains("  ") || p.contains("\n") || p.contains("\u00A0"), p);
            }
            assertTrue(raw.contains(a.headline()), a.headline());
            if (!a.dateline().isEmpty()) {
                assertTrue(raw.contains(a.dateline()), a.fileName() + " dateline " + a.dateline());
            }
            if (!a.credit().isEmpty()) {
                assertTrue(raw.contains("Source: " + a.credit()) || raw.contains("(" + tag(a.credit()) + ")"),
                        a.fileName() + " credit " + a.credit());
            }
            if (!a.byline().isEmpty()) {
                assertTrue(a.rawText().contains("By " + a.byline()), a.fileName());
            }
            assertFalse(a.rawText().contains("\r"));
            assertFalse(a.rawText().chars().anyMatch(ch -> ch >= 0x80 && ch < 0xA0), "no placeholder chars left");
        }
    }

    /** How an agency is tagged in a lead: "Associated Press" -> "AP". */
    private static String tag(String credit) {
        for (String[] agency : Vocabulary.AGENCIES) {
            if (agency[0].equals(credit)) {
                return agency[1];
            }
        }
        throw new AssertionError("not a canonical agency: " + credit);
    }

    private static String collapse(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void stylesShowTheirChrome() {
        Map<String, List<GeneratedArticle>> byStyle = corpus.stream()
                .collect(Collectors.groupingBy(GeneratedArticle::style));
        assertTrue(any(byStyle.get("daily"), a -> a.rawText().contains("\n\nLeave a Comment")
                && a.rawText().matches("(?s).*\\d+ \\+ \\d+ =\\n?$")));
        assertTrue(any(byStyle.get("daily"), a -> a.rawText().matches("(?s)^[^\\n]+\\n\\n[A-Z][a-z]+ \\d{1,2}, \\d{4} - \\d\\d:\\d\\d\\n\\n[A-Z ]+ ?[–—-].*")));
        assertTrue(any(byStyle.get("kicker_bio"), a -> a.rawText().contains("\n\nRecent Posts\n\n")
                && a.rawText().contains(" ago") && a.rawText().contains("…") && a.rawText().contains("Editorial Staff")));
        assertTrue(byStyle.get("agency_tag").stream().allMatch(a -> a.headline().isEmpty() && a.date() == null));
        assertTrue(any(byStyle.get("agency_tag"), a -> a.rawText().matches("(?s)^[A-Z][a-z]+ \\(IP\\)- .*")
                && a.rawText().contains("Related News:")));
        assertTrue(any(byStyle.get("wire"), a -> a.rawText().matches("(?s).*[A-Z]+, [A-Z][a-z]{2} \\d{1,2} \\(Reuters\\) - .*")
                && a.rawText().contains("Reporting by ") && a.rawText().contains("\n\nBy ")));
        assertTrue(any(byStyle.get("published_on"), a -> a.rawText().contains("\nPublished On ")
                && a.rawText().contains("\nUpdated: ")));
        assertTrue(any(byStyle.get("portal"), a -> a.rawText().contains("All rights reserved.")
                && a.rawText().contains("You may also like")));
        assertTrue(any(corpus, a -> a.rawText().contains("\nSource: ")), "credit lines on copies");
        assertTrue(any(corpus, a -> a.date() instanceof LocalDate), "date-only styles");
        assertTrue(any(corpus, a -> a.date() instanceof LocalDateTime), "date-time styles");
    }

    private static boolean any(List<GeneratedArticle> l, java.util.function.Predicate<GeneratedArticle> p) {
        return l != null && l.stream().anyMatch(p);
    }

    // ------------------------------------------------------------------ difficulty

    @Test
    void copiesShareTheirTextSameStoryReportsAndHardNegativesDoNot() {
        List<Double> copies = new ArrayList<>();
        List<Double> reports = new ArrayList<>();
        List<Double> hard = new ArrayList<>();
        Map<String, GeneratedArticle> originals = new HashMap<>();
        for (GeneratedArticle a : corpus) {
            if (a.kind() == Kind.ORIGINAL) {
                originals.put(a.storyId(), a);
            }
        }
        for (GeneratedArticle a : corpus) {
            if (a.kind() == Kind.SYNDICATED_COPY) {
                copies.add(containment(a, byFile.get(a.copyOf())));
            } else if (a.kind() == Kind.SAME_STORY_REPORT) {
                reports.add(containment(a, originals.get(a.storyId())));
            }
        }
        for (LabelledPair p : new CorpusGenerator(42).pairs(corpus)) {
            if (p.hardNegative()) {
                hard.add(containment(p.a(), p.b()));
            }
        }
        double copyMedian = median(copies);
        double reportMedian = median(reports);
        assertTrue(copyMedian > 0.6, "copies keep most of the text: " + copyMedian);
        assertTrue(reportMedian < 0.25, "reports are other texts: " + reportMedian);
        assertTrue(!hard.isEmpty() && median(hard) < 0.25, "hard negatives are other texts: " + median(hard));
    }

    /** Share of a's 5-word shingles found in b. */
    private static double containment(GeneratedArticle a, GeneratedArticle b) {
        Set<String> sa = shingles(a);
        Set<String> sb = shingles(b);
        if (sa.isEmpty()) {
            return 0;
        }
        long in = sa.stream().filter(sb::contains).count();
        return (double) in / sa.size();
    }

    private static Set<String> shingles(GeneratedArticle a) {
        String[] w = String.join(" ", a.body()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim()
                .split("\\s+");
        Set<String> s = new HashSet<>();
        for (int i = 0; i + 5 <= w.length; i++) {
            s.add(String.join(" ", Arrays.copyOfRange(w, i, i + 5)));
        }
        return s;
    }

    private static double median(List<Double> l) {
        List<Double> s = new ArrayList<>(l);
        s.sort(null);
        return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
    }

    @Test
    void copiesCarryTheListedEdits() {
        int newHeadline = 0;
        int trimmed = 0;
        int changedSentences = 0;
        int differentLead = 0;
        int copies = 0;
        for (GeneratedArticle a : corpus) {
            if (a.kind() != Kind.SYNDICATED_COPY) {
                continue;
            }
            copies++;
            GeneratedArticle src = byFile.get(a.copyOf());
            if (!a.headline().isEmpty() && !src.headline().isEmpty()
                    && !a.headline().equalsIgnoreCase(src.headline())) {
                newHeadline++;
            }
            if (a.body().size() < src.body().size() - 1) {
                trimmed++;
            }
            Set<String> srcParas = new HashSet<>();
            for (String p : src.body()) {
                srcParas.add(straight(p));
            }
            if (a.body().stream().anyMatch(p -> !srcParas.contains(straight(p)))) {
                changedSentences++;
            }
            if (!a.dateline().equals(src.dateline()) || !a.credit().equals(src.credit())) {
                differentLead++;
            }
        }
        assertTrue(copies > 100);
        assertTrue(newHeadline > copies / 4, "new headlines " + newHeadline + "/" + copies);
        assertTrue(trimmed > copies / 5, "trimmed " + trimmed + "/" + copies);
        assertTrue(changedSentences > copies / 4, "edited paragraphs " + changedSentences + "/" + copies);
        assertTrue(differentLead > copies / 4, "other dateline/credit " + differentLead + "/" + copies);
    }

    private static String straight(String s) {
        return s.replace('’', '\'').replace('“', '"').replace('”', '"');
    }

    @Test
    void eventsShareTheirPeople() {
        Map<List<String>, Set<String>> storiesByPeople = new HashMap<>();
        Map<String, Integer> personStories = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (GeneratedArticle a : corpus) {
            List<String> key = new ArrayList<>(a.keyPeople());
            key.sort(null);
            storiesByPeople.computeIfAbsent(key, k -> new HashSet<>()).add(a.storyId());
            if (seen.add(a.storyId())) {
                for (String p : a.keyPeople()) {
                    personStories.merge(p, 1, Integer::sum);
                }
            }
        }
        long castsWithSeveralStories = storiesByPeople.values().stream().filter(s -> s.size() > 1).count();
        assertTrue(castsWithSeveralStories > 20, "hard-negative casts: " + castsWithSeveralStories);
        int top = personStories.values().stream().max(Integer::compare).orElse(0);
        assertTrue(top > seen.size() / 10, "a few leaders appear everywhere: top person in " + top + "/"
                + seen.size() + " stories");
    }

    @Test
    void vocabularyIsZipfLike() {
        Map<String, Integer> freq = new HashMap<>();
        for (GeneratedArticle a : corpus.subList(0, 500)) {
            for (String w : String.join(" ", a.body()).toLowerCase(Locale.ROOT).split("[^a-z’'-]+")) {
                if (!w.isEmpty()) {
                    freq.merge(w, 1, Integer::sum);
                }
            }
        }
        List<Integer> counts = freq.values().stream().sorted((x, y) -> y - x).toList();
        assertEquals("the", freq.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        assertTrue(counts.size() > 700, "vocabulary " + counts.size());
        double r1to10 = (double) counts.get(0) / counts.get(9);
        double r10to100 = (double) counts.get(9) / counts.get(99);
        assertTrue(r1to10 > 3 && r1to10 < 30, "f(1)/f(10) " + r1to10);
        assertTrue(r10to100 > 3 && r10to100 < 30, "f(10)/f(100) " + r10to100);
        long hapax = counts.stream().filter(c -> c <= 2).count();
        assertTrue(hapax > 20, "a long tail of rare words: " + hapax);
    }

    // ------------------------------------------------------------------ pairs

    @Test
    void pairsAreLabelledConsistentlyAndDeterministically() {
        CorpusGenerator g = new CorpusGenerator(42);
        List<LabelledPair> pairs = g.pairs(corpus);
        assertEquals(pairs, new CorpusGenerator(42).pairs(corpus));
        // the lazy corpus and a pinned copy give the same pairs
        assertEquals(pairs, g.pairs(g.generate(N, OUTLETS)));
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        int hard = 0;
        for (LabelledPair p : pairs) {
            counts.merge(p.relation(), 1, Integer::sum);
            assertNotEquals(p.a().fileName(), p.b().fileName());
            Relation expected = !p.a().storyId().equals(p.b().storyId()) ? Relation.DIFFERENT
                    : p.a().textFamily().equals(p.b().textFamily()) ? Relation.SYNDICATED_COPY : Relation.SAME_STORY;
            assertEquals(expected, p.relation(), p.a().fileName() + " / " + p.b().fileName());
            if (p.hardNegative()) {
                hard++;
                assertEquals(Relation.DIFFERENT, p.relation());
                assertEquals(new HashSet<>(p.a().keyPeople()), new HashSet<>(p.b().keyPeople()));
            }
        }
        for (Relation r : Relation.values()) {
            assertTrue(counts.getOrDefault(r, 0) > 50, r + ": " + counts);
        }
        assertTrue(hard > counts.get(Relation.DIFFERENT) / 5, "hard negatives " + hard + " of " + counts);
        assertTrue(g.pairs(corpus, 10).size() <= 30);
    }
}
