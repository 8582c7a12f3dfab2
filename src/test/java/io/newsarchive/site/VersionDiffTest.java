package io.newsarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a story page shows of a copy's changes: the changed words in a little context, not whole paragraphs. */
class VersionDiffTest {
    static final String LONG = "Iran and Azerbaijan agreed on Thursday to strengthen cooperation on the roadmap for "
            + "bilateral relations, Shirazi said after talks with Parviz Shahbazli in Lankaran on the border.";

    @Test
    @DisplayName("a paragraph's opening is what splitting it at spaces and joining the first twelve words gives")
    void openingAsSplit() {
        java.util.Random random = new java.util.Random(9);
        String[] pieces = {"a", "word", " ", " ", "  ", "é"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(50); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            String[] words = t.split(" ");
            String expected = words.length <= VersionDiff.OPENING_WORDS + 3 ? t
                    : String.join(" ", List.of(words).subList(0, VersionDiff.OPENING_WORDS)) + " " + VersionDiff.ELIDED;
            assertEquals(expected, VersionDiff.opening(t), "[" + t + "]");
        }
    }

    @Test
    @DisplayName("skipping the common start before the diff gives the deltas of diffing the whole texts")
    void commonStartSkipped() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 20_000; round++) {
            int alphabet = 1 + random.nextInt(4);
            List<String> a = randomWords(random, alphabet);
            List<String> b = random.nextBoolean() ? randomWords(random, alphabet) : mutate(random, a, alphabet);
            int skipped = VersionDiff.commonStart(a, b);
            String whole = com.github.difflib.DiffUtils.diff(a, b).getDeltas().stream()
                    .map(d -> d.getType() + "@" + d.getSource().getPosition() + d.getSource().getLines()
                            + "@" + d.getTarget().getPosition() + d.getTarget().getLines())
                    .collect(Collectors.joining(" "));
            String after = VersionDiff.diffAfter(skipped, a, b).stream()
                    .map(d -> d.getType() + "@" + (skipped + d.getSource().getPosition()) + d.getSource().getLines()
                            + "@" + (skipped + d.getTarget().getPosition()) + d.getTarget().getLines())
                    .collect(Collectors.joining(" "));
            assertEquals(whole, after, a + " -> " + b);
        }
    }

    @Test
    @DisplayName("the diff limited to max(a, b) edits gives up exactly when fewer than half the shorter's words are kept")
    void limitedDiff() {
        java.util.Random random = new java.util.Random(5);
        int gaveUp = 0;
        for (int round = 0; round < 20_000; round++) {
            int alphabet = 2 + random.nextInt(6);
            List<String> a = randomWords(random, alphabet);
            List<String> b = random.nextBoolean() ? randomWords(random, alphabet) : mutate(random, a, alphabet);
            List<com.github.difflib.patch.AbstractDelta<String>> whole = com.github.difflib.DiffUtils.diff(a, b)
                    .getDeltas();
            int kept = a.size() - whole.stream().mapToInt(d -> d.getSource().size()).sum();
            int skipped = VersionDiff.commonStart(a, b);
            try {
                String limited = VersionDiff.diffAfter(skipped, a, b, Math.max(a.size(), b.size())).stream()
                        .map(d -> (skipped + d.getSource().getPosition()) + "" + d.getSource().getLines()
                                + d.getTarget().getLines()).collect(Collectors.joining(" "));
                assertEquals(whole.stream().map(d -> d.getSource().getPosition() + "" + d.getSource().getLines()
                        + d.getTarget().getLines()).collect(Collectors.joining(" ")), limited);
                assertTrue(2 * kept >= Math.min(a.size(), b.size()), "went on with " + a + " -> " + b);
            } catch (VersionDiff.TooDifferent e) {
                gaveUp++;
                assertTrue(2 * kept < Math.min(a.size(), b.size()), "gave up on " + a + " -> " + b);
            }
        }
        assertTrue(gaveUp > 100, "the limit was reached " + gaveUp + " times");
    }

    private static List<String> randomWords(java.util.Random random, int alphabet) {
        return java.util.stream.IntStream.range(0, random.nextInt(9))
                .mapToObj(i -> String.valueOf((char) ('a' + random.nextInt(alphabet)))).toList();
    }

    private static List<String> mutate(java.util.Random random, List<String> words, int alphabet) {
        List<String> out = new java.util.ArrayList<>(words);
        for (int edits = random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(out.size() + 1);
            if (random.nextBoolean() || at == out.size()) {
                out.add(at, String.valueOf((char) ('a' + random.nextInt(alphabet))));
            } else {
                out.remove(at);
            }
        }
        return out;
    }

    @Test
    @DisplayName("an edited paragraph shows the changed words with four words of context each side and … between")
    void editedParagraphInContext() {
        String edited = LONG.replace("strengthen", "deepen");
        Map<String, Object> diff = VersionDiff.of(article("a", "Talks", LONG), article("b", "Talks", edited));
        assertEquals("1 edited", diff.get("edited") + " edited");
        assertEquals("… agreed on Thursday to [-strengthen-] [+deepen+] cooperation on the roadmap …",
                words(blocks(diff).get(0)));
    }

    @Test
    @DisplayName("two changes far apart keep four words after the first and before the second, … between")
    void twoChangesFarApart() {
        String edited = LONG.replace("Thursday", "Friday").replace("Lankaran", "Astara");
        Map<String, Object> diff = VersionDiff.of(article("a", "Talks", LONG), article("b", "Talks", edited));
        assertEquals("Iran and Azerbaijan agreed on [-Thursday-] [+Friday+] to strengthen cooperation on … with Parviz "
                + "Shahbazli in [-Lankaran-] [+Astara+] on the border.", words(blocks(diff).get(0)));
    }

    @Test
    @DisplayName("unchanged words between changes are kept when eliding them would save nothing")
    void shortGapsKept() {
        assertEquals("a b c d e f g h i", VersionDiff.context(List.of("a b c d e f g h i".split(" ")), true, true));
        assertEquals("a b c d … g h i j",
                VersionDiff.context(List.of("a b c d e f g h i j".split(" ")), true, true));
        assertEquals("a b c d e", VersionDiff.context(List.of("a b c d e".split(" ")), false, true));
        assertEquals("… c d e f", VersionDiff.context(List.of("a b c d e f".split(" ")), false, true));
        assertEquals("a b c d …", VersionDiff.context(List.of("a b c d e f".split(" ")), true, false));
    }

    @Test
    @DisplayName("added and cut paragraphs show their first twelve words and …; short ones show whole")
    void addedAndCutOpenings() {
        String extra = "A short paragraph stays whole.";
        Map<String, Object> diff = VersionDiff.of(article("a", "Talks", LONG, "Kept paragraph of the text."),
                article("b", "New talks", "Kept paragraph of the text.", extra));
        assertEquals(true, diff.get("headlineChanged"));
        List<Map<String, Object>> blocks = blocks(diff);
        assertEquals("cut", blocks.get(0).get("kind"));
        assertEquals("Iran and Azerbaijan agreed on Thursday to strengthen cooperation on the roadmap …",
                blocks.get(0).get("text"));
        assertEquals("same", blocks.get(1).get("kind"));
        assertEquals("added", blocks.get(2).get("kind"));
        assertEquals(extra, blocks.get(2).get("text"));
        assertEquals(1, diff.get("added"));
        assertEquals(1, diff.get("cut"));
    }

    @Test
    @DisplayName("a long run of inserted words shows its first twelve and …")
    void longInsertShortened() {
        String added = " The two sides also signed a memorandum on customs procedures and agreed to meet again in "
                + "Baku next spring.";
        Map<String, Object> diff = VersionDiff.of(article("a", "Talks", LONG), article("b", "Talks", LONG + added));
        assertEquals("… Lankaran on the border. [+The two sides also signed a memorandum on customs procedures and "
                + "agreed …+]", words(blocks(diff).get(0)));
    }

    @Test
    @DisplayName("two paragraphs sharing fewer than half the shorter one's words read as one cut and one added")
    void rewrittenParagraphIsCutAndAdded() {
        String other = "Officials in Baku said the agreement covers grain shipments through the port of Alat.";
        Map<String, Object> diff = VersionDiff.of(article("a", "Talks", LONG), article("b", "Talks", other));
        assertEquals(List.of("cut", "added"), blocks(diff).stream().map(b -> b.get("kind")).toList());
        assertEquals(0, diff.get("edited"));
        assertEquals(other, blocks(diff).get(1).get("text"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> blocks(Map<String, Object> diff) {
        return (List<Map<String, Object>>) diff.get("blocks");
    }

    /** An edited block's words as text: [-deleted-] [+inserted+]. */
    @SuppressWarnings("unchecked")
    private static String words(Map<String, Object> block) {
        return ((List<Map<String, Object>>) block.get("words")).stream().map(w -> switch (w.get("op").toString()) {
            case "delete" -> "[-" + w.get("text") + "-]";
            case "insert" -> "[+" + w.get("text") + "+]";
            default -> w.get("text").toString();
        }).collect(Collectors.joining(" "));
    }

    private static Article article(String id, String headline, String... paragraphs) {
        List<BodyBlock> body = java.util.Arrays.stream(paragraphs).map(BodyBlock::paragraph).toList();
        return new Article(id, id + ".txt", Outlet.UNKNOWN, headline, false, "", ArticleDate.NONE, "", "", "", body,
                List.of(), "", List.of(), "", List.of());
    }
}
