package io.newsarchive.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateCacheTest {
    @TempDir
    Path temp;

    private static byte[] key(int n) {
        byte[] k = new byte[16];
        k[0] = (byte) n;
        k[15] = (byte) (n * 7);
        return k;
    }

    @Test
    void whatWasLearnedOrUsedReadsBackAndNothingElse() throws IOException {
        Path file = temp.resolve("boilerplate.bin");
        BoilerplateCache first = BoilerplateCache.load(file, a -> null);
        first.learned(key(1), Set.of("Follow us on the app.", "Ünïcode — “quoted”."));
        first.learned(key(2), Set.of());
        first.learned(key(3), Set.of("A lone surrogate \uD800 would not read back."));
        first.save(file);

        BoilerplateCache second = BoilerplateCache.load(file, a -> null);
        assertEquals(Set.of("Follow us on the app.", "Ünïcode — “quoted”."), second.find(key(1)));
        assertNull(second.find(key(3)), "not kept: it would read back as another text");
        second.save(file); // only key 1 was used: key 2 goes

        BoilerplateCache third = BoilerplateCache.load(file, a -> null);
        assertEquals(Set.of("Follow us on the app.", "Ünïcode — “quoted”."), third.find(key(1)));
        assertNull(third.find(key(2)));
    }

    @Test
    void aGarbledOrCutFileIsIgnored() throws IOException {
        Path file = temp.resolve("boilerplate.bin");
        BoilerplateCache first = BoilerplateCache.load(file, a -> null);
        first.learned(key(1), Set.of("Follow us on the app, for the news first and all day long."));
        first.save(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 0x01;
        Files.write(file, bytes);
        assertNull(BoilerplateCache.load(file, a -> null).find(key(1)));
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(BoilerplateCache.load(file, a -> null).find(key(1)));
    }
}
