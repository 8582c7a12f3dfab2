package io.newsarchive.cli;

import io.newsarchive.dedupe.Decision;
import io.newsarchive.model.Archive;
import io.newsarchive.model.InputProblem;
import io.newsarchive.write.OutputFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** What a build did, for the console summary and the exit code. */
record BuildReport(int inputFiles, Archive archive, List<Decision> decisions, Map<String, Long> timings, int pages,
                   int filesWritten,
                   int filesChanged, int filesRemoved, boolean feedsSkipped, Path output, long millis,
                   CacheUse cache, SiteSize size) {
    /**
     * GitHub Pages publishes a site of at most 1 GB, and GitHub refuses a pushed file over 100 MiB (its documented
     * limits); a site past either is told so, since it cannot be published there as it is.
     */
    static final long PAGES_SITE_LIMIT = 1_000_000_000L;
    static final long GITHUB_FILE_LIMIT = 100L * 1024 * 1024;

    /** How big the written site is, and its largest file. */
    record SiteSize(long bytes, OutputFolder.FileSize largest) {
    }

    /**
     * What the build took from the cache: parsed articles, the story grouping (or, grouping stories afresh, the last
     * build's grouping of reports into events), files kept as they were.
     */
    record CacheUse(boolean enabled, String status, int articles, boolean stories, boolean events, int files) {
    }

    long skipped() {
        return archive.problems().stream().filter(p -> p.severity() == InputProblem.Severity.SKIPPED).count();
    }

    long errors() {
        return archive.problems().stream().filter(p -> p.severity() == InputProblem.Severity.ERROR).count();
    }

    long warnings() {
        return archive.problems().stream().filter(p -> p.severity() == InputProblem.Severity.WARNING).count();
    }

    int exitCode() {
        return skipped() > 0 || errors() > 0 ? ExitCodes.SOME_INPUTS_SKIPPED : ExitCodes.OK;
    }

    void printTimings(PrintWriter out) {
        StringBuilder line = new StringBuilder("Stage times:");
        timings.forEach((stage, ms) -> line.append(String.format(Locale.ROOT, " %s %.1f s;", stage, ms / 1000.0)));
        out.println(line.substring(0, line.length() - 1) + ".");
    }

    void print(PrintWriter out, PrintWriter err, boolean quiet) {
        for (InputProblem p : archive.problems()) {
            if (p.severity() == InputProblem.Severity.SKIPPED) {
                err.println("skipped " + p.source() + ": " + p.message());
            } else if (p.severity() == InputProblem.Severity.ERROR) {
                err.println(p.source() + ": " + p.message());
            }
        }
        if (archive.articles().isEmpty()) {
            err.println("newsarchive: no articles found: the site was built, but it is empty");
        }
        for (String line : publishingLimits()) {
            err.println("newsarchive: " + line);
        }
        err.flush();
        if (quiet) {
            return;
        }
        out.printf(Locale.ROOT, "Read %d input files: %d articles, %d stories; %d skipped, %d manifest errors, "
                + "%d warnings.%n", inputFiles, archive.articles().size(), archive.stories().size(), skipped(), errors(),
                warnings());
        out.printf(Locale.ROOT, "Wrote %d pages (%d files, %d changed, %d removed) to %s in %.1f s.%n",
                pages, filesWritten, filesChanged, filesRemoved, output, millis / 1000.0);
        if (cache.enabled()) {
            out.printf(Locale.ROOT, "Cache: %d parsed articles, %s, %d files kept without rendering%s.%n",
                    cache.articles(), cache.stories() ? "the story grouping"
                            : cache.events() ? "stories grouped afresh (events as before)" : "stories grouped afresh",
                    cache.files(),
                    cache.status().isEmpty() ? "" : " (" + cache.status() + ")");
        }
        if (feedsSkipped) {
            out.println("Skipped the Atom feeds, sitemap.xml and robots.txt: they need absolute addresses; "
                    + "give --base-url to write them.");
        }
        if (skipped() > 0 || errors() > 0 || warnings() > 0) {
            out.println("See report.html in the output folder for every skipped file and warning.");
        }
    }

    /**
     * What keeps the site from GitHub Pages as it is: the site over its 1 GB, a file over GitHub's 100 MiB. Empty
     * when neither; printed even with -q, as a problem the user must act on before publishing.
     */
    List<String> publishingLimits() {
        List<String> lines = new ArrayList<>();
        if (size.bytes() > PAGES_SITE_LIMIT) {
            lines.add(String.format(Locale.ROOT, "the site is %s (%,d bytes, %,d an article): GitHub Pages "
                    + "publishes at most 1 GB", megabytes(size.bytes()), size.bytes(),
                    size.bytes() / Math.max(1, archive.articles().size())));
        }
        if (size.largest().bytes() > GITHUB_FILE_LIMIT) {
            lines.add(String.format(Locale.ROOT, "%s is %s: GitHub refuses a file over 100 MiB in a repository "
                    + "(publishing with the GitHub Pages workflow avoids that limit)", size.largest().path(),
                    megabytes(size.largest().bytes())));
        }
        if (!lines.isEmpty()) {
            lines.add("see README, \"Publishing a large archive\", for what takes the room and what to do");
        }
        return lines;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1_000_000_000L ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
