package io.newsarchive.cache;

import io.newsarchive.model.Article;
import io.newsarchive.site.SearchTermsMemo;
import io.newsarchive.site.SearchTermsMemo.DocTermNumbers;
import io.newsarchive.write.AtomicFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The search terms of each article of the last build, under the article's key ({@link ArticleKeys}), so a rebuild
 * finds afresh only the terms of the articles that changed. Compact: a table of the distinct terms in use, then each
 * article's term numbers in increasing order as varint gaps (some two bytes a term), in checksummed blocks that are
 * read and written on all threads at once. Holds only the last build's articles and the terms they use.
 */
public final class SearchTermsCache {
    private static final String MAGIC = "newsarchive-search-terms";
    private static final int FORMAT = 1;
    private static final int BLOCK = 2048;

    /** What a build handed over for the next: its term table and each article's key and terms. */
    private record Kept(List<String> terms, List<byte[]> keys, List<DocTermNumbers> numbers) {
    }

    private final String key;
    private final List<String> terms;
    private final Map<String, Integer> numbers;
    private final Map<DigestKey, DocTermNumbers> previous;
    private final String status;
    private final AtomicInteger hits = new AtomicInteger();
    private volatile Kept kept;

    private SearchTermsCache(String key, List<String> terms, Map<String, Integer> numbers,
                             Map<DigestKey, DocTermNumbers> previous, String status) {
        this.key = key;
        this.terms = terms;
        this.numbers = numbers;
        this.previous = previous;
        this.status = status;
    }

    /** The key a cache file must have been written under: the terms follow from the code alone. */
    public static String key() {
        return Digests.of(MAGIC, Digests.codeVersion());
    }

    private static SearchTermsCache empty(String key, String status) {
        return new SearchTermsCache(key, List.of(), Map.of(), Map.of(), status);
    }

