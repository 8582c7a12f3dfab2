package io.newsarchive.write;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A data file replaced in one rename: a reader sees the old file or the new one, never half of one. */
public final class AtomicFile {
    /** What writes the file's contents. */
    @FunctionalInterface
    public interface Contents {
        void write(DataOutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code file} (creating its folder) through a temporary file beside it and a rename. */
    public static void write(Path file, Contents contents) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            contents.write(out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
