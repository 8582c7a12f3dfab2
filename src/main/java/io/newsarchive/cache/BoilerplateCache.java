package io.newsarchive.cache;

import io.newsarchive.model.Article;
import io.newsarchive.parse.BoilerplateFilter;
import io.newsarchive.write.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The boilerplate each outlet's articles taught the last build, under a key of those articles, so a rebuild learns
 * again only the outlets whose articles changed (learning every outlet was over a second of a large rebuild). Holds
 * only what this build used or learned; a file of another version, or one that does not read back whole, is ignored.
 */
public final class BoilerplateCache implements BoilerplateFilter.Learned {
    private static final String MAGIC = "newsarchive-boilerplate";
    private static final int FORMAT = 1;

    private final Function<Article, byte[]> articleKeys;
    private final Map<DigestKey, Set<String>> previous;
    private final Map<DigestKey, Set<String>> current = new ConcurrentHashMap<>();

    private BoilerplateCache(Function<Article, byte[]> articleKeys, Map<DigestKey, Set<String>> previous) {
        this.articleKeys = articleKeys;
        this.previous = previous;
    }

    /** The cache in {@code file}, or an empty one; {@code articleKeys} gives an article's digest, or null. */
    public static BoilerplateCache load(Path file, Function<Article, byte[]> articleKeys) {
        Map<DigestKey, Set<String>> entries = new HashMap<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (MAGIC.equals(in.readUTF()) && in.readInt() == FORMAT && Digests.codeVersion().equals(in.readUTF())) {
                byte[] body = new byte[in.readInt()];
                int checksum = in.readInt();
                in.readFully(body);
                if (Digests.checksum(body) == checksum && in.read() == -1) {
                    DataInputStream b = new DataInputStream(new ByteArrayInputStream(body));
                    int n = b.readInt();
                    for (int i = 0; i < n; i++) {
                        byte[] key = new byte[16];
                        b.readFully(key);
                        entries.put(DigestKey.of(key), Set.copyOf(ArticleCodec.readStrings(b)));
                    }
                    if (b.available() != 0) {
                        entries.clear();
                    }
                }
            }
        } catch (IOException | RuntimeException missingOrGarbled) {
            entries.clear();
        }
        return new BoilerplateCache(articleKeys, entries);
    }

    @Override
    public byte[] articleKey(Article article) {
        return articleKeys.apply(article);
    }

    @Override
    public Set<String> find(byte[] outletKey) {
        DigestKey key = DigestKey.of(outletKey);
        Set<String> found = previous.get(key);
        if (found != null) {
            current.put(key, found);
        }
        return found;
    }

    /** Keeps what was learned, unless a paragraph would not read back as it is (a lone surrogate, say). */
    @Override
    public void learned(byte[] outletKey, Set<String> paragraphs) {
        for (String p : paragraphs) {
            if (!p.equals(new String(p.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
                return; // learned again next time
            }
        }
        current.put(DigestKey.of(outletKey), Set.copyOf(paragraphs));
    }

    /** Writes what this build used and learned, unless that is what the file holds already. */
    public void save(Path file) throws IOException {
        if (current.equals(previous) && Files.isRegularFile(file)) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream body = new DataOutputStream(bytes);
        Map<DigestKey, Set<String>> sorted = new TreeMap<>(current);
        body.writeInt(sorted.size());
        for (Map.Entry<DigestKey, Set<String>> e : sorted.entrySet()) {
            body.write(e.getKey().bytes());
            ArticleCodec.writeStrings(body, List.copyOf(new TreeSet<>(e.getValue())));
        }
        body.flush();
        byte[] content = bytes.toByteArray();
        AtomicFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(Digests.codeVersion());
            out.writeInt(content.length);
            out.writeInt(Digests.checksum(content));
            out.write(content);
        });
    }
}
