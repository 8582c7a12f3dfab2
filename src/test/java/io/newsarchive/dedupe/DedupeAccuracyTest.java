package io.newsarchive.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.Slugs;
import io.newsarchive.model.Story;
import io.newsarchive.parse.ParseHints;
import io.newsarchive.parse.ParseOutcome;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import io.newsarchive.testsupport.Parsing;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Measures the dedupe stage: pairwise precision and recall of syndicated copies on a seeded generated corpus,
 * and precision of same-story grouping on the generated corpus and on the hand-written hard set
 * (src/test/resources/stories). Prints the figures.
 */
class DedupeAccuracyTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    private static Deduper.Result dedupe(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(java.util.Comparator.comparing(Article::id));
        return new Deduper(DedupeSettings.DEFAULTS, POOL).group(sorted);
    }

    /** Which story and which copy cluster each article ended up in. */
    private record Placement(Map<String, String> story, Map<String, String> copyRoot) {
        static Placement of(List<Story> stories) {
            Map<String, String> story = new HashMap<>();
            Map<String, String> copyRoot = new HashMap<>();
            for (Story s : stories) {
                for (String v : s.versions()) {
                    story.put(v, s.id());
                    copyRoot.put(v, s.copyOf().getOrDefault(v, v));
                }
            }
            return new Placement(story, copyRoot);
        }
    }

    /** Pairwise precision and recall of a predicted clustering against a true one, over all pairs. */
    static double[] pairwise(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> pred = new HashMap<>();
        Map<String, Long> real = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (String id : truth.keySet()) {
            pred.merge(predicted.get(id), 1L, Long::sum);
            real.merge(truth.get(id), 1L, Long::sum);
            both.merge(predicted.get(id) + "\u0000" + truth.get(id), 1L, Long::sum);
        }
        long tp = both.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long predPairs = pred.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long realPairs = real.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        return new double[] {predPairs == 0 ? 1 : (double) tp / predPairs, realPairs == 0 ? 1 : (double) tp / realPairs,
            tp, predPairs, realPairs};
    }

    @Test
    @DisplayName("syndicated copies on a generated corpus: pairwise precision ≥ 0.99, recall ≥ 0.97; "
            + "same-story precision ≥ 0.95")
    void generatedCorpus() {
        CorpusGenerator generator = new CorpusGenerator(4242L);
        List<GeneratedArticle> corpus = generator.generate(3000, 30);
        List<Article> articles = new ArrayList<>();
        Map<String, String> trueCopy = new HashMap<>();
        Map<String, String> trueStory = new HashMap<>();
        for (GeneratedArticle g : corpus) {
            String id = Slugs.slug(g.fileName().replace(".txt", ""));
            ParseOutcome o = Parsing.PARSER.parse(g.rawText(), new ParseHints(id, g.relativePath(), g.outletSlug()));
            if (o instanceof ParseOutcome.Parsed p) {
                articles.add(p.article());
                String family = g.copyOf().isEmpty() ? g.fileName() : g.copyOf();
                trueCopy.put(id, family);
                trueStory.put(id, g.storyId());
            }
        }
        assertTrue(articles.size() > corpus.size() * 0.99, "the generated articles parse");
        Placement placed = Placement.of(dedupe(articles).stories());
        Map<String, String> predictedCopy = new HashMap<>();
        placed.copyRoot().forEach((id, root) -> predictedCopy.put(id, placed.story().get(id) + "/" + root));
        double[] copies = pairwise(predictedCopy, trueCopy);
        double[] stories = pairwise(placed.story(), trueStory);
        System.out.printf(Locale.ROOT, "generated corpus, %d articles%n", articles.size());
        System.out.printf(Locale.ROOT, "  syndicated copies: precision %.4f recall %.4f (%d true pairs)%n",
                copies[0], copies[1], (long) copies[4]);
        System.out.printf(Locale.ROOT, "  same story:        precision %.4f recall %.4f (%d true pairs)%n",
                stories[0], stories[1], (long) stories[4]);
        assertTrue(copies[4] > 200, "the corpus has copies to find");
        assertTrue(copies[0] >= 0.99, "copy precision " + copies[0]);
        assertTrue(copies[1] >= 0.97, "copy recall " + copies[1]);
        assertTrue(stories[0] >= 0.95, "story precision " + stories[0]);
    }

    @Test
    @DisplayName("same story on the hand-written hard set: precision ≥ 0.95 over its labelled pairs")
    void hardStorySet() throws IOException {
        JsonNode json = new ObjectMapper().readTree(Path.of("src/test/resources/stories/articles.json").toFile());
        List<Article> articles = new ArrayList<>();
        for (JsonNode a : json) {
            List<BodyBlock> body = new ArrayList<>();
            for (JsonNode p : a.get("body")) {
                String t = p.asText();
                body.add(t.startsWith("## ") ? BodyBlock.crosshead(t.substring(3)) : BodyBlock.paragraph(t));
            }
            String d = a.get("date").asText();
            ArticleDate date = d.contains("T") ? ArticleDate.of(LocalDateTime.parse(d)) : ArticleDate.of(LocalDate.parse(d));
            String outlet = a.get("outlet").asText();
            articles.add(new Article(a.get("id").asText(), a.get("id").asText() + ".txt",
                    new Outlet(Slugs.slug(outlet), outlet), a.get("headline").asText(), false, "", date, "", "", "",
                    body, List.of(), "", List.of(), "", List.of()));
        }
        Deduper.Result result = dedupe(articles);
        Placement placed = Placement.of(result.stories());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> wrong = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(Path.of("src/test/resources/stories/pairs.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                boolean same = row.get("relation").equals("same_story");
                boolean predicted = placed.story().get(row.get("a")).equals(placed.story().get(row.get("b")));
                if (same && predicted) {
                    tp++;
                } else if (!same && predicted) {
                    fp++;
                    wrong.add("joined " + row.get("a") + " " + row.get("b") + " (" + row.get("why") + ")");
                } else if (same) {
                    fn++;
                } else {
                    tn++;
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "hard same-story set: %d pairs; precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)%n",
                tp + fp + fn + tn, precision, recall, tp, fp, fn, tn);
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(tp + fp + fn + tn >= 60);
        assertTrue(precision >= 0.95, "precision " + precision);
    }
}
