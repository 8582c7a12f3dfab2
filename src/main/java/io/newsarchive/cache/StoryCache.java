package io.newsarchive.cache;

import io.newsarchive.dedupe.Decision;
import io.newsarchive.dedupe.Deduper;
import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import io.newsarchive.write.AtomicFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The last build's story grouping, under a digest of every article it grouped (their full parsed content, in id
 * order) and of the grouping settings: when nothing an article says changed, the stories cannot have changed
 * either, and grouping is skipped. Any change to any article regroups all of them, since one article can join or
 * split stories anywhere.
 */
public final class StoryCache {
    private static final String MAGIC = "newsarchive-story-cache";
    private static final int FORMAT = 1;

    private StoryCache() {
    }

    /**
     * The digest that keys the grouping of these articles (in this order) under these settings: {@code known} gives
     * an article's digest when the parse cache has it, so unchanged articles are not digested again. The articles
     * are the parser's output; what the build makes of them afterwards (boilerplate learned across them, stories)
     * follows from them, so one key covers it all.
     */
    public static String key(List<Article> articles, Function<Article, byte[]> known, String settings,
                             ForkJoinPool pool) {
        List<byte[]> each = pool.submit(() -> articles.parallelStream().map(a -> {
            byte[] d = known.apply(a);
            return d != null ? d : ArticleDigest.of(a);
        }).toList()).join();
        MessageDigest md = Digests.md5();
        md.update(settings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(Digests.codeVersion().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        each.forEach(md::update);
        return HexFormat.of().formatHex(md.digest());
    }

    /** The grouping stored under this key, if the file holds one that reads back whole. */
    public static Optional<Deduper.Result> load(Path file, String key) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            int n = ArticleCodec.readSize(in);
            List<Story> stories = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = ArticleCodec.readString(in);
                String canonical = ArticleCodec.readString(in);
                List<String> versions = ArticleCodec.readStrings(in);
                int copies = ArticleCodec.readSize(in);
                Map<String, String> copyOf = new LinkedHashMap<>();
                for (int c = 0; c < copies; c++) {
                    copyOf.put(ArticleCodec.readString(in), ArticleCodec.readString(in));
                }
                stories.add(new Story(id, canonical, versions, copyOf, ArticleCodec.readDate(in)));
            }
            int d = ArticleCodec.readSize(in);
            List<Decision> decisions = new ArrayList<>(d);
            Decision.Relation[] relations = Decision.Relation.values();
            for (int i = 0; i < d; i++) {
                String a = ArticleCodec.readString(in);
                String b = ArticleCodec.readString(in);
                int relation = in.readUnsignedByte();
                if (relation >= relations.length) {
                    return Optional.empty();
                }
                decisions.add(new Decision(a, b, relations[relation], in.readDouble(), in.readDouble(),
                        in.readBoolean(), ArticleCodec.readString(in)));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new Deduper.Result(stories, decisions));
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty(); // missing, cut short or garbled: group afresh
        }
    }

    /** Stores a grouping under its key, replacing the old file in one rename. */
    public static void save(Path file, String key, Deduper.Result result) throws IOException {
        AtomicFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeInt(result.stories().size());
            for (Story s : result.stories()) {
                ArticleCodec.writeString(out, s.id());
                ArticleCodec.writeString(out, s.canonical());
                ArticleCodec.writeStrings(out, s.versions());
                // sorted, so the file's bytes do not depend on a map's iteration order
                Map<String, String> copies = new java.util.TreeMap<>(s.copyOf());
                out.writeInt(copies.size());
                for (Map.Entry<String, String> e : copies.entrySet()) {
                    ArticleCodec.writeString(out, e.getKey());
                    ArticleCodec.writeString(out, e.getValue());
                }
                ArticleCodec.writeDate(out, s.date());
            }
            out.writeInt(result.decisions().size());
            for (Decision d : result.decisions()) {
                ArticleCodec.writeString(out, d.a());
                ArticleCodec.writeString(out, d.b());
                out.writeByte(d.relation().ordinal());
                out.writeDouble(d.score());
                out.writeDouble(d.second());
                out.writeBoolean(d.joined());
                ArticleCodec.writeString(out, d.reason());
            }
        });
    }
}
