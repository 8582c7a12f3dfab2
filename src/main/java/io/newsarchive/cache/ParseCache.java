package io.newsarchive.cache;

import io.newsarchive.model.Article;
import io.newsarchive.write.AtomicFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Parsed articles from the last build, each under its file's path, size and modification time: a file that did
 * not change is not read or parsed again. The cache is one file, written whole at the end of a build (through a
 * temporary file and a rename), holding only the files that build saw. Each article is stored as a length-prefixed
 * block, so a block of articles is decoded (and encoded) on all threads at once: on one thread, reading and writing a
 * 100,000-article cache took some three seconds of every rebuild.
 */
public final class ParseCache {
    private static final String MAGIC = "newsarchive-parse-cache";
    private static final int FORMAT = 3;
    /** Articles read or written as one block: a few megabytes, held once as bytes and once decoded. */
    private static final int BLOCK = 2048;
    private static final int DIGEST_BYTES = 16;
    /**
     * A file changed within this long before the cache was written may change again within its timestamp's
     * granularity (a second on some file systems) without its size or time changing: such entries are not trusted.
     */
    private static final long RACY_MILLIS = 2000;

    /**
     * What the cache knows about one file: its size and time, its parse, and a digest of that parse; for an entry
     * read from the cache file, where its encoded article lies in that file ({@code at}, -1 for a fresh parse), its
     * length and checksum, so saving copies those bytes instead of encoding the article again.
     */
    private record Entry(long size, long modified, Article article, byte[] digest, long at, int length,
                         int checksum) {
        Entry(long size, long modified, Article article, byte[] digest) {
            this(size, modified, article, digest, -1, 0, 0);
        }
    }

    private final String key;
    /** The file the previous entries were read from, or null. */
    private final Path loadedFrom;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final String status;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    private final long startedMillis = System.currentTimeMillis();
    private int copied;
    /** False for --no-cache: nothing is remembered, so no digest is worked out for it. */
    private final boolean keeps;

    private ParseCache(String key, Map<String, Entry> previous, String status) {
        this(key, null, previous, status, true);
    }

    private ParseCache(String key, Path loadedFrom, Map<String, Entry> previous, String status, boolean keeps) {
        this.keeps = keeps;
        this.key = key;
        this.loadedFrom = loadedFrom;
        this.previous = previous;
        this.status = status;
    }

