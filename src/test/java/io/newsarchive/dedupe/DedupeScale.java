package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.Slugs;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * A benchmark, not a test: the dedupe stage alone on N generated articles (built straight from the generator's
 * ground truth, so parsing is not measured), three runs per N in one JVM. Prints per run the wall seconds, the
 * process CPU seconds (all threads, GC and JIT included: steadier than wall time on a shared machine), the seconds
 * of garbage-collection pauses and the 1-minute load average. Run (README, "Benchmarks"): {@code java -Xmx6g -cp target/test-classes:target/classes:CP
 * io.newsarchive.dedupe.DedupeScale 10000 100000}.
 */
public final class DedupeScale {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private DedupeScale() {
    }

    /** Time spent in garbage collection so far (pauses; G1's concurrent work is in the CPU time only). */
    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** CPU time of the whole process, or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    public static void main(String[] args) {
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            List<GeneratedArticle> corpus = new CorpusGenerator(42).generate(n, Math.max(10, n / 250));
            List<Article> articles = new ArrayList<>(n);
            for (GeneratedArticle g : corpus) {
                articles.add(article(g));
            }
            articles.sort(java.util.Comparator.comparing(Article::id));
            ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
            for (int run = 1; run <= 3; run++) {
                long c0 = cpuNanos();
                long g0 = gcMillis();
                long t0 = System.nanoTime();
                Deduper.Result result = new Deduper(DedupeSettings.DEFAULTS, pool).group(articles);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - c0) / 1e9;
                double gc = (gcMillis() - g0) / 1e3;
                System.out.printf(Locale.ROOT, "dedupe n=%d run=%d seconds=%.2f cpu=%.2f gc=%.2f load=%.2f stories=%d "
                        + "decisions=%d%n", n, run, s, cpu, gc, OS.getSystemLoadAverage(), result.stories().size(),
                        result.decisions().size());
            }
            pool.shutdown();
        }
    }

    static Article article(GeneratedArticle g) {
        List<BodyBlock> body = new ArrayList<>();
        for (String p : g.body()) {
            body.add(p.startsWith("## ") ? BodyBlock.crosshead(p.substring(3)) : BodyBlock.paragraph(p));
        }
        ArticleDate date = g.date() instanceof LocalDateTime t ? ArticleDate.of(t)
                : g.date() instanceof LocalDate d ? ArticleDate.of(d) : ArticleDate.NONE;
        String id = Slugs.slug(g.fileName().replace(".txt", ""));
        return new Article(id, g.relativePath(), new Outlet(Slugs.slug(g.outlet()), g.outlet()),
                g.headline().isEmpty() ? "untitled" : g.headline(), g.headline().isEmpty(), "", date, g.byline(),
                g.dateline(), g.credit(), body, List.of(), "", List.of(), "", List.of());
    }
}
