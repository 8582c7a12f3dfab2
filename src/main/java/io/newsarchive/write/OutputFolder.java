package io.newsarchive.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site's output folder. A file is written only when its bytes differ from what is there (so a rebuild touches
 * nothing that did not change), through a temporary file and a rename (so a reader never sees half a page). The
 * folder keeps a list of the files this tool wrote ({@value #LEDGER}); at {@link #finish()} files of the previous
 * build that this build did not write are removed — and nothing else ever is.
 */
public final class OutputFolder {
    /** The list of files the last build wrote, relative to the folder, one per line. */
    public static final String LEDGER = ".newsarchive-files";

    private final Path root;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    private final AtomicInteger changed = new AtomicInteger();

    public OutputFolder(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    public Path root() {
        return root;
    }

    public void write(String relativePath, String text) {
        write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one file (a path under the folder, forward slashes) unless it already holds these bytes. */
    public void write(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        if (!written.add(relativePath)) {
            throw new IllegalStateException("two outputs want the same file: " + relativePath);
        }
        try {
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                    && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Files written (or found unchanged) by this build. */
    public int filesWritten() {
        return written.size();
    }

    /** Files whose bytes this build actually changed or created. */
    public int filesChanged() {
        return changed.get();
    }

    /**
     * Removes what the previous build wrote and this one did not, then records this build's files.
     *
     * @return the paths removed
     */
    public List<String> finish() throws IOException {
        Path ledger = root.resolve(LEDGER);
        List<String> removed = new ArrayList<>();
        if (Files.isRegularFile(ledger)) {
            for (String old : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
                if (old.isBlank() || written.contains(old)) {
                    continue;
                }
                Path stale;
                try {
                    stale = resolve(old);
                } catch (IllegalArgumentException notOurs) {
                    continue; // a ledger line that points outside the folder was not written by us
                }
                if (Files.deleteIfExists(stale)) {
                    removed.add(old);
                    removeEmptyParents(stale.getParent());
                }
            }
        }
        Files.writeString(ledger, String.join("\n", new TreeSet<>(written)) + "\n", StandardCharsets.UTF_8);
        return removed;
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private Path resolve(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root) || relativePath.contains("\\")) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relativePath);
        }
        return target;
    }
}
