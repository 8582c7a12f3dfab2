package io.newsarchive.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site's output folder. A file is written only when its bytes differ from what is there (so a rebuild touches
 * nothing that did not change), through a temporary file and a rename (so a reader never sees half a page); in a
 * folder this build created, where no older file can be, it is written in place. The
 * folder keeps a list of the files this tool wrote ({@value #LEDGER}); at {@link #finish()} files of the previous
 * build that this build did not write are removed — and nothing else ever is.
 */
public final class OutputFolder {
    /** The list of files the last build wrote, relative to the folder, one per line. */
    public static final String LEDGER = ".newsarchive-files";
    /** The record of a whole build (no file of the site can have this name: it has no extension and a space). */
    private static final String WHOLE_SITE = "whole site";
    /** The fingerprint of a file written without one: it never matches, so such a file is always made again. */
    private static final String NO_FINGERPRINT = "";

    private final Path root;
    private final Path recordFile;
    private final String salt;
    private final OutputRecords previous;
    private final OutputRecords current = OutputRecords.empty();
    private final AtomicInteger reused = new AtomicInteger();
    private boolean keptAll;
    /** Unordered: finish() sorts it for the ledger, and a hash set takes a path faster than a skip list. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders this build has made or found, so each is created once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /**
     * Folders this build created. A file in one cannot be there already, nor be read half-written by a reader who
     * had the old one, so it is written in place: a first build of 100,000 articles writes 124,000 files, and the
     * stat (a thrown NoSuchFileException in Java), the temporary file and the rename cost some 40 µs a file of the
     * 80 µs a file took (ext4, 6.5 kB files).
     */
    private final Set<Path> newFolders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger count = new AtomicInteger();
    /** The bytes of every file of this build (written, found unchanged or kept), and the largest of them. */
    private final java.util.concurrent.atomic.LongAdder bytes = new java.util.concurrent.atomic.LongAdder();
    private volatile FileSize largest = new FileSize("", -1);

    /** A file of the site and its size in bytes. */
    public record FileSize(String path, long bytes) {
    }

    public OutputFolder(Path root) throws IOException {
        this(root, null, "");
    }

    /**
     * An output folder that remembers, in {@code recordFile}, what each derived file was made from, so the next build
     * can keep a file whose inputs did not change without making it again. {@code salt} names what every file
     * depends on (the tool's code, the templates, the settings): records made under another salt are ignored.
     */
    public OutputFolder(Path root, Path recordFile, String salt) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        boolean existed = Files.isDirectory(this.root);
        Files.createDirectories(this.root);
        if (!existed) {
            newFolders.add(this.root);
        }
        folders.add(this.root);
        this.recordFile = recordFile;
        this.salt = salt;
        this.previous = recordFile == null ? OutputRecords.empty() : OutputRecords.load(recordFile, salt);
    }

    public Path root() {
        return root;
    }

    /**
     * True when this folder keeps records of what its files were made from; without them a fingerprint is never
     * used, and a caller need not work one out.
     */
    public boolean keepsRecords() {
        return recordFile != null;
    }

    public void write(String relativePath, String text) {
        write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one file (a path under the folder, forward slashes) unless it already holds these bytes. */
    public void write(String relativePath, byte[] bytes) {
        writeBytes(relativePath, bytes);
        remember(relativePath, NO_FINGERPRINT);
    }

    private void writeBytes(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        claim(relativePath);
        sized(relativePath, bytes.length);
        try {
            Path folder = target.getParent();
            makeFolder(folder);
            if (newFolders.contains(folder)) {
                writeAll(target, bytes);
                changed.incrementAndGet();
                return;
            }
            if (sameSize(target, bytes.length) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return;
            }
            Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
            writeAll(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** One write call for the whole file (Files.write hands the bytes over 8 KB at a time). */
    private static void writeAll(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** True when the file is a regular file of this size: one stat, where isRegularFile and size were two. */
    private static boolean sameSize(Path file, long size) {
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            return now.isRegularFile() && now.size() == size;
        } catch (IOException missing) {
            return false;
        }
    }

    /**
     * Creates a folder (and its parents) once per build: Files.createDirectories tries a mkdir and a stat for every
     * file, and a site has a hundred thousand files in a few folders. Folders are only removed in finish(). A folder
     * made here is noted as new; one that another thread made first is not, so its files take the careful way.
     */
    private void makeFolder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            if (!Files.isDirectory(folder)) {
                makeFolder(folder.getParent());
                try {
                    Files.createDirectory(folder);
                    newFolders.add(folder);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    if (!Files.isDirectory(folder)) {
                        throw madeMeanwhile; // a file of that name: writing into it fails, and says so
                    }
                }
            }
            folders.add(folder);
        }
    }

    /** Writes a file's bytes as {@code content} produces them, to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Like {@link #writeDerived(String, String, Supplier)} for a file too big to hold in memory twice (the catalog:
     * hundreds of megabytes in a large archive): its bytes go straight to a temporary file, which replaces the old
     * file only when the two differ. An empty fingerprint means "unknown": the file is always made again.
     */
    public void writeStreamed(String relativePath, String fingerprint, Content content) {
        if (keep(relativePath, fingerprint)) {
            return;
        }
        Path target = resolve(relativePath);
        claim(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            sized(relativePath, Files.size(temp));
            if (sameBytes(temp, target)) {
                Files.delete(temp); // unchanged: the old file, and its time, stay
            } else {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed.incrementAndGet();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        remember(relativePath, fingerprint);
    }

    /**
     * Keeps a file as the last build wrote it when it was made from the same fingerprint (an empty one never
     * matches) and still has the size and time it was written with; true when kept.
     */
    private boolean keep(String relativePath, String fingerprint) {
        OutputRecords.FileRecord before = previous.files.get(relativePath);
        if (before == null || fingerprint.isEmpty() || !before.fingerprint().equals(fingerprint)
                || !intact(relativePath, before)) {
            return false;
        }
        claim(relativePath);
        sized(relativePath, before.size());
        reused.incrementAndGet();
        current.files.put(relativePath, before);
        return true;
    }

    /** Counts a file's size towards the site's, and notes it when it is the largest so far. */
    private void sized(String relativePath, long size) {
        bytes.add(size);
        if (size >= largest.bytes()) { // most files are smaller: only these take the lock
            synchronized (this) {
                // the larger file wins; of two alike, the first path in order, so the answer never depends on threads
                FileSize now = largest;
                if (size > now.bytes() || size == now.bytes() && relativePath.compareTo(now.path()) < 0) {
                    largest = new FileSize(relativePath, size);
                }
            }
        }
    }

    /**
     * The bytes of all files of this build's site: what publishing the folder takes (its ledger counts once
     * {@link #finish()} wrote it; the build's cache does not, being no part of the site).
     */
    public long siteBytes() {
        return bytes.sum();
    }

    /** The largest file of this build's site; an empty path and -1 bytes when it has none. */
    public FileSize largestFile() {
        return largest;
    }

    /** Counts a file as this build's; two outputs that want one path are a bug. */
    private void claim(String relativePath) {
        if (!written.add(relativePath)) {
            throw new IllegalStateException("two outputs want the same file: " + relativePath);
        }
        count.incrementAndGet();
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        if (!Files.isRegularFile(b) || Files.size(a) != Files.size(b)) {
            return false;
        }
        return Files.mismatch(a, b) == -1;
    }

    /**
     * Writes a file made from inputs whose fingerprint is given: when the last build made this file from the same
     * fingerprint and the file still has the size and time it was written with, it is kept as it is and
     * {@code make} is not called (rendering is most of a build's work).
     */
    public void writeDerived(String relativePath, String fingerprint, Supplier<byte[]> make) {
        if (keep(relativePath, fingerprint)) {
            return;
        }
        writeBytes(relativePath, make.get());
        remember(relativePath, fingerprint);
    }

    /**
     * Keeps a group of files made together (the search index) when the last build made them from the same
     * fingerprint and each is still as written; returns the note recorded with them, or empty when the group must
     * be made again.
     */
    public Optional<String> reuseGroup(String group, String fingerprint) {
        OutputRecords.GroupRecord before = previous.groups.get(group);
        if (before == null || !before.fingerprint().equals(fingerprint)) {
            return Optional.empty();
        }
        for (String path : before.paths()) {
            OutputRecords.FileRecord file = previous.files.get(path);
            if (file == null || !intact(path, file) || written.contains(path)) {
                return Optional.empty();
            }
        }
        for (String path : before.paths()) {
            claim(path);
            sized(path, previous.files.get(path).size());
            reused.incrementAndGet();
            current.files.put(path, previous.files.get(path));
        }
        current.groups.put(group, before);
        return Optional.of(before.note());
    }

    /** Records a group of files this build wrote (each with {@link #write}) from one fingerprint. */
    public void recordGroup(String group, String fingerprint, String note, List<String> paths) {
        current.groups.put(group, new OutputRecords.GroupRecord(fingerprint, note, List.copyOf(paths)));
    }

    /**
     * Keeps the whole site as the last build wrote it when that build was made from the same fingerprint (of
     * everything the site shows) and every file it wrote is still as written; returns the note recorded with it.
     * Nothing is rendered then: a rebuild with nothing changed costs a look at each file's size and time.
     */
    public Optional<String> reuseAll(String fingerprint) {
        OutputRecords.GroupRecord site = previous.groups.get(WHOLE_SITE);
        if (site == null || !site.fingerprint().equals(fingerprint) || !written.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, OutputRecords.FileRecord> e : previous.files.entrySet()) {
            if (!intact(e.getKey(), e.getValue())) {
                return Optional.empty();
            }
        }
        written.addAll(previous.files.keySet());
        previous.files.forEach((path, file) -> sized(path, file.size()));
        count.addAndGet(previous.files.size());
        reused.addAndGet(previous.files.size());
        current.files.putAll(previous.files);
        current.groups.putAll(previous.groups);
        keptAll = true;
        return Optional.of(site.note());
    }

    /** Records that this build wrote the whole site from one fingerprint, with a note for {@link #reuseAll}. */
    public void recordAll(String fingerprint, String note) {
        current.groups.put(WHOLE_SITE, new OutputRecords.GroupRecord(fingerprint, note, List.of()));
    }

    private void remember(String relativePath, String fingerprint) {
        if (recordFile == null) {
            return;
        }
        try {
            BasicFileAttributes now = Files.readAttributes(resolve(relativePath), BasicFileAttributes.class);
            current.files.put(relativePath,
                    new OutputRecords.FileRecord(fingerprint, now.size(), now.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            current.files.remove(relativePath); // not recorded: the next build makes it again
        }
    }

    private boolean intact(String relativePath, OutputRecords.FileRecord record) {
        try {
            BasicFileAttributes now = Files.readAttributes(resolve(relativePath), BasicFileAttributes.class);
            return now.isRegularFile() && now.size() == record.size()
                    && now.lastModifiedTime().toMillis() == record.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /** Files this build kept from the last one without making them again. */
    public int filesReused() {
        return reused.get();
    }

    /** Files written (or found unchanged) by this build. */
    public int filesWritten() {
        return count.get(); // a set's size() would walk the whole set; progress asks often
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
        String oldList = Files.isRegularFile(ledger) ? Files.readString(ledger, StandardCharsets.UTF_8) : null;
        String[] oldPaths = oldList == null ? new String[0] : oldList.lines().toArray(String[]::new);
        for (String old : oldPaths) {
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
        // a rebuild usually writes the files the last one did: then the old ledger, already in order, is the list.
        // Sorting 124,000 paths again (and the records' as many, OutputRecords.save) kept a 100k one-change
        // rebuild's last stage at 0.9-1.5 s; without both sorts it takes 0.6-0.7 s
        String[] paths = oldPaths;
        if (!OutputRecords.inOrderAndExactly(paths, written)) {
            paths = written.toArray(String[]::new);
            Arrays.sort(paths);
        }
        String list = String.join("\n", paths) + "\n";
        if (!list.equals(oldList)) {
            Files.writeString(ledger, list, StandardCharsets.UTF_8); // unchanged, it is left alone like every file
        }
        bytes.add(list.getBytes(StandardCharsets.UTF_8).length); // the ledger is published with the site, so it counts
        if (recordFile != null && !(keptAll && Files.isRegularFile(recordFile))) {
            current.save(recordFile, salt, previous);
        }
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
