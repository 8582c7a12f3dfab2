package io.newsarchive.bench;

import io.newsarchive.dedupe.DedupeSettings;
import io.newsarchive.dedupe.Deduper;
import io.newsarchive.model.Article;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The dedupe stage ({@link Deduper#group}: syndicated copies, then stories) over a few thousand parsed generated
 * articles, on a pool of {@code threads} workers. One operation groups the whole set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeduperBenchmark {
    @Param({"3000"})
    public int articles;

    @Param({"1", "2"})
    public int threads;

    private List<Article> parsed;
    private ForkJoinPool pool;

    @Setup(Level.Trial)
    public void setUp() {
        parsed = BenchCorpus.parsed(articles);
        pool = new ForkJoinPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    @Benchmark
    public Deduper.Result group() {
        return new Deduper(DedupeSettings.DEFAULTS, pool).group(parsed);
    }
}
