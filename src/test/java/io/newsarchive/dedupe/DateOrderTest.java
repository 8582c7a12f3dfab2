package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.model.ArticleDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateOrderTest {
    @Test
    @DisplayName("DateOrder.compare has the sign of ArticleDate.compareTo")
    void sameOrderAsArticleDate() {
        List<ArticleDate> dates = new ArrayList<>(List.of(ArticleDate.NONE, ArticleDate.of(LocalDate.MAX)));
        for (LocalDate day : List.of(LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1), LocalDate.of(2022, 7, 15),
                LocalDate.of(2022, 7, 16))) {
            dates.add(ArticleDate.of(day));
            for (LocalTime time : List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 1), LocalTime.of(21, 38),
                    LocalTime.of(23, 59))) {
                dates.add(ArticleDate.of(LocalDateTime.of(day, time)));
            }
        }
        for (ArticleDate a : dates) {
            for (ArticleDate b : dates) {
                assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(DateOrder.compare(a, b)), a + " " + b);
            }
        }
    }
}
