package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

/**
 * A tool, not a test: writes every story and every decision of the dedupe stage on N generated articles (the
 * corpus of {@link DedupeScale}) to a file, so two versions of the code, or two thread counts, can be compared
 * byte for byte with {@code cmp}. Run: {@code DedupeDump N THREADS OUT [SHUFFLE_SEED]}; with a shuffle seed the
 * input list is shuffled (the deduper must not care about input order).
 */
public final class DedupeDump {
    private DedupeDump() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<Article> articles = new ArrayList<>(n);
        for (GeneratedArticle g : new CorpusGenerator(42).generate(n, Math.max(10, n / 250))) {
            articles.add(DedupeScale.article(g));
        }
        if (args.length > 3) {
            Collections.shuffle(articles, new Random(Long.parseLong(args[3])));
        } else {
            articles.sort(java.util.Comparator.comparing(Article::id));
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        Deduper.Result result = new Deduper(DedupeSettings.DEFAULTS, pool).group(articles);
        pool.shutdown();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Story s : result.stories()) {
                w.print("STORY\t" + s.id() + "\t" + s.date().iso() + "\t" + String.join(",", s.versions()));
                for (Map.Entry<String, String> e : new TreeMap<>(s.copyOf()).entrySet()) { // Map.copyOf: random order
                    w.print("\t" + e.getKey() + "<" + e.getValue());
                }
                w.println();
            }
            for (Decision d : result.decisions()) {
                w.println(d.line());
            }
        }
        System.out.printf("%d stories, %d decisions -> %s%n", result.stories().size(), result.decisions().size(), out);
    }
}
