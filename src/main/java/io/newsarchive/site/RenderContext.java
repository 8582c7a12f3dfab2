package io.newsarchive.site;

import io.newsarchive.write.OutputFolder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** What every page renderer shares: the templates, the settings, the page plan, the output folder and the pool. */
record RenderContext(Templates templates, SiteSettings settings, PagePlan plan, OutputFolder out, ForkJoinPool pool) {

    /** Renders one template to one file of the site. */
    void page(String path, String template, Map<String, Object> model) {
        out.write(path, templates.render(template, model));
    }

    /**
     * Renders each item's pages on the build's pool (so --threads holds for rendering too) and returns the paths
     * written, in the items' order whatever the thread count.
     */
    <T> List<String> inParallel(List<T> items, Function<T, List<String>> render) {
        try {
            return pool.submit(() -> items.parallelStream().map(render).flatMap(List::stream).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs a parallel stream's work on the build's pool, so --threads holds for rendering too. */
    void parallel(Runnable task) {
        try {
            pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
