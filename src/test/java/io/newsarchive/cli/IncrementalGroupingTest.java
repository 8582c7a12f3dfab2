package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rebuilds that recall the grouping's per-article work: always the site a build from scratch gives. */
class IncrementalGroupingTest extends SampleRebuilds {
    private Map<String, String> fromScratch() throws IOException {
        Path fresh = temp.resolve("fresh");
        build(fresh, "--no-cache");
        Map<String, String> files = snapshot(fresh);
        try (Stream<Path> walk = Files.walk(fresh)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return files;
    }

    private String read(String file) throws IOException {
        return Files.readString(input.resolve(file));
    }

    private Path memoFile() {
        return site.resolve(BuildOptions.DEFAULT_CACHE).resolve(ArchiveBuild.GROUPING_CACHE);
    }

    @Test
    @DisplayName("rounds of edits, additions, copies and removals: each rebuild is the site a fresh build gives")
    void roundsOfChanges() throws IOException {
        build(site);
        assertTrue(Files.isRegularFile(memoFile()), "the build kept the grouping's work");
        // a copy of an article under a new name: a new copy pair, verified against the recalled original
        write("005_copy.txt", read("003_21d076d2c9fc8fbd.txt").replace("Wednesday", "Wednesday morning"));
        write("002_269e5ed58e1b5d5b.txt", read("002_269e5ed58e1b5d5b.txt").replace("do not care about well-being",
                "do not care about the well-being"));
        build(site);
        assertEquals(fromScratch(), snapshot(site), "round 1");
        write("001_68cc0f6fbcfa5017.txt", read("001_68cc0f6fbcfa5017.txt")
                + "\n\nThe ministry said talks on the Caspian pipeline would resume next week in Baku.\n");
        Files.delete(input.resolve("003_21d076d2c9fc8fbd.txt")); // the copy's original goes
        build(site);
        assertEquals(fromScratch(), snapshot(site), "round 2");
        write("003_21d076d2c9fc8fbd.txt", read("005_copy.txt")); // and comes back
        Files.delete(input.resolve("000_63ad533f3ed0f0c6.txt"));
        build(site);
        assertEquals(fromScratch(), snapshot(site), "round 3");
    }

    @Test
    @DisplayName("a grouping memo cut short or with a byte flipped is ignored: the site is a fresh build's")
    void corruptMemo() throws IOException {
        build(site);
        byte[] bytes = Files.readAllBytes(memoFile());
        write("005_copy.txt", read("003_21d076d2c9fc8fbd.txt").replace("Wednesday", "Thursday"));
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x01;
        Files.write(memoFile(), flipped);
        build(site);
        assertEquals(fromScratch(), snapshot(site), "a flipped byte");
        Files.write(memoFile(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        write("002_269e5ed58e1b5d5b.txt", read("002_269e5ed58e1b5d5b.txt") + "\n\nOne more paragraph here.\n");
        build(site);
        assertEquals(fromScratch(), snapshot(site), "cut short");
    }
}
