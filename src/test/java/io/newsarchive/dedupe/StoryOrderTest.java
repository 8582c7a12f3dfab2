package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.Story;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoryOrderTest {
    @Test
    @DisplayName("StoryOrder.sorted gives exactly the NEWEST_FIRST order, with many equal dates")
    void sortedIsNewestFirst() {
        Random random = new Random(4);
        Story[] stories = new Story[3000];
        for (int i = 0; i < stories.length; i++) {
            LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(20));
            int roll = random.nextInt(4);
            ArticleDate date = roll == 0 ? ArticleDate.NONE : roll == 1 ? ArticleDate.of(day)
                    : ArticleDate.of(LocalDateTime.of(day, java.time.LocalTime.of(random.nextInt(3) * 8, 0)));
            String id = "s" + random.nextInt(100_000);
            stories[i] = new Story(id, id, List.of(id), Map.of(), date);
        }
        List<Story> expected = new ArrayList<>(List.of(stories));
        expected.sort(StoryOrder.NEWEST_FIRST);
        assertEquals(expected, StoryOrder.sorted(stories));
    }
}
