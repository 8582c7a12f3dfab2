package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.write.OutputFolder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * What every page renderer shares: the templates, the settings, the page plan, the output folder, the pool, and
 * the archive's key (a digest of everything in the archive, or empty when unknown) that lets files made from the
 * whole archive (the catalog, the search index) be kept when it did not change; and the memo of each article's
 * search terms from the last build ({@link SearchTermsMemo#NONE} without a cache); and each article's key (a digest
 * of all it holds, or null when unknown), which a page's fingerprint takes in place of the article.
 */
record RenderContext(Templates templates, SiteSettings settings, PagePlan plan, OutputFolder out, ForkJoinPool pool,
                     String archiveKey, SearchTermsMemo searchTerms, Function<Article, byte[]> articleKeys) {

    /**
     * Renders one template to one file of the site, unless the last build rendered this file from the same model
     * (and the same templates and settings, which the output folder's records are salted with) and it is intact.
     */
    void page(String path, String template, Map<String, Object> model) {
        // without records (--no-cache) a fingerprint would never be compared: skip the walk over the model
        String fingerprint = out.keepsRecords() ? ModelFingerprint.of(template, model, articleKeys) : "";
        out.writeDerived(path, fingerprint, () -> templates.renderUtf8(template, model));
    }

    /**
     * Renders one template to one file of the site from a model that {@code model} makes from {@code inputs} alone
     * (and the templates and settings): the fingerprint is taken of the inputs, articles among them by their keys,
     * so a page kept from the last build costs no model. Without records, or without an article's key, the model is
     * made and the page goes as {@link #page(String, String, Map)}.
     */
    void pageFromInputs(String path, String template, List<Object> inputs,
                        Supplier<Map<String, Object>> model) {
        String fingerprint = out.keepsRecords() ? ModelFingerprint.ofInputs(template, inputs, articleKeys) : null;
        if (fingerprint == null) {
            page(path, template, model.get());
            return;
        }
        out.writeDerived(path, fingerprint, () -> templates.renderUtf8(template, model.get()));
    }

    /**
     * Writes a file that is not a page (a search shard) made by {@code make} from {@code inputs} alone, kept as
     * {@link #pageFromInputs} keeps a page when its inputs are as last time. {@code kind} names what is made, as a
     * template's name does for a page.
     */
    void fileFromInputs(String path, String kind, List<Object> inputs, Supplier<byte[]> make) {
        String fingerprint = out.keepsRecords() ? ModelFingerprint.ofInputs(kind, inputs, articleKeys) : null;
        if (fingerprint == null) {
            out.write(path, make.get());
            return;
        }
        out.writeDerived(path, fingerprint, make);
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
