package io.newsarchive.cache;

import io.newsarchive.model.Article;
import io.newsarchive.write.AtomicFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed articles from the last build, each under its file's path, size and modification time: a file that did
 * not change is not read or parsed again. The cache is one file, written whole at the end of a build (through a
 * temporary file and a rename), holding only the files that build saw.
 */
public final class ParseCache {
    private static final String MAGIC = "newsarchive-parse-cache";
    private static final int FORMAT = 1;
    private static final int DIGEST_BYTES = 16;
    /**
     * A file changed within this long before the cache was written may change again within its timestamp's
     * granularity (a second on some file systems) without its size or time changing: such entries are not trusted.
     */
    private static final long RACY_MILLIS = 2000;

    /** What the cache knows about one file: its size and time, its parse, and a digest of that parse. */
    private record Entry(long size, long modified, Article article, byte[] digest) {
    }

    private final String key;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final String status;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    private final long startedMillis = System.currentTimeMillis();
    /** False for --no-cache: nothing is remembered, so no digest is worked out for it. */
    private final boolean keeps;

    private ParseCache(String key, Map<String, Entry> previous, String status) {
        this(key, previous, status, true);
    }

    private ParseCache(String key, Map<String, Entry> previous, String status, boolean keeps) {
        this.keeps = keeps;
        this.key = key;
        this.previous = previous;
        this.status = status;
    }

    /**
     * Loads the cache file. {@code key} names everything besides a file's bytes that its parse depends on (the
     * tool's code, the outlet table, the manifest); a cache made under another key is ignored, as is a file that
     * does not read back whole.
     */
    public static ParseCache load(Path file, String key) {
        Map<String, Entry> entries = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                return new ParseCache(key, Map.of(), "cache ignored: not a cache of this format");
            }
            if (!key.equals(in.readUTF())) {
                return new ParseCache(key, Map.of(), "cache ignored: made by another version or other settings");
            }
            long savedAt = in.readLong();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String source = ArticleCodec.readString(in);
                long size = in.readLong();
                long modified = in.readLong();
                byte[] digest = new byte[DIGEST_BYTES];
                in.readFully(digest);
                Article article = ArticleCodec.read(in);
                if (modified < savedAt - RACY_MILLIS) {
                    entries.put(source, new Entry(size, modified, article, digest));
                }
            }
            if (in.read() != -1) {
                return new ParseCache(key, Map.of(), "cache ignored: unexpected bytes at its end");
            }
            return new ParseCache(key, entries, "");
        } catch (NoSuchFileException none) {
            return new ParseCache(key, Map.of(), "");
        } catch (EOFException | RuntimeException e) {
            return new ParseCache(key, Map.of(), "cache ignored: cut short or garbled");
        } catch (IOException e) {
            return new ParseCache(key, Map.of(), "cache ignored: " + e.getMessage());
        }
    }

    /** An empty cache that remembers nothing (for --no-cache). */
    public static ParseCache empty() {
        return new ParseCache("", Map.of(), "", false);
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

    /** Writes what this build saw, replacing the old file in one rename; nothing when that is what the file holds. */
    public void save(Path file) throws IOException {
        if (hits.get() == current.size() && current.size() == previous.size() && Files.isRegularFile(file)) {
            return; // every file was a cache hit and none went away: the cache file already says all this
        }
        AtomicFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeLong(startedMillis); // the time files were looked at, not the time of writing: see RACY_MILLIS
            Map<String, Entry> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                ArticleCodec.writeString(out, e.getKey());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
                out.write(e.getValue().digest());
                ArticleCodec.write(out, e.getValue().article());
            }
        });
    }
}
