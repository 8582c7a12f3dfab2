package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineWordCountsTest {
    private static final int[] LIMITS = {1, 4, 5, 20, 25, 26, 27, 40, 61, Integer.MAX_VALUE};

    /** Lines of 0 to 80 words, some with tabs, non-breaking and other Unicode spaces, some sharing a length. */
    private static List<String> lines(long seed) {
        Random random = new Random(seed);
        String[] gaps = {" ", " ", " ", "  ", "\t", "\u2003", " \u00a0"};
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? "" : " ");
            int words = random.nextInt(81);
            for (int w = 0; w < words; w++) {
                line.append(w == 0 ? "" : gaps[random.nextInt(gaps.length)]);
                line.append("word".repeat(1 + random.nextInt(2)));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void answersAsCountingEveryTimeWhateverWasAskedBefore() {
        List<String> lines = lines(7);
        Random random = new Random(11);
        // each line asked about several times, with limits in random order (a remembered count below, at and
        // above the kept number of words), interleaved with other lines that may take its slot
        for (int round = 0; round < 20_000; round++) {
            String line = lines.get(random.nextInt(lines.size()));
            int limit = LIMITS[random.nextInt(LIMITS.length)];
            assertEquals(Article.countWords(line, limit), LineWordCounts.upTo(line, limit),
                    () -> "limit " + limit + ": " + line.replace('\t', '→'));
            assertEquals(Article.countWords(line, Integer.MAX_VALUE), LineWordCounts.all(line));
        }
    }

    @Test
    void aLineOfMoreWordsThanKeptAnswersHigherLimitsInFull() {
        String line = "one two three four five six seven eight nine ten ".repeat(5).strip(); // 50 words
        assertEquals(20, LineWordCounts.upTo(line, 20)); // remembered as at least KEPT words
        assertEquals(LineWordCounts.KEPT, LineWordCounts.upTo(line, LineWordCounts.KEPT));
        assertEquals(40, LineWordCounts.upTo(line, 40));
        assertEquals(50, LineWordCounts.all(line));
        String shorter = "one two three four five six seven eight nine ten eleven twelve"; // 12 words
        assertEquals(5, LineWordCounts.upTo(shorter, 5));
        assertEquals(12, LineWordCounts.all(shorter)); // remembered exactly: fewer than KEPT words
    }

    @Test
    void anEqualLineThatIsAnotherStringIsCountedForItself() {
        String line = "Officials said the talks would continue next week in the capital";
        assertEquals(11, LineWordCounts.all(line));
        String other = new String(line.toCharArray()).replace("next week", "next_week");
        assertEquals(10, LineWordCounts.all(other));
        assertEquals(11, LineWordCounts.all(line));
    }
}
