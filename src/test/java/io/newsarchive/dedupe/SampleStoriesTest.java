package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import io.newsarchive.testsupport.Parsing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The five samples group exactly as the product was specified, whatever their order. */
class SampleStoriesTest {
    private static List<Article> samples() throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Parsing.article(p).withNotes(List.of()));
            }
        }
        return articles;
    }

    private static String id(String prefix, List<Article> articles) {
        return articles.stream().map(Article::id).filter(i -> i.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("000 and 001 are one story with two versions, not copies; 003, 002 and 004 stand alone")
    void samplesGroupAsSpecified() throws IOException {
        List<Article> articles = samples();
        for (long seed : new long[] {1, 2, 3}) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            shuffled.sort(java.util.Comparator.comparing(Article::id));
            List<Story> stories = new Deduper(DedupeSettings.DEFAULTS, new ForkJoinPool(1 + (int) seed % 2))
                    .group(shuffled).stories();
            Map<String, Story> byArticle = stories.stream().flatMap(s -> s.versions().stream().map(v -> Map.entry(v, s)))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Story meeting = byArticle.get(id("000", articles));
            assertEquals(List.of(id("001", articles), id("000", articles)), meeting.versions(),
                    "the dated Tehran Times report is canonical, the IFP report the second version");
            assertTrue(meeting.copyOf().isEmpty(), "two reports, not copies");
            assertEquals("2022-07-15T21:38", meeting.date().iso(), "000 takes the story's date");
            assertEquals(4, stories.size());
            for (String lone : List.of("002", "003", "004")) {
                assertEquals(1, byArticle.get(id(lone, articles)).versions().size(), lone + " stands alone");
            }
            assertFalse(byArticle.get(id("003", articles)).versions().contains(id("001", articles)));
        }
    }
}
