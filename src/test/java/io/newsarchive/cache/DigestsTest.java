package io.newsarchive.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code version of a jar: read from its table of contents, it still tells any changed entry. */
class DigestsTest {
    private static Path jar(Path file, long time, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    @DisplayName("the same entries give the same version, whenever they were packed")
    void sameEntriesSameVersion(@TempDir Path temp) throws IOException {
        Map<String, String> entries = Map.of("a/One.class", "one", "a/Two.class", "two two");
        String first = Digests.ofJar(jar(temp.resolve("1.jar"), 1_000_000_000_000L, entries));
        String second = Digests.ofJar(jar(temp.resolve("2.jar"), 1_700_000_000_000L, entries));
        assertEquals(first, second);
    }

    @Test
    @DisplayName("one byte of one entry, an entry's name, or an entry more: each gives another version")
    void anyChangedEntryChangesTheVersion(@TempDir Path temp) throws IOException {
        long t = 1_600_000_000_000L;
        String base = Digests.ofJar(jar(temp.resolve("base.jar"), t,
                Map.of("a/One.class", "one", "a/Two.class", "two two")));
        assertNotEquals(base, Digests.ofJar(jar(temp.resolve("byte.jar"), t,
                Map.of("a/One.class", "one", "a/Two.class", "two twO"))), "same length, one byte other");
        assertNotEquals(base, Digests.ofJar(jar(temp.resolve("name.jar"), t,
                Map.of("a/One.class", "one", "a/Three.class", "two two"))));
        assertNotEquals(base, Digests.ofJar(jar(temp.resolve("more.jar"), t,
                Map.of("a/One.class", "one", "a/Two.class", "two two", "b/Extra.class", ""))));
    }
}
