package io.newsarchive.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @Test
    @DisplayName("the site's size counts every file of the build, written, unchanged or kept, and names the largest")
    void siteSize(@TempDir Path dir) throws IOException {
        Path records = dir.resolve("records.bin");
        Path site = dir.resolve("site");
        OutputFolder first = new OutputFolder(site, records, "salt");
        first.write("a.html", "12345");
        first.writeDerived("b/c.html", "fp", () -> "1234567".getBytes());
        first.writeStreamed("big.csv", "fp2", out -> out.write(new byte[300]));
        first.write("d.html", "123");
        assertEquals(5 + 7 + 300 + 3, first.siteBytes());
        first.finish();
        assertEquals(5 + 7 + 300 + 3 + Files.size(site.resolve(OutputFolder.LEDGER)), first.siteBytes(),
                "the ledger is published with the site");
        assertEquals(new OutputFolder.FileSize("big.csv", 300), first.largestFile());
        // the next build keeps two files by their records, finds one unchanged and writes one anew
        OutputFolder second = new OutputFolder(site, records, "salt");
        second.write("a.html", "12345");
        second.writeDerived("b/c.html", "fp", () -> {
            throw new AssertionError("kept, not made");
        });
        second.writeStreamed("big.csv", "fp2", out -> {
            throw new AssertionError("kept, not made");
        });
        second.write("e.html", "1234567890");
        second.finish();
        assertEquals(5 + 7 + 300 + 10 + Files.size(site.resolve(OutputFolder.LEDGER)), second.siteBytes());
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            assertEquals(second.siteBytes(), files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length())
                    .sum(), "every file on disk");
        }
        // two files of one size: the first path in order is named, whatever order they came in
        OutputFolder third = new OutputFolder(dir.resolve("other"));
        third.write("z.html", "abc");
        third.write("m.html", "xyz");
        assertEquals(new OutputFolder.FileSize("m.html", 3), third.largestFile());
        assertEquals(new OutputFolder.FileSize("", -1), new OutputFolder(dir.resolve("none")).largestFile());
    }

    @Test
    @DisplayName("a file whose bytes did not change is not rewritten")
    void writeIfChanged(@TempDir Path dir) throws IOException {
        OutputFolder first = new OutputFolder(dir);
        first.write("a/b.html", "hello");
        first.finish();
        Path file = dir.resolve("a/b.html");
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);
        OutputFolder second = new OutputFolder(dir);
        second.write("a/b.html", "hello");
        second.finish();
        assertEquals(old, Files.getLastModifiedTime(file));
        assertEquals(0, second.filesChanged());
    }

    @Test
    @DisplayName("a file replaces an old one by a rename; in a folder the build made, it is written in place")
    void replacesByRenameWhereAFileCouldBe(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("old"));
        Files.writeString(site.resolve("old/page.html"), "before");
        // a second name for the old file: a reader holding it open sees what a hard link sees
        Files.createLink(dir.resolve("reader.html"), site.resolve("old/page.html"));
        OutputFolder folder = new OutputFolder(site);
        folder.write("old/page.html", "after");
        folder.write("new/deep/page.html", "fresh");
        folder.write("top.html", "top");
        folder.finish();
        assertEquals("after", Files.readString(site.resolve("old/page.html")));
        assertEquals("before", Files.readString(dir.resolve("reader.html")),
                "the old file was replaced, not written over");
        assertEquals("fresh", Files.readString(site.resolve("new/deep/page.html")));
        assertEquals("top", Files.readString(site.resolve("top.html")));
        assertEquals(3, folder.filesChanged());
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
        // a folder that is a file: the write fails and says which
        Files.writeString(site.resolve("clash"), "a file");
        OutputFolder again = new OutputFolder(site);
        assertThrows(java.io.UncheckedIOException.class, () -> again.write("clash/page.html", "x"));
    }

    @Test
    @DisplayName("a streamed file replaces the old one only when its bytes differ, and a failed stream leaves no trace")
    void streamedWriteIfChanged(@TempDir Path dir) throws IOException {
        OutputFolder first = new OutputFolder(dir);
        first.writeStreamed("big.csv", "", out -> out.write("a,b\n1,2\n".getBytes()));
        first.finish();
        Path file = dir.resolve("big.csv");
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);

        OutputFolder same = new OutputFolder(dir);
        same.writeStreamed("big.csv", "", out -> out.write("a,b\n1,2\n".getBytes()));
        same.finish();
        assertEquals(old, Files.getLastModifiedTime(file));
        assertEquals(0, same.filesChanged());

        OutputFolder other = new OutputFolder(dir);
        other.writeStreamed("big.csv", "", out -> out.write("a,b\n1,3\n".getBytes()));
        other.finish();
        assertEquals("a,b\n1,3\n", Files.readString(file));
        assertEquals(1, other.filesChanged());

        OutputFolder failing = new OutputFolder(dir);
        assertThrows(java.io.UncheckedIOException.class, () -> failing.writeStreamed("big.csv", "", out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("a,b\n1,3\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("big.csv"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(OutputFolder.LEDGER)).sorted().toList());
        }
    }

    @Test
    @DisplayName("files of the last build that this build did not write are removed; a user's own files never")
    void removesOnlyItsOwnStaleFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("CNAME"), "archive.example.org");
        OutputFolder first = new OutputFolder(dir);
        first.write("articles/old.html", "old");
        first.write("index.html", "index");
        first.finish();
        OutputFolder second = new OutputFolder(dir);
        second.write("index.html", "index");
        List<String> removed = second.finish();
        assertEquals(List.of("articles/old.html"), removed);
        assertFalse(Files.exists(dir.resolve("articles")), "an emptied folder it made goes too");
        assertTrue(Files.exists(dir.resolve("CNAME")));
    }

    @Test
    @DisplayName("the ledger lists the files in order; a rebuild of the same files leaves it alone, else rewrites it")
    void ledgerInOrder(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve(OutputFolder.LEDGER);
        writeAll(new OutputFolder(dir), "z.html", "b/a.html", "a.html");
        assertEquals("a.html\nb/a.html\nz.html\n", Files.readString(ledger));
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(ledger, written);
        writeAll(new OutputFolder(dir), "b/a.html", "a.html", "z.html");
        assertEquals(written, Files.getLastModifiedTime(ledger), "the same files: the ledger is not written");
        // a ledger that lists the same files in another form is put right
        for (String odd : List.of("b/a.html\na.html\nz.html\n", "a.html\r\nb/a.html\r\nz.html\r\n",
                "a.html\nb/a.html\nz.html", "a.html\n\nb/a.html\nz.html\n")) {
            Files.writeString(ledger, odd);
            writeAll(new OutputFolder(dir), "a.html", "z.html", "b/a.html");
            assertEquals("a.html\nb/a.html\nz.html\n", Files.readString(ledger), odd);
        }
        // one file fewer and one more, as many in all
        writeAll(new OutputFolder(dir), "a.html", "c.html", "z.html");
        assertEquals("a.html\nc.html\nz.html\n", Files.readString(ledger));
        assertFalse(Files.exists(dir.resolve("b/a.html")));
    }

    @Test
    @DisplayName("the output records list the files in order, however they were listed or written")
    void recordsInOrder(@TempDir Path dir) throws IOException {
        Path records = dir.resolve("records.bin");
        Path site = dir.resolve("site");
        for (List<String> build : List.of(List.of("z.html", "m.html", "a.html"), List.of("m.html", "z.html", "a.html"),
                List.of("b.html", "z.html", "a.html"))) {
            OutputFolder out = new OutputFolder(site, records, "salt");
            for (String path : build) {
                out.writeDerived(path, "fp " + path, () -> path.getBytes());
            }
            out.finish();
            assertEquals(build.stream().sorted().toList(), recordedPaths(records), build.toString());
        }
        // records in another order (as no build writes them) still serve, and are saved in order
        List<String> shuffled = List.of("z.html", "a.html", "b.html");
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(records))) {
            out.writeUTF("newsarchive-output-records");
            out.writeInt(1);
            out.writeUTF("salt");
            out.writeInt(shuffled.size());
            for (String path : shuffled) {
                out.writeUTF(path);
                out.writeUTF("fp " + path);
                out.writeLong(Files.size(site.resolve(path)));
                out.writeLong(Files.getLastModifiedTime(site.resolve(path)).toMillis());
            }
            out.writeInt(0);
        }
        OutputFolder out = new OutputFolder(site, records, "salt");
        for (String path : shuffled) {
            out.writeDerived(path, "fp " + path, () -> {
                throw new AssertionError("kept by its record, not made");
            });
        }
        out.finish();
        assertEquals(List.of("a.html", "b.html", "z.html"), recordedPaths(records));
    }

    private static void writeAll(OutputFolder out, String... paths) throws IOException {
        for (String path : paths) {
            out.write(path, path);
        }
        out.finish();
    }

    private static List<String> recordedPaths(Path records) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(records))) {
            in.readUTF();
            in.readInt();
            in.readUTF();
            int n = in.readInt();
            List<String> paths = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                paths.add(in.readUTF());
                in.readUTF();
                in.readLong();
                in.readLong();
            }
            return paths;
        }
    }

    @Test
    @DisplayName("a ledger line pointing outside the folder is ignored, never deleted")
    void tamperedLedger(@TempDir Path dir) throws IOException {
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve(OutputFolder.LEDGER), "../precious.txt\n");
        new OutputFolder(site).finish();
        assertTrue(Files.exists(outside));
    }

    @Test
    @DisplayName("paths that leave the folder are refused")
    void refusesEscapingPaths(@TempDir Path dir) throws IOException {
        OutputFolder out = new OutputFolder(dir);
        assertThrows(IllegalArgumentException.class, () -> out.write("../x.html", "x"));
    }
}
