package io.newsarchive.cli;

import io.newsarchive.cache.ArticleKeys;
import io.newsarchive.cache.BoilerplateCache;
import io.newsarchive.cache.CatalogRowCache;
import io.newsarchive.cache.Digests;
import io.newsarchive.cache.GroupingCache;
import io.newsarchive.cache.ParseCache;
import io.newsarchive.cache.SearchTermsCache;
import io.newsarchive.cache.StoryCache;
import io.newsarchive.dedupe.DedupeSettings;
import io.newsarchive.dedupe.Deduper;
import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.InputProblem;
import io.newsarchive.model.MetadataOverride;
import io.newsarchive.model.OutletProfile;
import io.newsarchive.model.Story;
import io.newsarchive.parse.BoilerplateFilter;
import io.newsarchive.model.Outlet;
import io.newsarchive.parse.ChromeRules;
import io.newsarchive.parse.HeadlineDeriver;
import io.newsarchive.read.CsvArticleReader;
import io.newsarchive.parse.html.HtmlArticleParser;
import io.newsarchive.parse.DateParser;
import io.newsarchive.parse.OutletDirectory;
import io.newsarchive.parse.ParseHints;
import io.newsarchive.parse.ParseOutcome;
import io.newsarchive.parse.RawTextParser;
import io.newsarchive.read.ArticleIds;
import io.newsarchive.read.InputFile;
import io.newsarchive.read.InputScan;
import io.newsarchive.read.InputScanner;
import io.newsarchive.read.Manifest;
import io.newsarchive.read.ManifestReader;
import io.newsarchive.read.OutletTableReader;
import io.newsarchive.read.TextDecoder;
import io.newsarchive.site.SiteRenderer;
import io.newsarchive.site.Templates;
import io.newsarchive.write.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One build, stage by stage: scan the input folder, read and parse every file (in parallel), group stories, render
 * the site. A file that fails is reported and left out; it never stops the others.
 */
final class ArchiveBuild {
    static final String PARSE_CACHE = "parsed-articles.bin";
    static final String STORY_CACHE = "stories.bin";
    static final String GROUPING_CACHE = "grouping-memo.bin";
    static final String OUTPUT_RECORDS = "output-records.bin";
    static final String CATALOG_ROWS = "catalog-rows.bin";
    static final String BOILERPLATE = "boilerplate.bin";
    static final String SEARCH_TERMS_CACHE = "search-terms.bin";

    /** True when the cache folder holds a parse cache: the build is a rebuild. */
    static boolean hasParseCache(Path cacheDir) {
        return Files.isRegularFile(cacheDir.resolve(PARSE_CACHE));
    }

    private final BuildOptions options;
    private final Progress progress;
    /** Cache files being written on threads of their own; a build ends only when they are written. */
    private final List<CompletableFuture<Void>> background = new java.util.concurrent.CopyOnWriteArrayList<>();

    ArchiveBuild(BuildOptions options) {
        this(options, Progress.none());
    }