    /**
     * Loads the cache file. {@code key} names everything besides a file's bytes that its parse depends on (the
     * tool's code, the outlet table, the manifest); a cache made under another key is ignored, as is a file that
     * does not read back whole.
     */
    public static ParseCache load(Path file, String key, ForkJoinPool pool) {
        Map<String, Entry> entries = new TreeMap<>();
        try (Counting counted = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             DataInputStream in = new DataInputStream(counted)) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                return new ParseCache(key, Map.of(), "cache ignored: not a cache of this format");
            }
            if (!key.equals(in.readUTF())) {
                return new ParseCache(key, Map.of(), "cache ignored: made by another version or other settings");
            }
            long fileSize = Files.size(file);
            long savedAt = in.readLong();
            int n = in.readInt();
            // a block is decoded on the pool while the next one is read: reading waited for decoding before
            Runnable decoded = () -> { };
            for (int from = 0; from < n; from += BLOCK) {
                int count = Math.min(BLOCK, n - from);
                String[] sources = new String[count];
                long[] sizes = new long[count];
                long[] modified = new long[count];
                byte[][] digests = new byte[count][DIGEST_BYTES];
                byte[][] encoded = new byte[count][];
                long[] at = new long[count];
                int[] checksums = new int[count];
                for (int i = 0; i < count; i++) {
                    sources[i] = ArticleCodec.readString(in);
                    sizes[i] = in.readLong();
                    modified[i] = in.readLong();
                    in.readFully(digests[i]);
                    int length = in.readInt();
                    if (length < 0 || length > fileSize) {
                        throw new IOException("garbled article length " + length);
                    }
                    checksums[i] = in.readInt();
                    at[i] = counted.position;
                    encoded[i] = new byte[length];
                    in.readFully(encoded[i]);
                }
                ForkJoinTask<List<Article>> decoding = pool.submit(() -> java.util.stream.IntStream.range(0, count)
                        .parallel().mapToObj(i -> decode(encoded[i], checksums[i])).toList());
                decoded.run();
                decoded = () -> {
                    List<Article> articles = decoding.join();
                    for (int i = 0; i < count; i++) {
                        if (modified[i] < savedAt - RACY_MILLIS) {
                            entries.put(sources[i], new Entry(sizes[i], modified[i], articles.get(i), digests[i],
                                    at[i], encoded[i].length, checksums[i]));
                        }
                    }
                };
            }
            decoded.run();
            if (in.read() != -1) {
                return new ParseCache(key, Map.of(), "cache ignored: unexpected bytes at its end");
            }
            return new ParseCache(key, file, entries, "", true);
        } catch (NoSuchFileException none) {
            return new ParseCache(key, Map.of(), "");
        } catch (EOFException | RuntimeException e) {
            return new ParseCache(key, Map.of(), "cache ignored: cut short or garbled");
        } catch (IOException e) {
            return new ParseCache(key, Map.of(), "cache ignored: " + e.getMessage());
        }
    }

    /**
     * One article's block; a block whose checksum differs (a flipped bit would otherwise decode to another text),
     * that does not decode, or that holds more than an article, is garbled.
     */
    private static Article decode(byte[] block, int checksum) {
        try {
            if (Digests.checksum(block) != checksum) {
                throw new IOException("cached article fails its checksum");
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(block));
            Article article = ArticleCodec.read(in);
            if (in.available() != 0) {
                throw new IOException("bytes left after a cached article");
            }
            return article;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(Article article) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            ArticleCodec.write(new DataOutputStream(bytes), article);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /** An empty cache that remembers nothing (for --no-cache). */
    public static ParseCache empty() {
        return new ParseCache("", null, Map.of(), "", false);
    }

    /** Why the previous cache was not used, or empty. */
    public String status() {
        return status;
    }

    /**
     * The article parsed from this file last time, if the file's size and time are as they were and its id is the
     * one the build gives it now (ids depend on the other files' names); else null.
     */
    public Article lookup(String source, long size, long modified, String id) {
        Entry e = previous.get(source);
        if (e == null || e.size() != size || e.modified() != modified || !e.article().id().equals(id)) {
            return null;
        }
        current.put(source, e);
        hits.incrementAndGet();
        return e.article();
    }

    /** Remembers a file's parse for the next build. */
    public void remember(String source, long size, long modified, Article article) {
        if (!keeps) {
            return;
        }
        current.put(source, new Entry(size, modified, article, ArticleDigest.of(article)));
    }

    /**
     * The digest of the article this build has for a file (cached or freshly parsed and remembered), or null when
     * the build did not remember one.
     */
    public byte[] digest(String source, Article article) {
        Entry e = current.get(source);
        return e != null && e.article() == article ? e.digest() : null;
    }

    /** How many articles this build took from the cache. */
    public int hits() {
        return hits.get();
    }

    /** How many entries the last {@link #save} copied from the old file instead of encoding them (for tests). */
    int copiedOnSave() {
        return copied;
    }

    /** Writes what this build saw, replacing the old file in one rename; nothing when that is what the file holds. */
    public void save(Path file, ForkJoinPool pool) throws IOException {
        if (hits.get() == current.size() && current.size() == previous.size() && Files.isRegularFile(file)) {
            return; // every file was a cache hit and none went away: the cache file already says all this
        }
        copied = 0;
        AtomicFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeLong(startedMillis); // the time files were looked at, not the time of writing: see RACY_MILLIS
            // sorted as a list: building a TreeMap of them was 37 of 1,627 samples of a 100k one-change rebuild
            List<Map.Entry<String, Entry>> sorted = new ArrayList<>(current.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            out.writeInt(sorted.size());
            try (OldBlocks old = OldBlocks.open(loadedFrom, file)) {
                for (int from = 0; from < sorted.size(); from += BLOCK) {
                    List<Map.Entry<String, Entry>> block = sorted.subList(from, Math.min(sorted.size(), from + BLOCK));
                    // an entry read from the old file is copied from it (in a one-change rebuild, all but one);
                    // encoding every article again was a second of CPU in a large rebuild
                    byte[][] encoded = new byte[block.size()][];
                    for (int i = 0; i < block.size(); i++) {
                        encoded[i] = old.read(block.get(i).getValue());
                        copied += encoded[i] == null ? 0 : 1;
                    }
                    pool.submit(() -> java.util.stream.IntStream.range(0, encoded.length).parallel()
                            .filter(i -> encoded[i] == null)
                            .forEach(i -> encoded[i] = encode(block.get(i).getValue().article()))).join();
                    for (int i = 0; i < block.size(); i++) {
                        Entry e = block.get(i).getValue();
                        ArticleCodec.writeString(out, block.get(i).getKey());
                        out.writeLong(e.size());
                        out.writeLong(e.modified());
                        out.write(e.digest());
                        out.writeInt(encoded[i].length);
                        out.writeInt(Digests.checksum(encoded[i]));
                        out.write(encoded[i]);
                    }
                }
            }
        });
    }

    /**
     * The cache file this cache was loaded from, open for copying entries' encoded articles out of it while the new
     * file is written beside it (the old one is replaced only by the final rename).
     */
    private static final class OldBlocks implements java.io.Closeable {
        private final java.nio.channels.FileChannel channel;

        private OldBlocks(java.nio.channels.FileChannel channel) {
            this.channel = channel;
        }

        /** The old file when it is the one being replaced, or nothing to copy from. */
        static OldBlocks open(Path loadedFrom, Path file) {
            if (loadedFrom == null || !loadedFrom.equals(file)) {
                return new OldBlocks(null);
            }
            try {
                return new OldBlocks(java.nio.channels.FileChannel.open(file));
            } catch (IOException gone) {
                return new OldBlocks(null);
            }
        }

        /**
         * An entry's encoded article as the old file holds it, or null when the entry is a fresh parse or the bytes
         * read back are not the ones loaded (their checksum differs): then it is encoded again.
         */
        byte[] read(Entry e) {
            if (channel == null || e.at() < 0) {
                return null;
            }
            try {
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(e.length());
                while (bytes.hasRemaining()) {
                    if (channel.read(bytes, e.at() + bytes.position()) < 0) {
                        return null;
                    }
                }
                return Digests.checksum(bytes.array()) == e.checksum() ? bytes.array() : null;
            } catch (IOException unreadable) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }

    /** An input stream that counts the bytes read through it: where each encoded article lies in the file. */
    private static final class Counting extends java.io.FilterInputStream {
        long position;

        Counting(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            position += skipped;
            return skipped;
        }
    }
}
