package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rebuilds that take unchanged articles' search terms from the cache give the site a build from scratch gives. */
class SearchTermsRebuildTest extends SampleRebuilds {
    private Map<String, String> fromScratch() throws IOException {
        Path fresh = temp.resolve("fresh-" + System.nanoTime());
        build(fresh, "--no-cache");
        return snapshot(fresh);
    }

    private Path termsFile() {
        return site.resolve(BuildOptions.DEFAULT_CACHE).resolve(ArchiveBuild.SEARCH_TERMS_CACHE);
    }

    /** The search index's files: what this cache is for. */
    private static Map<String, String> searchFiles(Map<String, String> site) {
        Map<String, String> search = new TreeMap<>(site);
        search.keySet().removeIf(p -> !p.endsWith(".js") || !p.contains("search"));
        return search;
    }

    @Test
    @DisplayName("rounds of edits, a new file and a removed one: each rebuild's site is what a build from scratch gives")
    void rebuildsAfterChanges() throws IOException {
        build(site);
        assertTrue(Files.isRegularFile(termsFile()), "the first build keeps its search terms");
        Map<String, String> before = snapshot(site);

        edit("003_21d076d2c9fc8fbd.txt", "Baku on Wednesday", "Baku and Quxville on Wednesday");
        build(site);
        Map<String, String> after = snapshot(site);
        assertEquals(fromScratch(), after);
        assertNotEquals(searchFiles(before), searchFiles(after), "the new term is in the index");
        assertTrue(searchFiles(after).values().stream().anyMatch(t -> t.contains("\"quxville\"")));

        Files.copy(input.resolve("002_269e5ed58e1b5d5b.txt"), input.resolve("copy.txt"));
        Files.setLastModifiedTime(input.resolve("copy.txt"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.delete(input.resolve("004_5bebabd3640c37c4.txt"));
        build(site);
        assertEquals(fromScratch(), snapshot(site));

        edit("003_21d076d2c9fc8fbd.txt", "Baku and Quxville on Wednesday", "Baku on Wednesday");
        build(site);
        Map<String, String> last = snapshot(site);
        assertEquals(fromScratch(), last);
        assertTrue(searchFiles(last).values().stream().noneMatch(t -> t.contains("\"quxville\"")),
                "a term no article has any more is gone");
    }

    @Test
    @DisplayName("a search terms file cut short or with a flipped byte is ignored: the site is what a build from "
            + "scratch gives, and the file is made whole again")
    void corruptFileIsIgnored() throws IOException {
        build(site);
        byte[] good = Files.readAllBytes(termsFile());
        edit("003_21d076d2c9fc8fbd.txt", "Baku on Wednesday", "Baku and Quxville on Wednesday");
        Map<String, String> expected = fromScratch();
        for (int at : new int[] {good.length / 3, good.length / 2, good.length - 3}) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x01;
            Files.write(termsFile(), flipped);
            build(site);
            assertEquals(expected, snapshot(site), "byte " + at + " flipped");
            Files.write(termsFile(), good); // the first build's file, so the next round rebuilds the index again
            edit("003_21d076d2c9fc8fbd.txt", "Quxville", at + "Quxville");
            expected = fromScratch();
        }
        Files.write(termsFile(), Arrays.copyOf(good, good.length / 2));
        build(site);
        assertEquals(expected, snapshot(site), "cut short");
        assertTrue(Files.size(termsFile()) > good.length / 2, "made whole again");
    }
}