    ArchiveBuild(BuildOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** A build that cannot go on at all: the message is for the user. */
    static final class BuildFailure extends Exception {
        private static final long serialVersionUID = 1L;

        BuildFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One file's result: an article, or a problem, plus notes. */
    private record FileResult(Article article, InputProblem problem) {
    }

    BuildReport run() throws BuildFailure {
        long start = System.nanoTime();
        StageTimer timer = new StageTimer();
        Path input = options.input().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(input)) {
            throw new BuildFailure("input folder " + options.input() + " does not exist or is not a folder", null);
        }
        if (input.startsWith(output)) {
            throw new BuildFailure("output folder " + options.output() + " contains the input folder "
                    + options.input() + "; choose another output folder", null);
        }
        if (output.startsWith(input)) {
            throw new BuildFailure("output folder " + options.output() + " is inside the input folder "
                    + options.input() + "; choose a folder outside it", null);
        }
        ForkJoinPool pool = new ForkJoinPool(options.threads(), ForkJoinPool.defaultForkJoinWorkerThreadFactory,
                ArchiveBuild::workerDied, false);
        try {
            // making the parsers (their rules compiled, the outlet table read and indexed) takes a third of a second
            // of one core. A first build begins it on its own thread while the folder is scanned; a rebuild makes
            // them only when a file is not in its cache, so one with nothing changed never does. A table of the
            // user's is read at once, so a bad one stops the build.
            Optional<List<OutletProfile>> userOutlets = options.outlets().isPresent() ? Optional.of(loadOutlets())
                    : Optional.empty();
            Lazy<Parsers> parsers = new Lazy<>(() -> Parsers.of(userOutlets));

            Path manifestFile = options.manifest().map(p -> p.toAbsolutePath().normalize())
                    .orElse(input.resolve(BuildOptions.DEFAULT_MANIFEST));
            String manifestName = manifestFile.startsWith(input)
                    ? input.relativize(manifestFile).toString().replace('\\', '/') : manifestFile.toString();
            Optional<Path> cacheDir = options.cache().map(p -> p.toAbsolutePath().normalize());
            // on two cores, HotSpot's optimising compiler pays only while many files are parsed (QuickCompiler says
            // when and why): a rebuild (its parse cache is there) asks for the quick one alone at once, on its own
            // thread, as the management classes take a fifth of a second to load
            int cores = Runtime.getRuntime().availableProcessors();
            boolean rebuild = cacheDir.map(ArchiveBuild::hasParseCache).orElse(false);
            if (rebuild && QuickCompiler.wantedForRebuild(cores)) {
                onOwnThread(QuickCompiler::applyOnce);
            }
            if (!rebuild) {
                onOwnThread(() -> {
                    try {
                        parsers.get();
                    } catch (RuntimeException e) {
                        // made again, and the failure reported, by the first file that needs them
                    }
                });
            }
            // the cache is read while the input folder is scanned: neither needs the other
            CompletableFuture<ParseCache> cacheLoaded = cacheDir.isEmpty()
                    ? CompletableFuture.completedFuture(ParseCache.empty())
                    : CompletableFuture.supplyAsync(() -> ParseCache.load(cacheDir.get().resolve(PARSE_CACHE),
                            parseKey(manifestFile), pool), ArchiveBuild::onOwnThread);
            // the grouping's memo too: it is needed only once the articles are parsed
            String groupingKey = GroupingCache.key(DedupeSettings.DEFAULTS.toString());
            CompletableFuture<GroupingCache> groupingLoaded = cacheDir.isEmpty()
                    ? CompletableFuture.completedFuture(GroupingCache.empty(groupingKey))
                    : CompletableFuture.supplyAsync(() -> GroupingCache.load(cacheDir.get().resolve(GROUPING_CACHE),
                            groupingKey), ArchiveBuild::onOwnThread);
            InputScan scan = new InputScanner(Set.of(manifestName)).scan(input);
            Manifest manifest = Manifest.EMPTY;
            if (Files.isRegularFile(manifestFile)) {
                manifest = ManifestReader.read(manifestFile, manifestName,
                        scan.files().stream().map(InputFile::source).collect(Collectors.toSet()));
            } else if (options.manifest().isPresent()) {
                throw new BuildFailure("manifest " + options.manifest().get() + " does not exist", null);
            }
            Manifest overrides = manifest;
            ParseCache parseCache; // a cache that cannot be read is ignored, so only an Error (out of memory) is thrown
            try {
                parseCache = cacheLoaded.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new BuildFailure("cannot read the build cache: " + e.getCause(), e.getCause());
            }
            Map<String, String> ids = ArticleIds.assign(scan.files().stream().map(InputFile::source).toList());
            if (!rebuild && QuickCompiler.wantedBeforeParsing(scan.files().size(), cores)) {
                onOwnThread(QuickCompiler::applyOnce); // a small archive: parsing it does not repay C2 either
            }
            timer.lap("scan");
            AtomicLong parsed = new AtomicLong();
            progress.stage("read and parse", scan.files().size(), parsed::get);
            List<FileResult> results = pool.submit(() -> scan.files().parallelStream()
                    .map(f -> {
                        FileResult r = readCached(f, ids.get(f.source()), overrides.forSource(f.source()), parsers,
                                parseCache);
                        parsed.incrementAndGet();
                        return r;
                    })
                    .toList()).get();

            List<Article> articles = new ArrayList<>();
            List<InputProblem> tableProblems = new ArrayList<>();
            for (FileResult r : results) {
                if (r.article() != null) {
                    articles.add(r.article());
                }
            }
            if (parsers.madeYet()) {
                ChromeRules.bundled().forgetJudgedLines();
            }
            // the parse cache holds only what parsing found, so it is written now, beside the later stages, on a
            // thread of its own: written at the end, it was most of a rebuild's last two seconds
            CompletableFuture<Void> parseCacheSaved = cacheDir.isEmpty() ? CompletableFuture.completedFuture(null)
                    : inBackground(() -> parseCache.save(cacheDir.get().resolve(PARSE_CACHE), pool));
            readTables(scan, parsers, articles, tableProblems);
            List<InputProblem> problems;
            articles.sort(Comparator.comparing(Article::id));
            timer.lap("read and parse");
            if (QuickCompiler.wantedAfterParsing(cores)) {
                onOwnThread(QuickCompiler::applyOnce); // what follows runs too briefly per method to repay C2
            }
            // the template engine is set up beside the grouping, which does not need it: loading its classes took
            // 0.15 s of a one-change rebuild, one step after the other
            CompletableFuture<Templates> templatesMade = CompletableFuture.supplyAsync(() -> {
                try {
                    return new Templates(options.templates());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, ArchiveBuild::onOwnThread);
            // everything after parsing follows from the parsed articles: one digest of them keys the caches
            CompletableFuture<Void> boilerplateSaved = CompletableFuture.completedFuture(null);
            String archiveKey = cacheDir.isEmpty() ? "" : StoryCache.key(articles,
                    a -> parseCache.digest(a.source(), a), DedupeSettings.DEFAULTS.toString(), pool);
            if (cacheDir.isEmpty()) {
                articles = new ArrayList<>(BoilerplateFilter.apply(articles, pool));
            } else {
                BoilerplateCache learned = BoilerplateCache.load(cacheDir.get().resolve(BOILERPLATE),
                        a -> parseCache.digest(a.source(), a));
                articles = new ArrayList<>(BoilerplateFilter.apply(articles, pool, learned));
                boilerplateSaved = inBackground(() -> learned.save(cacheDir.get().resolve(BOILERPLATE)));
            }
            timer.lap("boilerplate");
            // the key of each article as the later stages see it, worked out only when a stage asks (a rebuild with
            // nothing changed never does)
            List<Article> filtered = articles;
            Lazy<ArticleKeys> articleKeys = new Lazy<>(() -> ArticleKeys.of(filtered,
                    a -> parseCache.digest(a.source(), a), pool));
            problems = new ArrayList<>(scan.problems());
            problems.addAll(manifest.problems());
            problems.addAll(tableProblems);
            for (FileResult r : results) {
                if (r.article() == null) {
                    problems.add(r.problem());
                }
            }
            for (Article a : articles) {
                for (String note : a.notes()) {
                    problems.add(InputProblem.warning(a.source(), note));
                }
            }
            if (scan.files().isEmpty() && scan.tables().isEmpty()) {
                problems.add(InputProblem.warning(options.input().toString(),
                        "no article files (.txt) found in the input folder; the site has no articles"));
            }
            problems.sort(null);
            progress.stage("group stories", -1, articles::size);
            Deduper.Result grouped = null;
            if (cacheDir.isPresent()) {
                grouped = StoryCache.load(cacheDir.get().resolve(STORY_CACHE), archiveKey).orElse(null);
            }
            boolean storiesReused = grouped != null;
            boolean eventsReused = false;
            CompletableFuture<Void> memoSaved = CompletableFuture.completedFuture(null);
            if (grouped == null && cacheDir.isPresent()) {
                // an article that did not change keeps its shingle count and band keys, and a pair of
                // them its shared shingles: only the changed ones are worked on (the rest still spans the archive)
                GroupingCache.Memo memo = joinLoaded(groupingLoaded).memo(articleKeys.get());
                grouped = new Deduper(DedupeSettings.DEFAULTS, pool).group(articles, memo);
                eventsReused = memo.eventsRecalled();
                memoSaved = inBackground(() -> memo.save(cacheDir.get().resolve(GROUPING_CACHE)));
            } else if (grouped == null) {
                grouped = new Deduper(DedupeSettings.DEFAULTS, pool).group(articles);
            }
            timer.lap("dedupe");
            Deduper.Result groupedNow = grouped;
            CompletableFuture<Void> storiesSaved = cacheDir.isEmpty() || storiesReused
                    ? CompletableFuture.completedFuture(null)
                    : inBackground(() -> StoryCache.save(cacheDir.get().resolve(STORY_CACHE), archiveKey, groupedNow));
            List<Story> stories = grouped.stories();
            Archive archive = new Archive(articles, stories, problems);

            Templates templates = made(templatesMade);
            OutputFolder out = cacheDir.isPresent()
                    ? new OutputFolder(output, cacheDir.get().resolve(OUTPUT_RECORDS), renderKey())
                    : new OutputFolder(output);
            progress.stage("render and write files", -1, out::filesWritten);
            String siteKey = archiveKey.isEmpty() ? "" : Digests.of(archiveKey, problemsDigest(problems));
            CompletableFuture<Void> catalogRowsSaved = CompletableFuture.completedFuture(null);
            SiteRenderer.Rendered rendered = siteKey.isEmpty() ? null
                    : out.reuseAll(siteKey).map(SiteRenderer.Rendered::fromNote).orElse(null);
            CompletableFuture<Void> searchTermsSaved = CompletableFuture.completedFuture(null);
            String searchTermsStatus = "";
            if (rendered == null) {
                SiteRenderer renderer = new SiteRenderer(templates, options.site(), pool);
                if (cacheDir.isEmpty()) {
                    rendered = renderer.render(archive, archiveKey, out);
                } else {
                    // the last build's per-article work: search terms and catalog rows. The terms are read while the
                    // first pages render, not earlier: what is read is kept in memory, and held through dedupe it
                    // made the young collections copy it again and again
                    CompletableFuture<SearchTermsCache> searchTermsLoaded = CompletableFuture.supplyAsync(() ->
                            SearchTermsCache.load(cacheDir.get().resolve(SEARCH_TERMS_CACHE), SearchTermsCache.key(),
                                    pool), ArchiveBuild::onOwnThread);
                    CatalogRowCache rows = CatalogRowCache.load(cacheDir.get().resolve(CATALOG_ROWS),
                            output.resolve(io.newsarchive.site.SitePaths.CATALOG), articleKeys.get());
                    try (rows) {
                        rendered = renderer.keepingCatalogRows(rows).keyingArticles(a -> articleKeys.get().of(a))
                                .render(archive, archiveKey, out,
                                SearchTermsCache.whenLoaded(searchTermsLoaded, a -> articleKeys.get().of(a)));
                    }
                    catalogRowsSaved = inBackground(() -> rows.save(cacheDir.get().resolve(CATALOG_ROWS)));
                    searchTermsSaved = inBackground(() -> searchTermsLoaded.join()
                            .save(cacheDir.get().resolve(SEARCH_TERMS_CACHE), pool));
                    searchTermsStatus = searchTermsLoaded.join().status();
                }
                if (!siteKey.isEmpty()) {
                    out.recordAll(siteKey, rendered.note());
                }
            }
            timer.lap("render and write");
            List<String> removed = out.finish();
            awaitSaved(parseCacheSaved);
            awaitSaved(storiesSaved);
            awaitSaved(catalogRowsSaved);
            awaitSaved(boilerplateSaved);
            awaitSaved(searchTermsSaved);
            awaitSaved(memoSaved);
            cacheDir.ifPresent(ArchiveBuild::keepOutOfGit);
            timer.lap("finish");
            String cacheStatus = Stream.of(parseCache.status(), searchTermsStatus)
                    .filter(st -> !st.isEmpty()).collect(Collectors.joining("; "));
            long millis = (System.nanoTime() - start) / 1_000_000;
            int inputFiles = scan.files().size() + scan.tables().size() + (int) scan.problems().stream()
                    .filter(p -> p.severity() == InputProblem.Severity.SKIPPED).count();
            return new BuildReport(inputFiles, archive, grouped.decisions(), timer.laps(), rendered.pages(),
                    out.filesWritten(), out.filesChanged(), removed.size(), rendered.feedsSkipped(), output, millis,
                    new BuildReport.CacheUse(cacheDir.isPresent(), cacheStatus, parseCache.hits(),
                            storiesReused, eventsReused, out.filesReused()),
                    new BuildReport.SiteSize(out.siteBytes(), out.largestFile()));
        } catch (IOException e) {
            throw new BuildFailure(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure("build interrupted", e);
        } catch (ExecutionException e) {
            throw new BuildFailure(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (Templates.TemplateProblem | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BuildFailure(e.getMessage(), e);
        } finally {
            awaitBackground();
            pool.shutdown();
        }
    }

    /** A cache file read on a thread of its own; one that cannot be read is ignored, so only an Error is thrown. */
    private static <T> T joinLoaded(CompletableFuture<T> loaded) throws BuildFailure {
        try {
            return loaded.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new BuildFailure("cannot read the build cache: " + e.getCause(), e.getCause());
        }
    }

    /** What a thread of its own made; its failure is thrown as it would have been had it been made here. */
    private static <T> T joined(CompletableFuture<T> making) {
        try {
            return making.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** {@link #joined}, for a making that wrapped an IOException to cross threads: thrown as that again. */
    private static <T> T made(CompletableFuture<T> making) throws IOException {
        try {
            return joined(making);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A value worked out on first use, once. */
    private static final class Lazy<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> make;
        private T value; // guarded by this

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }

        synchronized boolean madeYet() {
            return value != null;
        }
    }

    /** A cache file's writing. */
    @FunctionalInterface
    private interface CacheWrite {
        void run() throws IOException;
    }

    /**
     * Writes a cache file on a thread of its own (not the build's pool, whose threads the next stage needs), so the
     * writing overlaps the stages after it. A failure is kept for {@link #awaitSaved}.
     */
    private CompletableFuture<Void> inBackground(CacheWrite write) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onOwnThread(() -> {
            try {
                write.run();
                done.complete(null);
            } catch (Throwable e) { // even an Error: the build waits for this future and must not wait forever
                done.completeExceptionally(e);
            }
        });
        background.add(done);
        return done;
    }

    /** Runs cache reading or writing on a new thread that does not keep the program alive. */
    private static void onOwnThread(Runnable work) {
        Thread thread = new Thread(work, "newsarchive-cache");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Leaves a .gitignore of "*" in the cache folder, as pytest does in its own: the cache (hundreds of megabytes,
     * one file over GitHub's 100 MiB, in a large archive) lies in the output folder by default, and a user who
     * commits that folder to publish it must not commit the cache. An existing file is never touched.
     */
    static void keepOutOfGit(Path cacheDir) {
        Path ignore = cacheDir.resolve(".gitignore");
        if (!Files.isDirectory(cacheDir) || Files.exists(ignore)) {
            return;
        }
        try {
            Files.writeString(ignore, "# newsarchive's build cache: not part of the site (written by newsarchive)\n*\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // a cache without it still works; only committing the output folder would take the cache along
        }
    }

    /** Waits for a cache file's writing; a failure to write it fails the build, as it did when written in line. */
    private static void awaitSaved(CompletableFuture<Void> saved) throws IOException, InterruptedException {
        try {
            saved.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the build cache: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Lets cache writing that is still under way finish when a build stops early (a template error, say), so it
     * never leaves a half-written temporary file behind; its own outcome no longer matters then.
     */
    private void awaitBackground() {
        for (CompletableFuture<Void> f : background) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException ignored) {
                // the build has failed already; that failure is the one reported
            }
        }
    }

    /**
     * Reads the CSV article tables: each row an article, outlets matched against the outlet table, ids kept unique
     * against the files' ids (a clash gets "-2", "-3" in source order).
     */
    private void readTables(InputScan scan, Lazy<Parsers> parsers, List<Article> articles,
                            List<InputProblem> problems) {
        if (scan.tables().isEmpty()) {
            return;
        }
        OutletDirectory directory = parsers.get().directory();
        DateParser dates = new DateParser();
        CsvArticleReader reader = new CsvArticleReader(options.csvColumns(),
                t -> dates.find(t).map(DateParser.Found::date), HeadlineDeriver::derive);
        java.util.Set<String> taken = new java.util.HashSet<>();
        articles.forEach(a -> taken.add(a.id()));
        for (InputFile table : scan.tables()) {
            reader.read(table.path(), table.source(), a -> {
                String id = a.id();
                for (int n = 2; !taken.add(id); n++) {
                    id = a.id() + "-" + n;
                }
                Outlet outlet = a.outlet().isUnknown() ? a.outlet()
                        : directory.byAlias(a.outlet().name()).orElse(a.outlet());
                articles.add(RawTextParser.withNotes(new Article(id, a.source(), outlet, a.headline(),
                        a.headlineDerived(), a.kicker(), a.date(), a.byline(), a.dateline(), a.credit(), a.body(),
                        a.related(), a.url(), a.notes(), a.language(), a.tags())));
            }, problems::add);
        }
    }

    /**
     * A worker that dies of an Error (out of memory, most likely) leaves the tasks it held unfinished, and the build
     * would wait for them forever: say what happened and stop with the "build failed" exit code instead.
     */
    private static void workerDied(Thread worker, Throwable e) {
        System.err.println("newsarchive: the build stopped: " + e
                + (e instanceof OutOfMemoryError ? " — give Java more memory, e.g. java -Xmx4g -jar newsarchive.jar" : ""));
        System.err.flush();
        Runtime.getRuntime().halt(ExitCodes.FAILED);
    }

    /** The bundled outlet table and the user's (--outlets). */
    private List<OutletProfile> loadOutlets() throws BuildFailure {
        try {
            return OutletTableReader.bundledPlus(options.outlets().get());
        } catch (IOException e) {
            throw new BuildFailure("cannot read outlet table " + options.outlets().get() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BuildFailure(e.getMessage(), e);
        }
    }

    /** The problems as the report page shows them: part of what the site is made from. */
    private static String problemsDigest(List<InputProblem> problems) {
        return Digests.of(problems.stream().map(p -> p.severity() + "\t" + p.source() + "\t" + p.message())
                .toArray(String[]::new));
    }

    /** What the parse of a file depends on besides its bytes: the code, the outlet table, the manifest. */
    private String parseKey(Path manifestFile) {
        try {
            return Digests.of(Digests.codeVersion(),
                    options.outlets().isPresent() ? Digests.ofFile(options.outlets().get()) : "-",
                    Digests.ofFile(manifestFile));
        } catch (IOException e) {
            return "unreadable-" + System.nanoTime(); // matches no cache: everything is parsed
        }
    }

    /** What every page depends on besides its model: the code, the templates, the site settings. */
    private String renderKey() throws IOException {
        return Digests.of(Digests.codeVersion(),
                options.templates().isPresent() ? Digests.ofFolder(options.templates().get()) : "-",
                options.site().toString());
    }

    /**
     * The cached parse of a file when its path, size, modification time and id are as when it was cached; else a
     * fresh read and parse, remembered.
     */
    private static FileResult readCached(InputFile file, String id, MetadataOverride override, Lazy<Parsers> parsers,
                                         ParseCache cache) {
        // the size and time the scan found: statting every file again was most of a rebuild's parse stage
        Article cached = cache.lookup(file.source(), file.size(), file.modifiedMillis(), id);
        if (cached != null) {
            return new FileResult(cached, null);
        }
        Parsers made = parsers.get();
        FileResult fresh = readOne(file, id, override, made.text(), made.html());
        if (fresh.article() != null) {
            cache.remember(file.source(), file.size(), file.modifiedMillis(), fresh.article());
        }
        return fresh;
    }

    /** The parsers of text and of saved pages, sharing one outlet directory. */
    private record Parsers(OutletDirectory directory, RawTextParser text, HtmlArticleParser html) {
        /** @param userOutlets the bundled table with the user's, or empty for the bundled table alone */
        static Parsers of(Optional<List<OutletProfile>> userOutlets) {
            // the chrome rules and the outlet directory are made at once, each on a core: a rebuild makes the
            // parsers when it meets its first changed file, and waited 0.22-0.30 s for them one after the other
            CompletableFuture<ChromeRules> rules = CompletableFuture.supplyAsync(ChromeRules::bundled,
                    ArchiveBuild::onOwnThread);
            OutletDirectory directory = new OutletDirectory(userOutlets.orElseGet(OutletTableReader::bundled));
            ChromeRules chrome = joined(rules); // failing to load, the bundled rules are a fault of the jar
            return new Parsers(directory, new RawTextParser(directory, chrome, new DateParser()),
                    new HtmlArticleParser(directory, chrome, new DateParser()));
        }
    }

    /** Reads, decodes and parses one file; any failure becomes a problem for the report, never an exception. */
    private static FileResult readOne(InputFile file, String id, MetadataOverride override, RawTextParser parser,
                                      HtmlArticleParser htmlParser) {
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            if (bytes.length == 0) {
                return skipped(file, "empty file; skipped");
            }
            TextDecoder.Result decoded = TextDecoder.decode(bytes);
            if (decoded instanceof TextDecoder.NotText notText) {
                return skipped(file, notText.reason() + "; skipped");
            }
            String text = ((TextDecoder.Text) decoded).text();
            if (text.isBlank()) {
                return skipped(file, "file holds only whitespace; skipped");
            }
            ParseHints hints = new ParseHints(id, file.source(), file.folder(), override);
            ParseOutcome outcome = InputScanner.HTML_EXTENSIONS.contains(file.extension())
                    ? htmlParser.parse(text, hints) : parser.parse(text, hints);
            if (outcome instanceof ParseOutcome.Rejected rejected) {
                return skipped(file, rejected.reason() + "; skipped");
            }
            return new FileResult(((ParseOutcome.Parsed) outcome).article(), null);
        } catch (IOException e) {
            return skipped(file, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); skipped");
        } catch (RuntimeException | StackOverflowError e) {
            return skipped(file, "the parser failed on this file (" + e + "); skipped — please report this");
        }
    }

    private static FileResult skipped(InputFile file, String why) {
        return new FileResult(null, InputProblem.skipped(file.source(), why));
    }
}
