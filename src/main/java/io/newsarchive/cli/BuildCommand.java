package io.newsarchive.cli;

import io.newsarchive.read.CsvColumns;
import io.newsarchive.site.Catalog;
import io.newsarchive.site.SiteSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsarchive build}: reads the input folder and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the archive site from a folder of raw articles.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input file made it into the archive",
            "1:the archive was built, but some input files were skipped or manifest rows rejected (see the report)",
            "2:the command line was wrong",
            "3:the build failed (input folder missing, output not writable, a template error)"})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, paramLabel = "DIR", defaultValue = BuildOptions.DEFAULT_INPUT,
            description = "Folder of raw articles (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = BuildOptions.DEFAULT_OUTPUT,
            description = "Folder the site is written to (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "Folder of templates that replace the bundled ones by file name.")
    Path templates;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "News archive",
            description = "The archive's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "",
            description = "Absolute URL the site is published at, e.g. https://user.github.io/archive/.")
    String baseUrl;

    @Option(names = "--outlets", paramLabel = "FILE",
            description = "CSV of extra outlets (id,name,aliases,domains,signs) added to the bundled table.")
    Path outlets;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV of per-file metadata (file,url,outlet,headline,date,byline,language,tags); "
                    + "default: manifest.csv in the input folder, when there is one.")
    Path manifest;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "" + SiteSettings.DEFAULT_PAGE_SIZE,
            description = "Stories per index page (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--catalog-body", paramLabel = "MODE", defaultValue = "full",
            description = "What the catalog articles.csv's body column holds: full (every article's text) or omit "
                    + "(left empty, the columns unchanged: the catalog shrinks to about a ninth; the pages keep the text) "
                    + "(default: ${DEFAULT-VALUE}).")
    String catalogBody;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads (default: one per core). Output is the same for any value.")
    int threads;

    @Option(names = "--csv-columns", paramLabel = "MAP",
            description = "How CSV article tables name their columns, e.g. headline=Title,body=Text,date=Published "
                    + "(default: guessed from the usual names).")
    String csvColumns;

    @Option(names = "--explain-stories",
            description = "Print every grouping decision (copy or same story) with its scores, tab-separated.")
    boolean explainStories;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder for the build cache, so a rebuild redoes only what changed (default: "
                    + BuildOptions.DEFAULT_CACHE + " inside the output folder).")
    Path cache;

    @Option(names = "--no-cache", description = "Build everything from scratch; neither read nor write the cache.")
    boolean noCache;

    @Option(names = "--timings", description = "Print the wall time of each build stage, and whether the build ran in a second JVM.")
    boolean timings;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not the summary (and no progress).")
    boolean quiet;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "Progress on stderr for builds longer than a second or two: auto (a bar on a terminal, "
                    + "a line every 5 s otherwise), bar, lines or none (default: ${DEFAULT-VALUE}).")
    String progressMode;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pageSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--page-size must be at least 1");
        }
        String base = baseUrl.strip();
        if (!base.isEmpty() && !base.matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--base-url must be an absolute http(s) URL, got: " + baseUrl);
        }
        if (!base.isEmpty() && !base.endsWith("/")) {
            base = base + "/";
        }
        Catalog.Body body = switch (catalogBody.toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> Catalog.Body.FULL;
            case "omit" -> Catalog.Body.OMIT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--catalog-body must be full or omit, got: " + catalogBody);
        };
        Map<String, String> columns;
        try {
            columns = csvColumns == null ? Map.of() : CsvColumns.parseOption(csvColumns);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--csv-columns: " + e.getMessage());
        }
        BuildOptions options = new BuildOptions(input, output, Optional.ofNullable(templates),
                Optional.ofNullable(outlets), Optional.ofNullable(manifest), new SiteSettings(title, base, Optional.ofNullable(templates), pageSize, body),
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), explainStories, columns,
                noCache ? Optional.empty() : Optional.of(BuildOptions.cacheFolder(output, cache)));
        Progress.Mode mode = switch (progressMode.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> quiet ? Progress.Mode.NONE : Progress.detect();
            case "bar" -> Progress.Mode.BAR;
            case "lines" -> Progress.Mode.LINES;
            case "none" -> Progress.Mode.NONE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--progress must be auto, bar, lines or none, got: " + progressMode);
        };
        try (Progress progress = new Progress(mode, err)) {
            BuildReport report = new ArchiveBuild(options, progress).run();
            progress.close();
            if (explainStories) {
                out.println("relation\ta\tb\tscore\tsecond\tdecision\treason");
                report.decisions().forEach(d -> out.println(d.line()));
            }
            report.print(out, err, quiet);
            if (timings) {
                report.printTimings(out);
                SecondJvm.note().ifPresent(out::println);
            }
            out.flush();
            return report.exitCode();
        } catch (ArchiveBuild.BuildFailure e) {
            err.println("newsarchive: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        } catch (OutOfMemoryError e) {
            return outOfMemory(err);
        } catch (RuntimeException e) {
            if (causedByOutOfMemory(e)) {
                return outOfMemory(err); // a worker's OutOfMemoryError, wrapped by the task that waited for it
            }
            err.println("newsarchive: internal error, the build stopped: " + e);
            e.printStackTrace(err);
            err.flush();
            return ExitCodes.FAILED;
        }
    }

    private static int outOfMemory(PrintWriter err) {
        err.println("newsarchive: the build ran out of memory — give Java more, e.g. java -Xmx4g -jar newsarchive.jar");
        err.flush();
        return ExitCodes.FAILED;
    }

    static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
