package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the rebuild tests share: a temporary folder holding the sample articles as files saved earlier ({@link
 * #input}) and a site folder ({@link #site}), a build through the CLI, a site's files.
 */
abstract class SampleRebuilds {
    private static final Path SAMPLES = Path.of("articles");

    @TempDir
    Path temp;
    Path input;
    Path site;

    /**
     * Copies the sample articles into {@code input}, dated an hour ago, as files a user saved earlier are: a
     * just-written file is not trusted to the cache.
     */
    @BeforeEach
    void copySamples() throws IOException {
        input = temp.resolve("in");
        site = temp.resolve("site");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Path copy = input.resolve(f.getFileName());
                Files.copy(f, copy);
                Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
            }
        }
    }

    /**
     * Writes an input file, dated a minute ago: a file is trusted to the cache by its size and time, and one written
     * within the last two seconds is parsed again anyway, which would hide a cache that missed the change.
     */
    void write(String file, String text) throws IOException {
        Path p = input.resolve(file);
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }

    /** Replaces text in an input file (which must hold it), as {@link #write} writes. */
    void edit(String file, String from, String to) throws IOException {
        String text = Files.readString(input.resolve(file));
        assertTrue(text.contains(from), from);
        write(file, text.replace(from, to));
    }

    /** Builds {@code input} into {@code output} through the CLI; returns what it printed; it must exit OK. */
    String build(Path output, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = Stream.concat(Stream.of("build", "-i", input.toString(), "-o", output.toString()),
                Stream.of(extra)).toArray(String[]::new);
        assertEquals(ExitCodes.OK, cli.execute(args), err.toString());
        return out.toString();
    }

    /** The site's files but the cache, by path, each as ISO-8859-1 text (one char a byte, so bytes compare). */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).startsWith(BuildOptions.DEFAULT_CACHE)).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** The paths of {@code after} whose bytes are not as in {@code before} (new files among them). */
    static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, text) -> {
            if (!text.equals(before.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }
}
