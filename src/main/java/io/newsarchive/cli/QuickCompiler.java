package io.newsarchive.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Asks HotSpot to compile with its quick compiler (C1) only, leaving out the optimising one (C2), on a machine of
 * two cores: from the start when the build parses few files (a rebuild, or a small archive), once parsing is done
 * otherwise.
 *
 * <p>Why: C2 makes faster code but compiles slowly, and on two cores its compiling takes a core from the build.
 * It pays for itself only where code runs long enough: parsing tens of thousands of files. Measured on 2 cores
 * (docs/benchmarks.md, series 12 and 13): C2 compiled for 23.8 s of CPU in a 28.8 s one-change rebuild of 100,000
 * articles, and its thread took a third of the CPU samples of a 10,000-article first build; with C1 alone a
 * 10,000-article first build took 0.64x the time, and a rebuild 0.70x. But a 100,000-article first build took 1.09x
 * with C1 alone, so a build that parses {@value #C2_PAYS_FROM} files or more keeps C2 while it parses, and asks for
 * C1 alone only for what follows (grouping, rendering): the code that parsing made hot is compiled by then.
 *
 * <p>How: a compiler directive, added through HotSpot's diagnostic command bean (what {@code jcmd
 * Compiler.directives_add} does), excluding every method from C2; a method that C2 may not compile stays with C1,
 * and code C2 has compiled already is kept. It changes how fast code runs, never what it computes (Java's
 * arithmetic is strict at every tier). The directive is global to the JVM, so it is added once per JVM. On a JVM
 * without that bean, or without java.management, nothing happens. {@code -Dnewsarchive.quickCompiler=false} turns
 * it off.
 */
final class QuickCompiler {
    static final String PROPERTY = "newsarchive.quickCompiler";
    /** The directive: every method, C2 excluded. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String BEAN = "com.sun.management:type=DiagnosticCommand";

    private QuickCompiler() {
    }

    /**
     * Files to parse from which C2 earns its compiling while they are parsed, on two cores. Series 13's first
     * builds, C1 alone against the default: 0.64x the time at 10,000 articles, the same at 40,000, 1.09x at 100,000.
     */
    static final int C2_PAYS_FROM = 40_000;
    private static final AtomicBoolean ADDED = new AtomicBoolean();

    /** True when a build should ask for C1 alone before parsing: it parses fewer files than {@link #C2_PAYS_FROM}. */
    static boolean wantedBeforeParsing(int filesToParse, int cores) {
        return filesToParse < C2_PAYS_FROM && wantedAfterParsing(cores);
    }

    /** True when a rebuild should ask for C1 alone from its start: it parses only new and changed files. */
    static boolean wantedForRebuild(int cores) {
        return wantedAfterParsing(cores);
    }

    /** True when a build should ask for C1 alone once it has parsed: two cores or fewer, not turned off. */
    static boolean wantedAfterParsing(int cores) {
        return cores <= 2 && !"false".equalsIgnoreCase(System.getProperty(PROPERTY, ""));
    }

    /** Adds the directive unless this JVM has it from an earlier call (a build run twice in one JVM, as tests do). */
    static void applyOnce() {
        if (ADDED.compareAndSet(false, true)) {
            apply();
        }
    }

    /** Adds the directive; true when HotSpot took it. Never throws: a JVM that cannot is left as it is. */
    static boolean apply() {
        Path file = null;
        try {
            file = Files.createTempFile("newsarchive-compiler", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object answer = command("compilerDirectivesAdd", file.toString());
            return String.valueOf(answer).contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (Exception ignored) {
                    // a temporary file of 40 bytes left behind harms nothing
                }
            }
        }
    }

    /** Runs one diagnostic command (as jcmd names it, in camel case) and returns what it printed. */
    static Object command(String name, String... arguments) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName(BEAN), name, new Object[] {arguments},
                new String[] {String[].class.getName()});
    }
}
