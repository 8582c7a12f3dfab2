package io.newsarchive.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Asks HotSpot to compile with its quick compiler (C1) only, leaving out the optimising one (C2), for a rebuild on
 * a machine of two cores.
 *
 * <p>Why: a rebuild runs a little of everything over every article (keys, lists, the grouping), so much code turns
 * hot at once and C2 spends a core on it for most of the run. Measured on 2 cores (docs/benchmarks.md, series 12):
 * C2 compiled for 23.8 s of CPU in a 28.8 s one-change rebuild of 100,000 articles; with this class, a one-change
 * rebuild took 0.70x the time at 10,000 articles and 0.88x (0.75x the CPU) at 100,000. A first build is left
 * alone: it parses every file for minutes, where C2's faster code pays for itself (with C1 alone, 136.5 s against
 * 118.8 s at 100,000).
 *
 * <p>How: a compiler directive, added through HotSpot's diagnostic command bean (what {@code jcmd
 * Compiler.directives_add} does), excluding every method from C2; a method that C2 may not compile stays with C1.
 * It changes how fast code runs, never what it computes (Java's arithmetic is strict at every tier). On a JVM
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

    /** True when a build should ask for C1 alone: a rebuild (its cache is there), two cores or fewer, not turned off. */
    static boolean wanted(boolean rebuild, int cores) {
        return rebuild && cores <= 2 && !"false".equalsIgnoreCase(System.getProperty(PROPERTY, ""));
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