    /**
     * Loads the file; one written under another key, cut short, or failing a checksum is ignored (the build finds
     * every article's terms, as without a cache).
     */
    public static SearchTermsCache load(Path file, String key, ForkJoinPool pool) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                return empty(key, "search terms ignored: not a cache of this format");
            }
            if (!key.equals(in.readUTF())) {
                return empty(key, "search terms ignored: made by another version");
            }
            long fileSize = Files.size(file);
            int termCount = in.readInt();
            byte[] table = readBlock(in, fileSize);
            List<String> terms = new ArrayList<>(Math.min(termCount, table.length));
            Map<String, Integer> numbers = new HashMap<>(Math.min(termCount, table.length) * 2);
            Reader r = new Reader(table);
            for (int n = 0; n < termCount; n++) {
                int length = r.varint();
                String term = new String(r.bytes(length), StandardCharsets.UTF_8);
                if (numbers.putIfAbsent(term, n) != null) {
                    throw new IOException("a term twice in the table");
                }
                terms.add(term);
            }
            r.end();
            int docs = in.readInt();
            List<byte[]> blocks = new ArrayList<>();
            for (int from = 0; from < docs; from += BLOCK) {
                blocks.add(readBlock(in, fileSize));
            }
            if (in.read() != -1) {
                return empty(key, "search terms ignored: unexpected bytes at its end");
            }
            List<Map<DigestKey, DocTermNumbers>> decoded = pool.submit(() -> IntStream.range(0, blocks.size())
                    .parallel()
                    .mapToObj(b -> decode(blocks.get(b), Math.min(BLOCK, docs - b * BLOCK), termCount)).toList())
                    .join();
            Map<DigestKey, DocTermNumbers> previous = new HashMap<>(docs * 2);
            decoded.forEach(previous::putAll);
            return new SearchTermsCache(key, List.copyOf(terms), numbers, previous, "");
        } catch (NoSuchFileException none) {
            return empty(key, "");
        } catch (EOFException | RuntimeException e) {
            return empty(key, "search terms ignored: cut short or garbled");
        } catch (IOException e) {
            return empty(key, "search terms ignored: " + e.getMessage());
        }
    }

    /** A length-prefixed, checksummed block of bytes. */
    private static byte[] readBlock(DataInputStream in, long fileSize) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > fileSize) {
            throw new IOException("garbled block length " + length);
        }
        int checksum = in.readInt();
        byte[] block = new byte[length];
        in.readFully(block);
        if (Digests.checksum(block) != checksum) {
            throw new IOException("a block fails its checksum");
        }
        return block;
    }

    private static Map<DigestKey, DocTermNumbers> decode(byte[] block, int count, int termCount) {
        try {
            Reader r = new Reader(block);
            Map<DigestKey, DocTermNumbers> docs = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                DigestKey k = DigestKey.of(r.bytes(DigestKey.BYTES));
                int[] headline = r.numbers(termCount);
                docs.put(k, new DocTermNumbers(headline, r.numbers(termCount)));
            }
            r.end();
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the file was not used, or empty. */
    public String status() {
        return status;
    }

    /** How many articles' terms this build took from the file. */
    public int hits() {
        return hits.get();
    }

    /**
     * The memo of a file still being loaded: it waits for the loading when the search index first asks (rendering
     * that keeps the whole index never does).
     */
    public static SearchTermsMemo whenLoaded(java.util.concurrent.CompletableFuture<SearchTermsCache> loading,
                                             Function<Article, byte[]> keys) {
        java.util.function.Supplier<SearchTermsMemo> memo = new java.util.function.Supplier<>() {
            private volatile SearchTermsMemo loaded;

            @Override
            public SearchTermsMemo get() {
                SearchTermsMemo m = loaded;
                if (m == null) {
                    m = loading.join().memo(keys); // the same memo every time: it is cheap, and holds no state
                    loaded = m;
                }
                return m;
            }
        };
        return new SearchTermsMemo() {
            @Override
            public List<String> terms() {
                return memo.get().terms();
            }

            @Override
            public int numberOf(String term) {
                return memo.get().numberOf(term);
            }

            @Override
            public DocTermNumbers find(Article article) {
                return memo.get().find(article);
            }

            @Override
            public void keep(List<String> terms, List<Article> articles, List<DocTermNumbers> numbers) {
                memo.get().keep(terms, articles, numbers);
            }
        };
    }

    /** The memo the site reads and fills, finding articles by their key ({@code keys} gives it, or null). */
    public SearchTermsMemo memo(Function<Article, byte[]> keys) {
        return new SearchTermsMemo() {
            @Override
            public List<String> terms() {
                return terms;
            }

            @Override
            public int numberOf(String term) {
                Integer n = numbers.get(term);
                return n == null ? -1 : n;
            }

            @Override
            public DocTermNumbers find(Article article) {
                byte[] k = keys.apply(article);
                DocTermNumbers found = k == null ? null : previous.get(DigestKey.of(k));
                if (found != null) {
                    hits.incrementAndGet();
                }
                return found;
            }

            @Override
            public void keep(List<String> terms, List<Article> articles, List<DocTermNumbers> numbers) {
                List<byte[]> articleKeys = new ArrayList<>(articles.size());
                for (Article a : articles) {
                    articleKeys.add(keys.apply(a));
                }
                kept = new Kept(terms, articleKeys, numbers);
            }
        };
    }

    /**
     * Writes what this build kept, replacing the old file in one rename: the terms in use renumbered in their order,
     * each article under its key. Nothing when the build kept nothing (it reused the whole index) or every article's
     * terms came from the file and none went away: the file already says all this.
     */
    public void save(Path file, ForkJoinPool pool) throws IOException {
        Kept k = kept;
        if (k == null || (unchanged(k) && Files.isRegularFile(file))) {
            return;
        }
        int[] renumbered = new int[k.terms().size()];
        for (DocTermNumbers d : k.numbers()) {
            for (int n : d.all()) {
                renumbered[n] = 1;
            }
            for (int n : d.headline()) {
                renumbered[n] = 1;
            }
        }
        Writer table = new Writer();
        int used = 0;
        for (int n = 0; n < renumbered.length; n++) {
            if (renumbered[n] != 0) {
                byte[] term = k.terms().get(n).getBytes(StandardCharsets.UTF_8);
                table.varint(term.length);
                table.bytes(term);
                renumbered[n] = used++;
            }
        }
        // an article without a key (none of this archive's) cannot be found next time: it is left out
        List<Integer> withKeys = IntStream.range(0, k.keys().size()).filter(i -> k.keys().get(i) != null).boxed()
                .toList();
        int blocks = (withKeys.size() + BLOCK - 1) / BLOCK;
        List<byte[]> encoded = pool.submit(() -> IntStream.range(0, blocks).parallel().mapToObj(b -> {
            Writer w = new Writer();
            for (int i : withKeys.subList(b * BLOCK, Math.min(withKeys.size(), (b + 1) * BLOCK))) {
                w.bytes(k.keys().get(i));
                w.numbers(k.numbers().get(i).headline(), renumbered);
                w.numbers(k.numbers().get(i).all(), renumbered);
            }
            return w.toBytes();
        }).toList()).join();
        int termCount = used;
        AtomicFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeInt(termCount);
            byte[] t = table.toBytes();
            out.writeInt(t.length);
            out.writeInt(Digests.checksum(t));
            out.write(t);
            out.writeInt(withKeys.size());
            for (byte[] b : encoded) {
                out.writeInt(b.length);
                out.writeInt(Digests.checksum(b));
                out.write(b);
            }
        });
    }

    /** Whether the build's articles are exactly the file's: then so are their terms. */
    private boolean unchanged(Kept k) {
        if (k.keys().size() != previous.size()) {
            return false;
        }
        for (byte[] key : k.keys()) {
            if (key == null || !previous.containsKey(DigestKey.of(key))) {
                return false;
            }
        }
        return true;
    }

    /** Varints (seven bits a byte, low bits first) into a growing array. */
    private static final class Writer {
        private byte[] bytes = new byte[1 << 16];
        private int size;

        void varint(int value) {
            if (size + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void bytes(byte[] b) {
            if (size + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        /** A count, then the first number and the gaps to each next one (numbers in increasing order). */
        void numbers(int[] numbers, int[] renumbered) {
            varint(numbers.length);
            int previous = 0;
            for (int n : numbers) {
                int r = renumbered[n];
                varint(r - previous);
                previous = r;
            }
        }

        byte[] toBytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Reads what {@link Writer} wrote; anything out of bounds is garbled. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int varint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (at >= bytes.length) {
                    throw new EOFException();
                }
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IOException("garbled varint");
        }

        byte[] bytes(int length) throws IOException {
            if (length < 0 || length > bytes.length - at) {
                throw new EOFException();
            }
            byte[] b = Arrays.copyOfRange(bytes, at, at + length);
            at += length;
            return b;
        }

        /** Numbers as {@link Writer#numbers} wrote them; each must be below {@code limit} and above the one before. */
        int[] numbers(int limit) throws IOException {
            int count = varint();
            if (count < 0 || count > bytes.length - at) {
                throw new IOException("garbled count " + count);
            }
            int[] numbers = new int[count];
            int previous = -1;
            for (int i = 0; i < count; i++) {
                int gap = varint();
                int n = i == 0 ? gap : previous + gap;
                if (gap < 0 || n <= previous || n >= limit) {
                    throw new IOException("garbled term number");
                }
                numbers[i] = n;
                previous = n;
            }
            return numbers;
        }

        void end() throws IOException {
            if (at != bytes.length) {
                throw new IOException("bytes left in a block");
            }
        }
    }
}
