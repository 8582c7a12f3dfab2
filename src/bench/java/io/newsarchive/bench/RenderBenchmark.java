package io.newsarchive.bench;

import io.newsarchive.dedupe.DedupeSettings;
import io.newsarchive.dedupe.Deduper;
import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.site.SiteRenderer;
import io.newsarchive.site.SiteSettings;
import io.newsarchive.site.Templates;
import io.newsarchive.write.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Page rendering through the public API ({@link SiteRenderer#render} into an {@link OutputFolder}); the page-model
 * code is package-private, so a single page cannot be rendered alone. Two measures, on one worker thread:
 * <ul>
 *   <li>{@code oneArticleSite}: the whole site of an archive holding one article — its article page plus the fixed
 *       pages every build writes (index, 404, report, catalog, stylesheet);</li>
 *   <li>{@code perArticle}: a {@value #SITE_ARTICLES}-article archive (with its stories, index pages and catalog),
 *       reported per article.</li>
 * </ul>
 * The output folder is written once in setup; the measured renders find every file unchanged, so the score is
 * rendering plus the write-if-changed comparison, not disk writes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// the test classpath has log4j 1.x (a test library's dependency), which Freemarker would pick up; the jar has none
@Fork(jvmArgsAppend = "-Dorg.freemarker.loggerLibrary=JUL")
public class RenderBenchmark {
    static final int SITE_ARTICLES = 500;

    private ForkJoinPool pool;
    private SiteRenderer renderer;
    private Archive one;
    private Archive many;
    private Path oneDir;
    private Path manyDir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pool = new ForkJoinPool(1);
        renderer = new SiteRenderer(new Templates(Optional.empty()),
                new SiteSettings("News archive", "", Optional.empty(), SiteSettings.DEFAULT_PAGE_SIZE), pool);
        List<Article> articles = BenchCorpus.parsed(SITE_ARTICLES);
        many = archive(articles);
        // a typical article: the one with the median word count
        Article typical = articles.stream().sorted(Comparator.comparingInt(Article::wordCount).thenComparing(Article::id))
                .toList().get(articles.size() / 2);
        one = archive(List.of(typical));
        oneDir = Files.createTempDirectory("newsarchive-bench-one");
        manyDir = Files.createTempDirectory("newsarchive-bench-many");
        oneArticleSite();
        renderer.render(many, new OutputFolder(manyDir));
    }

    private Archive archive(List<Article> articles) {
        Deduper.Result grouped = new Deduper(DedupeSettings.DEFAULTS, pool).group(articles);
        return new Archive(articles, grouped.stories(), List.of());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdown();
        for (Path dir : List.of(oneDir, manyDir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Benchmark
    public SiteRenderer.Rendered oneArticleSite() throws IOException {
        return renderer.render(one, new OutputFolder(oneDir));
    }

    @Benchmark
    @OperationsPerInvocation(SITE_ARTICLES)
    public SiteRenderer.Rendered perArticle() throws IOException {
        return renderer.render(many, new OutputFolder(manyDir));
    }
}
