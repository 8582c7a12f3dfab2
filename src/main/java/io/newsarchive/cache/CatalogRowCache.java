package io.newsarchive.cache;

import io.newsarchive.model.Article;
import io.newsarchive.site.CatalogRows;
import io.newsarchive.write.AtomicFile;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Where each row of the last build's catalog lies in that file, under the row's key, so a rebuild copies the rows
 * that did not change instead of formatting them again (in a 100,000-article archive the catalog is some 400 MB of
 * CSV, and formatting it was seconds of every rebuild). The rows themselves are read from the catalog the site
 * already holds; each carries a checksum, so a catalog edited by hand, or replaced, gives back no row that differs
 * from what was written: such rows are formatted again.
 */
public final class CatalogRowCache implements CatalogRows, Closeable {
    private static final String MAGIC = "newsarchive-catalog-rows";
    private static final int FORMAT = 1;

    /** One row: where it starts in the catalog, its length and its checksum. */
    private record Row(long at, int length, int checksum) {
    }

    private final ArticleKeys articleKeys;
    private final Map<DigestKey, Row> previous;
    private final FileChannel catalog;
    private final List<byte[]> writtenKeys = new ArrayList<>();
    private final List<Row> writtenRows = new ArrayList<>();
    private boolean finished;

    private CatalogRowCache(ArticleKeys articleKeys, Map<DigestKey, Row> previous, FileChannel catalog) {
        this.articleKeys = articleKeys;
        this.previous = previous;
        this.catalog = catalog;
    }

    /**
     * The rows of {@code catalogFile} as {@code indexFile} lists them, when the index was made by this version of
     * the tool and reads back whole; else none (every row is formatted).
     */
    public static CatalogRowCache load(Path indexFile, Path catalogFile, ArticleKeys articleKeys) {
        Map<DigestKey, Row> rows = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(indexFile),
                1 << 16))) {
            if (MAGIC.equals(in.readUTF()) && in.readInt() == FORMAT && Digests.codeVersion().equals(in.readUTF())) {
                int n = in.readInt();
                CRC32C check = new CRC32C();
                byte[] key = new byte[DigestKey.BYTES];
                ByteBuffer entry = ByteBuffer.allocate(DigestKey.BYTES + 16);
                for (int i = 0; i < n; i++) {
                    in.readFully(entry.array());
                    check.update(entry.array());
                    entry.get(0, key);
                    rows.put(DigestKey.of(key), new Row(entry.getLong(DigestKey.BYTES),
                            entry.getInt(DigestKey.BYTES + 8), entry.getInt(DigestKey.BYTES + 12)));
                }
                if (in.readInt() != (int) check.getValue() || in.read() != -1) {
                    rows.clear(); // garbled: trust none of it
                }
            }
        } catch (IOException | RuntimeException missingOrGarbled) {
            rows.clear();
        }
        FileChannel channel = null;
        if (!rows.isEmpty()) {
            try {
                channel = FileChannel.open(catalogFile);
            } catch (IOException gone) {
                rows.clear();
            }
        }
        return new CatalogRowCache(articleKeys, rows, channel);
    }

    @Override
    public byte[] articleKey(Article article) {
        return articleKeys.of(article);
    }

    @Override
    public byte[] find(byte[] rowKey) {
        Row row = previous.get(DigestKey.of(rowKey));
        if (row == null) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.allocate(row.length());
            while (bytes.hasRemaining()) {
                if (catalog.read(bytes, row.at() + bytes.position()) < 0) {
                    return null;
                }
            }
            return Digests.checksum(bytes.array()) == row.checksum() ? bytes.array() : null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** Called in the catalog's order, from the one thread that writes it. */
    @Override
    public void wrote(byte[] rowKey, long at, byte[] row) {
        if (rowKey != null) {
            writtenKeys.add(rowKey);
            writtenRows.add(new Row(at, row.length, Digests.checksum(row)));
        }
    }

    @Override
    public void finished() {
        finished = true;
    }

    /**
     * Stores where this build wrote each row, when it wrote the catalog whole; a build that kept the last catalog
     * as it was leaves the index as it was too.
     */
    public void save(Path indexFile) throws IOException {
        close();
        if (!finished) {
            return;
        }
        AtomicFile.write(indexFile, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(Digests.codeVersion());
            out.writeInt(writtenKeys.size());
            CRC32C check = new CRC32C();
            ByteBuffer entry = ByteBuffer.allocate(DigestKey.BYTES + 16);
            for (int i = 0; i < writtenKeys.size(); i++) {
                Row row = writtenRows.get(i);
                entry.clear();
                entry.put(writtenKeys.get(i)).putLong(row.at()).putInt(row.length()).putInt(row.checksum());
                check.update(entry.array());
                out.write(entry.array());
            }
            out.writeInt((int) check.getValue());
        });
    }

    @Override
    public void close() throws IOException {
        if (catalog != null) {
            catalog.close();
        }
    }
}
