package io.newsarchive.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving copies the entries it read from the old file, and the copies read back as the articles they were. */
class ParseCacheTest {
    private static final long OLD = System.currentTimeMillis() - 3_600_000; // older than the racy window
    private static final ForkJoinPool POOL = ForkJoinPool.commonPool();

    @TempDir
    Path temp;

    private static Article article(int n, String words) {
        List<BodyBlock> body = new ArrayList<>();
        for (int p = 0; p < 1 + n % 4; p++) {
            body.add(BodyBlock.paragraph("Paragraph " + p + " of article " + n + ": " + words + " — ünïcode ✓."));
        }
        return new Article("a" + n, "a" + n + ".txt", Outlet.UNKNOWN, "Headline " + n, false, "", ArticleDate.NONE,
                "", "", "", body, List.of(), "", List.of(), "", List.of());
    }

    private static ParseCache fresh(Path file, int count, String words) throws IOException {
        ParseCache cache = ParseCache.load(file, "key", POOL);
        for (int n = 0; n < count; n++) {
            cache.remember("a" + n + ".txt", 100 + n, OLD, article(n, words));
        }
        return cache;
    }

    @Test
    void entriesCopiedFromTheOldFileAndFreshOnesBothReadBack() throws IOException {
        Path file = temp.resolve("parsed.bin");
        fresh(file, 5000, "first").save(file, POOL); // more than one block of entries
        ParseCache second = ParseCache.load(file, "key", POOL);
        for (int n = 0; n < 5000; n++) {
            if (n % 7 == 3) {
                second.remember("a" + n + ".txt", 100 + n, OLD + 1, article(n, "changed")); // a changed file
            } else if (n % 11 != 5) { // and some files went away
                assertNotNull(second.lookup("a" + n + ".txt", 100 + n, OLD, "a" + n));
            }
        }
        second.save(file, POOL);
        int kept = (int) java.util.stream.IntStream.range(0, 5000).filter(n -> n % 7 != 3 && n % 11 != 5).count();
        assertEquals(kept, second.copiedOnSave(), "every unchanged entry is copied, not encoded again");
        ParseCache third = ParseCache.load(file, "key", POOL);
        for (int n = 0; n < 5000; n++) {
            if (n % 7 == 3) {
                assertNull(third.lookup("a" + n + ".txt", 100 + n, OLD, "a" + n));
                assertEquals(article(n, "changed"), third.lookup("a" + n + ".txt", 100 + n, OLD + 1, "a" + n));
            } else if (n % 11 != 5) {
                assertEquals(article(n, "first"), third.lookup("a" + n + ".txt", 100 + n, OLD, "a" + n));
            } else {
                assertNull(third.lookup("a" + n + ".txt", 100 + n, OLD, "a" + n), "a file that went away");
            }
        }
    }

    @Test
    void anOldFileChangedUnderTheCacheIsNotCopiedFrom() throws IOException {
        Path file = temp.resolve("parsed.bin");
        fresh(file, 50, "first").save(file, POOL);
        ParseCache second = ParseCache.load(file, "key", POOL);
        for (int n = 0; n < 50; n++) {
            assertNotNull(second.lookup("a" + n + ".txt", 100 + n, OLD, "a" + n));
        }
        second.remember("new.txt", 1, OLD, article(99, "new"));
        // something overwrites the old file after it was read: its bytes fail their checksums
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            for (long at = 200; at < f.length(); at += 97) {
                f.seek(at);
                f.write(0x5A);
            }
        }
        second.save(file, POOL);
        assertEquals(0, second.copiedOnSave(), "bytes that fail their checksum are encoded again");
        ParseCache third = ParseCache.load(file, "key", POOL);
        assertEquals("", third.status());
        for (int n = 0; n < 50; n++) {
            assertEquals(article(n, "first"), third.lookup("a" + n + ".txt", 100 + n, OLD, "a" + n));
        }
        assertEquals(article(99, "new"), third.lookup("new.txt", 1, OLD, "a99"));
        Files.delete(file);
    }
}
