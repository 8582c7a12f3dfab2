package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class SecondJvmTest extends SampleRebuilds {
    @Test
    @DisplayName("a build command line's input and cache folders: -i, -o, --output=, --cache, --no-cache; none for help or an option it does not read")
    void buildLine() {
        Path fallback = Path.of(BuildOptions.DEFAULT_OUTPUT, BuildOptions.DEFAULT_CACHE);
        assertEquals(Optional.of(new SecondJvm.BuildLine(Path.of("articles"), Optional.of(fallback))),
                SecondJvm.buildLine(new String[] {"build"}));
        assertEquals(Optional.of(new SecondJvm.BuildLine(Path.of("in"), Optional.of(Path.of("out",
                BuildOptions.DEFAULT_CACHE)))), SecondJvm.buildLine(new String[] {"build", "-i", "in", "-o", "out",
                "--timings", "-q"}));
        assertEquals(Optional.of(new SecondJvm.BuildLine(Path.of("in2"), Optional.of(Path.of("o2",
                BuildOptions.DEFAULT_CACHE)))), SecondJvm.buildLine(new String[] {"build", "--output=o2",
                "--title=A title", "--input=in2", "--threads", "1"}));
        assertEquals(Optional.of(Path.of("c")), SecondJvm.buildLine(new String[] {"build", "-o", "out", "--cache",
                "c"}).flatMap(SecondJvm.BuildLine::cache));
        assertEquals(Optional.of(new SecondJvm.BuildLine(Path.of("in"), Optional.empty())),
                SecondJvm.buildLine(new String[] {"build", "--no-cache", "--input", "in"}), "no cache folder");
        for (String[] other : List.of(new String[] {}, new String[] {"--version"}, new String[] {"help", "build"},
                new String[] {"build", "--help"}, new String[] {"build", "-h"},
                new String[] {"build", "-o"}, new String[] {"build", "-o", "--timings"}, new String[] {"build", "-oout"},
                new String[] {"build", "-qo", "out"}, new String[] {"build", "--", "x"}, new String[] {"build", "@args"},
                new String[] {"build", "--timings=true"}, new String[] {"build", "stray"})) {
            assertEquals(Optional.empty(), SecondJvm.buildLine(other), String.join(" ", other));
        }
    }

    @Test
    @DisplayName("a first build runs in the second JVM only below the bound of article files, and never for a missing folder")
    void fewFiles() {
        assertTrue(SecondJvm.fewFiles(input, 100), "the five samples");
        assertFalse(SecondJvm.fewFiles(input, 5), "five files are not fewer than five");
        assertFalse(SecondJvm.fewFiles(temp.resolve("missing"), 100));
        List<String> flags = SecondJvm.firstBuildFlags();
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), flags.toString());
        assertTrue(flags.contains("-D" + SecondJvm.PROPERTY + "=false"), "never a third JVM");
        assertTrue(flags.stream().noneMatch(f -> f.contains("Archive")), "no class archive: " + flags);
    }

    @Test
    @DisplayName("the options the launcher reads are exactly BuildCommand's, each as taking a value or not (help and version aside)")
    void optionsInStepWithBuildCommand() {
        Set<String> values = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (OptionSpec o : new CommandLine(new BuildCommand()).getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue;
            }
            (o.arity().max() == 0 ? flags : values).addAll(List.of(o.names()));
        }
        assertEquals(values, SecondJvm.VALUE_OPTIONS);
        assertEquals(flags, SecondJvm.FLAG_OPTIONS);
    }

    @Test
    @DisplayName("this JVM's options are its command line before main's arguments; none when the line does not end with them")
    void jvmOptions() {
        String[] args = {"build", "-o", "out"};
        assertEquals(Optional.of(List.of("-Xmx1g", "-jar", "n.jar")),
                SecondJvm.jvmOptions(List.of("-Xmx1g", "-jar", "n.jar", "build", "-o", "out"), args));
        assertEquals(Optional.of(List.of("-cp", "x", "io.newsarchive.cli.Main")),
                SecondJvm.jvmOptions(List.of("-cp", "x", "io.newsarchive.cli.Main", "build", "-o", "out"), args));
        assertEquals(Optional.empty(), SecondJvm.jvmOptions(List.of("@argfile"), args));
        assertEquals(Optional.empty(), SecondJvm.jvmOptions(List.of("build", "-o", "out"), args), "no main class");
        assertEquals(Optional.empty(),
                SecondJvm.jvmOptions(List.of("-jar", "n.jar", "build", "-o", "other"), args));
    }

    @Test
    @DisplayName("the second JVM: quick compiler, the archive used when there and made otherwise (jars only), our flags before the user's")
    void command() throws IOException {
        Path archive = temp.resolve("jvm-classes-a.jsa");
        Path dump = temp.resolve("jvm-classes-a.jsa.1.tmp");
        Path exit = temp.resolve("jvm-classes-a.jsa.1.exit");
        List<String> making = SecondJvm.flags(true, archive, dump, exit);
        assertTrue(making.contains("-XX:TieredStopAtLevel=1"), making.toString());
        assertTrue(making.contains("-XX:ArchiveClassesAtExit=" + dump), making.toString());
        assertTrue(making.contains("-D" + SecondJvm.CHILD_PROPERTY + "=made"), making.toString());
        assertTrue(making.contains("-D" + SecondJvm.PROPERTY + "=false"), "never a third JVM");
        assertTrue(making.contains("-D" + SecondJvm.EXIT_PROPERTY + "=" + exit), making.toString());
        Files.writeString(archive, "x");
        List<String> using = SecondJvm.flags(true, archive, dump, exit);
        assertTrue(using.contains("-XX:SharedArchiveFile=" + archive), using.toString());
        assertTrue(using.contains("-D" + SecondJvm.CHILD_PROPERTY + "=used"), using.toString());
        List<String> folders = SecondJvm.flags(false, archive, dump, exit);
        assertTrue(folders.stream().noneMatch(f -> f.contains("Archive")), "no archive from class folders: " + folders);
        assertTrue(folders.contains("-XX:TieredStopAtLevel=1"), folders.toString());
        List<String> line = SecondJvm.command("/jdk/bin/java", using, List.of("-XX:TieredStopAtLevel=4", "-jar",
                "n.jar"), new String[] {"build", "-q"});
        assertEquals("/jdk/bin/java", line.get(0));
        assertTrue(line.indexOf("-XX:TieredStopAtLevel=1") < line.indexOf("-XX:TieredStopAtLevel=4"),
                "the user's flag comes later, so it wins: " + line);
        assertEquals(List.of("-jar", "n.jar", "build", "-q"), line.subList(line.size() - 4, line.size()));
    }

    @Test
    @DisplayName("the exit code is the one the second JVM wrote (a failed archive at exit changes the process's), else the process's")
    void exitCode() throws IOException {
        Path file = temp.resolve("x.exit");
        assertEquals(143, SecondJvm.exitCode(143, file), "stopped before it wrote one");
        Files.writeString(file, "0");
        assertEquals(0, SecondJvm.exitCode(1, file));
        assertFalse(Files.exists(file), "read once");
        String jar = Files.writeString(temp.resolve("a.jar"), "").toString();
        assertTrue(SecondJvm.classPathIsJars(jar));
        assertFalse(SecondJvm.classPathIsJars(jar + java.io.File.pathSeparator + temp));
        assertFalse(SecondJvm.classPathIsJars(""));
    }

    @Test
    @DisplayName("the archive is named by the JVM options; a new one replaces the old, one from a killed JVM is dropped")
    void archive() throws IOException {
        String name = SecondJvm.archiveName(List.of("-jar", "n.jar"));
        assertEquals(name, SecondJvm.archiveName(List.of("-jar", "n.jar")));
        assertNotEquals(name, SecondJvm.archiveName(List.of("-Xmx1g", "-jar", "n.jar")));
        assertEquals(name, SecondJvm.archiveName(List.of("-Xlog:gc:file=run-2.gc", "-Dx=y", "-jar", "n.jar")),
                "a log file or a property makes no new archive");
        assertTrue(name.startsWith(SecondJvm.ARCHIVE_PREFIX) && name.endsWith(SecondJvm.ARCHIVE_SUFFIX), name);

        Path old = Files.writeString(temp.resolve(SecondJvm.ARCHIVE_PREFIX + "old" + SecondJvm.ARCHIVE_SUFFIX), "o");
        Path other = Files.writeString(temp.resolve("parsed-articles.bin"), "p");
        Path archive = temp.resolve(name);
        Path dump = Files.writeString(temp.resolve(name + ".7.tmp"), "new");
        SecondJvm.keepArchive(dump, archive, ExitCodes.SOME_INPUTS_SKIPPED);
        assertEquals("new", Files.readString(archive));
        assertFalse(Files.exists(dump));
        assertFalse(Files.exists(old), "the older archive is deleted");
        assertTrue(Files.exists(other), "nothing else is");

        Files.writeString(dump, "cut short");
        SecondJvm.keepArchive(dump, archive, 143);
        assertFalse(Files.exists(dump));
        assertEquals("new", Files.readString(archive), "kept as it was");
        SecondJvm.keepArchive(dump, archive, 0); // no dump: nothing happens
        assertEquals("new", Files.readString(archive));
    }

    @Test
    @DisplayName("HotSpot by any vendor takes the flags; OpenJ9 is left alone")
    void hotSpot() {
        assertTrue(SecondJvm.isHotSpot("OpenJDK 64-Bit Server VM"));
        assertTrue(SecondJvm.isHotSpot("Java HotSpot(TM) 64-Bit Server VM"));
        assertFalse(SecondJvm.isHotSpot("Eclipse OpenJ9 VM"));
    }

    @Test
    @DisplayName("from main, on two cores, a first build and a rebuild run in a second JVM with the same result and exit code")
    void buildsInSecondJvm() throws Exception {
        write("notes.doc", "not an article"); // skipped: exit code 1
        Run first = main();
        assertEquals(ExitCodes.SOME_INPUTS_SKIPPED, first.code, first.output);
        assertTrue(first.output.contains("Ran in a second JVM with the quick compiler only: a first build"),
                first.output);
        var before = SampleRebuilds.snapshot(site);

        Run again = main();
        assertEquals(ExitCodes.SOME_INPUTS_SKIPPED, again.code, again.output);
        assertTrue(again.output.contains("Ran in a second JVM made for rebuilds: quick compiler only"), again.output);
        assertTrue(again.output.contains(" 0 changed"), again.output);
        assertEquals(before, SampleRebuilds.snapshot(site));

        Run off = main("-D" + SecondJvm.PROPERTY + "=false");
        assertEquals(ExitCodes.SOME_INPUTS_SKIPPED, off.code, off.output);
        assertFalse(off.output.contains("second JVM"), off.output);

        site = temp.resolve("site-in-one-jvm");
        Run oneJvm = main("-D" + SecondJvm.PROPERTY + "=false");
        assertEquals(ExitCodes.SOME_INPUTS_SKIPPED, oneJvm.code, oneJvm.output);
        assertFalse(oneJvm.output.contains("second JVM"), oneJvm.output);
        assertEquals(before, SampleRebuilds.snapshot(site), "a first build in one JVM writes the same bytes");
    }

    private record Run(int code, String output) {
    }

    /**
     * {@code java -cp … Main build} as a user runs it, on a JVM told it has two cores. The class path goes in an
     * argument file: Linux shows a process's command line to itself only up to 4 kB, and this one's is longer.
     */
    private Run main(String... jvmOptions) throws Exception {
        Path argFile = temp.resolve("java-args");
        Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\" "
                + Main.class.getName() + "\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=2"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("@" + argFile, "build", "-i", input.toString(), "-o", site.toString(), "--timings",
                "--progress", "none"));
        Path log = temp.resolve("log-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build finished");
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
