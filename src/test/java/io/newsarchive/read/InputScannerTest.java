package io.newsarchive.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each file's source (its path under the input folder) and folder name, as reports and outlet hints use them. */
class InputScannerTest {
    @Test
    @DisplayName("sources and folders at the top, one and two folders down, through a link, and from a relative path")
    void sourcesAndFolders(@TempDir Path temp) throws IOException {
        Path in = Files.createDirectories(temp.resolve("in put"));
        Files.writeString(in.resolve("top.txt"), "x");
        Files.writeString(Files.createDirectories(in.resolve("Tehran Times")).resolve("ä b.txt"), "x");
        Files.writeString(Files.createDirectories(in.resolve("irna/2024")).resolve("c.txt"), "x");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.txt"), "x");
        Files.createSymbolicLink(in.resolve("via-link"), elsewhere);
        List<String> expected = List.of("Tehran Times/ä b.txt|Tehran Times", "irna/2024/c.txt|2024", "top.txt|",
                "via-link/linked.txt|via-link");
        assertEquals(expected, found(new InputScanner(Set.of()).scan(in)));
        Path relative = Path.of("").toAbsolutePath().relativize(in.resolve("irna/../irna/.."));
        assertEquals(expected, found(new InputScanner(Set.of()).scan(relative)), "a path with .. in it: " + relative);
        assertEquals(expected, found(new InputScanner(Set.of()).scan(in.resolve("."))));
    }

    @Test
    @DisplayName("the count of article files before a build: the scan's files, a table or a hidden file not among them; it stops at the bound")
    void countArticleFiles(@TempDir Path temp) throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "x");
        Files.writeString(in.resolve("b.HTML"), "x");
        Files.writeString(Files.createDirectories(in.resolve("irna")).resolve("c.htm"), "x");
        Files.writeString(in.resolve("rows.csv"), "headline,body\nh,b\n");
        Files.writeString(in.resolve("notes.doc"), "x");
        Files.writeString(in.resolve(".hidden.txt"), "x");
        Files.writeString(Files.createDirectories(in.resolve(".git")).resolve("d.txt"), "x");
        Files.createDirectories(in.resolve("folder.txt"));
        assertEquals(3, InputScanner.countArticleFiles(in, 100));
        assertEquals(new InputScanner(Set.of()).scan(in).files().size(), InputScanner.countArticleFiles(in, 100));
        assertEquals(2, InputScanner.countArticleFiles(in, 2), "the walk stops at the bound");
    }

    private static List<String> found(InputScan scan) {
        return scan.files().stream().map(f -> f.source() + "|" + f.folder()).toList();
    }
}
