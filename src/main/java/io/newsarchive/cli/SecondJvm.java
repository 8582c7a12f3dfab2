package io.newsarchive.cli;

import io.newsarchive.read.InputScanner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Runs a build in a second JVM started with the flags that suit it, on a machine of two cores: HotSpot's quick
 * compiler alone from the start ({@code -XX:TieredStopAtLevel=1}), and for a rebuild also the classes that the last
 * rebuild loaded, mapped from an archive in the cache folder (class-data sharing) instead of read from the jar and
 * verified again.
 *
 * <p>Why: much of a build's CPU is the JVM's own, and a jar cannot carry JVM flags. Without them a 10,000-article
 * rebuild compiles every hot method with C1 twice (profiled, then plain once {@link QuickCompiler}'s directive keeps
 * C2 out, and C2 compiles a hundred methods before it lands) and loads some 1,600 classes from the jar. Measured on
 * two cores (docs/benchmarks.md, series 22, {@code bench/ab.sh}), with the second JVM's start included: a rebuild of
 * 10,000 articles with one changed took 0.73 of the time (2.88 s against 3.92), with nothing changed 0.80; one changed
 * in 100,000, 0.83. A rebuild whose cache another version made parses every file, with C1 alone: at 100,000 articles
 * about a tenth slower than with C2 (series 13), once after an upgrade.
 *
 * <p>A first build (no parse cache, or {@code --no-cache}) of fewer than {@link QuickCompiler#C2_PAYS_FROM} article
 * files runs there too, with the quick compiler alone and no archive. Series 23 measured it side by side with the
 * first builds before ({@code bench/ab.sh}, KIND=full), the second JVM's start included: 0.85 of the time for the five
 * sample articles, 0.76 at 1,000, 0.90 at 10,000 (the flag alone, by hand: 0.67 to 0.81). A larger first build stays
 * here, where C2 compiles the parser while it parses (it pays from about 40,000 files, series 13). The files are
 * counted before the build ({@link InputScanner#countArticleFiles}, a walk that stops at the bound).
 *
 * <p>When: only from {@code main} (never {@link Main#run}, which tests call in their own JVM); for a {@code build}
 * command line this class reads in full (any option it does not know, such as {@code --help}, and the build runs in
 * this JVM as before); on HotSpot with two cores or fewer; unless {@code -Dnewsarchive.relaunch=false} or
 * {@code -Dnewsarchive.quickCompiler=false}. The second JVM gets this one's options after its own, so the user's win,
 * and the same arguments; this one waits and exits with its code. If the second JVM cannot be started, the build
 * runs here. Neither flag changes what the build computes or writes.
 *
 * <p>The archive is named by a digest of the JDK, the JVM options and the class path (each file's size and time): a
 * new jar or JDK gets a new archive, made as that rebuild's JVM exits (once: 0.6 to 1.8 s more at 10,000 articles),
 * and the old one is deleted. One that does not fit is ignored by the JVM, silently ({@code -Xlog:cds=off}).
 */
final class SecondJvm {
    /** {@code -Dnewsarchive.relaunch=false} keeps every build in the JVM it was started in. */
    static final String PROPERTY = "newsarchive.relaunch";
    /**
     * Set in the second JVM, so that it never starts a third and {@code --timings} can say where it ran: to
     * {@code used} when it maps the archive, {@code made} when it makes it, {@code quick} when there is none (a class
     * folder on the class path), {@code first} for a first build.
     */
    static final String CHILD_PROPERTY = "newsarchive.relaunched";
    /** Where the second JVM writes its exit code when it makes or maps an archive (see {@link #tellParent}). */
    static final String EXIT_PROPERTY = "newsarchive.relaunched.exitFile";
    static final String ARCHIVE_PREFIX = "jvm-classes-";
    static final String ARCHIVE_SUFFIX = ".jsa";

    /** BuildCommand's options that take a value, and those that do not (SecondJvmTest keeps them in step). */
    static final Set<String> VALUE_OPTIONS = Set.of("-i", "--input", "-o", "--output", "-t", "--templates",
            "--title", "--base-url", "--outlets", "--manifest", "--page-size", "--catalog-body", "--threads",
            "--csv-columns", "--cache", "--progress");
    static final Set<String> FLAG_OPTIONS = Set.of("--explain-stories", "--no-cache", "--timings", "-q", "--quiet");

    private SecondJvm() {
    }

    /** True in the second JVM. */
    static boolean isChild() {
        return !System.getProperty(CHILD_PROPERTY, "").isEmpty();
    }

    /** What {@code --timings} prints in the second JVM, or empty in any other. */
    static Optional<String> note() {
        return switch (System.getProperty(CHILD_PROPERTY, "")) {
            case "" -> Optional.empty();
            case "first" -> Optional.of("Ran in a second JVM with the quick compiler only: a first build of fewer than "
                    + String.format(Locale.ROOT, "%,d", QuickCompiler.C2_PAYS_FROM)
                    + " files (see README, \"Large archives\").");
            case "used" -> Optional.of("Ran in a second JVM made for rebuilds: quick compiler only, classes mapped "
                    + "from the archive in the cache folder (see README, \"Large archives\").");
            default -> Optional.of("Ran in a second JVM made for rebuilds: quick compiler only "
                    + "(see README, \"Large archives\").");
        };
    }

    /** Runs the build in a second JVM when that suits it: its exit code, or empty to run the build in this one. */
    static OptionalInt run(String[] args) {
        if (isChild() || "false".equalsIgnoreCase(System.getProperty(PROPERTY, ""))
                || !QuickCompiler.wantedForRebuild(Runtime.getRuntime().availableProcessors())
                || !isHotSpot(System.getProperty("java.vm.name", ""))) {
            return OptionalInt.empty();
        }
        Optional<BuildLine> line = buildLine(args);
        if (line.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<Path> cache = line.get().cache().filter(ArchiveBuild::hasParseCache);
        if (cache.isEmpty() && !fewFiles(line.get().input(), QuickCompiler.C2_PAYS_FROM)) {
            return OptionalInt.empty(); // a large first build: C2 pays while it parses (QuickCompiler)
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (self.command().isEmpty() || self.arguments().isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> launch = List.of(self.arguments().get());
        Optional<List<String>> jvmOptions = jvmOptions(launch, args);
        if (jvmOptions.isEmpty()) {
            return OptionalInt.empty();
        }
        if (cache.isEmpty()) {
            return start(command(self.command().get(), firstBuildFlags(), jvmOptions.get(), args), null);
        }
        Path archive = cache.get().resolve(archiveName(jvmOptions.get()));
        String temp = archive.getFileName() + "." + ProcessHandle.current().pid();
        Path dump = cache.get().resolve(temp + ".tmp");
        Path exitFile = cache.get().resolve(temp + ".exit");
        // HotSpot archives classes from jars only: a class folder on the path stops the JVM at its start
        boolean archived = classPathIsJars(System.getProperty("java.class.path", ""))
                && Files.isWritable(cache.get());
        OptionalInt code = start(command(self.command().get(), flags(archived, archive, dump, exitFile),
                jvmOptions.get(), args), exitFile);
        code.ifPresent(c -> keepArchive(dump, archive, c));
        return code;
    }

    /**
     * Starts the second JVM and waits for it: its exit code (from {@code exitFile} when given, see {@link
     * #exitCode}), or empty when it cannot be started and the build is to run here.
     */
    private static OptionalInt start(List<String> command, Path exitFile) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // no second JVM: the build runs here, as it would without this class
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy)); // stopped with this one (a timeout's TERM)
        try {
            int code = child.waitFor();
            return OptionalInt.of(exitFile == null ? code : exitCode(code, exitFile));
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(ExitCodes.FAILED);
        }
    }

    /**
     * True when the input folder holds fewer than {@code bound} article files, so that the quick compiler alone
     * suits a first build of it; false for a folder that is not there or cannot be walked (the build reports it).
     */
    static boolean fewFiles(Path input, int bound) {
        try {
            return Files.isDirectory(input) && InputScanner.countArticleFiles(input, bound) < bound;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * In the second JVM: writes the build's exit code where its parent reads it, because a class archive that cannot
     * be written as the JVM exits (a full disk) makes the JVM exit with 1 whatever the build said.
     */
    static void tellParent(int code) {
        String file = System.getProperty(EXIT_PROPERTY, "");
        if (!file.isEmpty()) {
            try {
                Files.writeString(Path.of(file), Integer.toString(code));
            } catch (IOException | RuntimeException e) {
                // the parent takes the process's exit code, as without this file
            }
        }
    }

    /** The build's exit code: the one the second JVM wrote, else its process's (stopped before it wrote one). */
    static int exitCode(int processCode, Path exitFile) {
        try {
            return Integer.parseInt(Files.readString(exitFile).strip());
        } catch (IOException | RuntimeException e) {
            return processCode;
        } finally {
            try {
                Files.deleteIfExists(exitFile);
            } catch (IOException ignored) {
                // a file of one digit left in the cache folder harms nothing
            }
        }
    }

    /** True when every class path entry is a file (a jar), as HotSpot needs to archive classes. */
    static boolean classPathIsJars(String classPath) {
        if (classPath.isEmpty()) {
            return false;
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            try {
                if (!Files.isRegularFile(Path.of(entry))) {
                    return false;
                }
            } catch (InvalidPathException e) {
                return false;
            }
        }
        return true;
    }

    /** HotSpot (OpenJDK's VM, whatever the vendor) takes the flags; another VM may not, so it is left alone. */
    static boolean isHotSpot(String vmName) {
        return (vmName.contains("HotSpot") || vmName.contains("OpenJDK")) && !vmName.contains("OpenJ9");
    }

    /** A build command line as this class reads it: its input folder, and its cache folder unless the cache is off. */
    record BuildLine(Path input, Optional<Path> cache) {
    }

    /**
     * The input and cache folders of a {@code build} command line, as BuildCommand works them out; empty for any
     * other command line, or one with an option or a form this class does not read (there the build runs in this
     * JVM, and picocli reads the command line as always).
     */
    static Optional<BuildLine> buildLine(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        String input = BuildOptions.DEFAULT_INPUT;
        String output = BuildOptions.DEFAULT_OUTPUT;
        String cache = null;
        boolean noCache = false;
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (value == null && FLAG_OPTIONS.contains(name)) {
                noCache |= name.equals("--no-cache");
                continue;
            }
            if (!VALUE_OPTIONS.contains(name)) {
                return Optional.empty();
            }
            if (value == null) {
                if (i + 1 == args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty(); // picocli tells a missing value from a value that looks like an option
                }
                value = args[++i];
            }
            switch (name) {
                case "-i", "--input" -> input = value;
                case "-o", "--output" -> output = value;
                case "--cache" -> cache = value;
                default -> {
                }
            }
        }
        try {
            Optional<Path> cacheFolder = noCache ? Optional.empty()
                    : Optional.of(BuildOptions.cacheFolder(Path.of(output), cache == null ? null : Path.of(cache)));
            return Optional.of(new BuildLine(Path.of(input), cacheFolder));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * What this JVM was started with before the arguments {@code main} got: its options and its jar or main class.
     * Empty when the command line does not end with those arguments (an @argfile, say).
     */
    static Optional<List<String>> jvmOptions(List<String> launch, String[] args) {
        int jvm = launch.size() - args.length;
        if (jvm < 1 || !launch.subList(jvm, launch.size()).equals(List.of(args))) {
            return Optional.empty();
        }
        return Optional.of(launch.subList(0, jvm));
    }

    /** The second JVM's command line: java, our flags, then this JVM's options (so the user's win), the arguments. */
    static List<String> command(String java, List<String> flags, List<String> jvmOptions, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        command.addAll(jvmOptions);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * What every second JVM is started with: C1 alone, no quick-compiler directive (C2 is off already: the directive
     * would only load the management classes), and never a third JVM.
     */
    private static List<String> quickCompilerFlags() {
        return List.of("-XX:TieredStopAtLevel=1", "-D" + QuickCompiler.PROPERTY + "=false", "-D" + PROPERTY + "=false");
    }

    /** A rebuild's second JVM, its flags before the user's: the archive is used when there, made at exit otherwise. */
    static List<String> flags(boolean archived, Path archive, Path dump, Path exitFile) {
        List<String> flags = new ArrayList<>(quickCompilerFlags());
        flags.add("-D" + EXIT_PROPERTY + "=" + exitFile);
        String mode = "quick";
        if (archived) {
            mode = Files.isRegularFile(archive) ? "used" : "made";
            flags.add(mode.equals("used") ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dump);
            flags.add("-Xlog:cds=off");
            flags.add("-Xlog:cds+dynamic=off");
        }
        flags.add("-D" + CHILD_PROPERTY + "=" + mode);
        return flags;
    }

    /** A first build's second JVM: the quick compiler alone, and no archive (its classes are not a rebuild's). */
    static List<String> firstBuildFlags() {
        List<String> flags = new ArrayList<>(quickCompilerFlags());
        flags.add("-D" + CHILD_PROPERTY + "=first");
        return flags;
    }

    /**
     * The archive's file name: a digest of the JDK, the JVM options but logging and properties, and each class path
     * entry's size and time.
     */
    static String archiveName(List<String> jvmOptions) {
        StringBuilder key = new StringBuilder();
        key.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version"));
        for (String option : jvmOptions) {
            // a log file or a system property has no bearing on the archive: a harness that logs each run to its
            // own file would otherwise make a new archive every run and never use one
            if (!option.startsWith("-Xlog") && !option.startsWith("-D")) {
                key.append('\n').append(option);
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            key.append('\n').append(entry);
            try {
                BasicFileAttributes file = Files.readAttributes(Path.of(entry), BasicFileAttributes.class);
                key.append(' ').append(file.size()).append(' ').append(file.lastModifiedTime().toMillis());
            } catch (IOException | InvalidPathException e) {
                key.append(" -");
            }
        }
        long[] h = MurmurHash3.hash128x64(key.toString().getBytes(StandardCharsets.UTF_8));
        return ARCHIVE_PREFIX + HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]) + ARCHIVE_SUFFIX;
    }

    /**
     * After the second JVM: an archive it made becomes the one used (the older ones, ours, are deleted); one that a
     * JVM stopped by a signal may have cut short is not kept.
     */
    static void keepArchive(Path dump, Path archive, int exitCode) {
        try {
            if (!Files.isRegularFile(dump)) {
                return;
            }
            if (exitCode < 0 || exitCode > ExitCodes.FAILED || Files.size(dump) == 0) {
                Files.deleteIfExists(dump);
                return;
            }
            Files.move(dump, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(),
                    ARCHIVE_PREFIX + "*" + ARCHIVE_SUFFIX)) {
                for (Path p : old) {
                    if (!p.getFileName().equals(archive.getFileName())) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(dump); // the next rebuild makes it again
            } catch (IOException ignored) {
                // a temporary file left in the cache folder harms nothing
            }
        }
    }
}
