package io.newsarchive.cache;

import io.newsarchive.dedupe.Decision;
import io.newsarchive.dedupe.GroupingMemo;
import io.newsarchive.model.Article;
import io.newsarchive.write.AtomicFile;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grouping's work on single articles and on pairs of articles from the last build, kept under each article's
 * {@link ArticleKeys key}: a rebuild recalls it for every article that did not change (see {@link GroupingMemo}).
 * The file holds the last build's articles only, each once, the pairs among them, and its grouping into events
 * under the digest of what that read. A file made under another key (other code, other settings), cut short, or
 * failing its checksum is ignored: the grouping then does all its work.
 */
public final class GroupingCache {
    private static final String MAGIC = "newsarchive-grouping-memo";
    private static final int FORMAT = 3;
    /** Each kept article's place in {@link #work}, by key. */
    private final Map<DigestKey, Integer> index;
    private final GroupingMemo.ArticleWork[] work;
    /** Shared shingle counts by pair of places ({@link #pair}). */
    private final PairCounts pairs;
    /** The last build's grouping into events, or null. */
    private final GroupingMemo.EventGrouping events;

    /** The key the file was read, or will be written, under. */
    private final String key;

    private GroupingCache(String key, Map<DigestKey, Integer> index, GroupingMemo.ArticleWork[] work,
                          PairCounts pairs, GroupingMemo.EventGrouping events) {
        this.key = key;
        this.index = index;
        this.work = work;
        this.pairs = pairs;
        this.events = events;
    }

    /** Nothing kept: every article is worked on; what the build does is kept under {@code key}. */
    public static GroupingCache empty(String key) {
        return new GroupingCache(key, Map.of(), new GroupingMemo.ArticleWork[0], new PairCounts(0), null);
    }

    /** The key of a memo made by this code under these grouping settings. */
    public static String key(String settings) {
        return Digests.of(MAGIC, Digests.codeVersion(), settings);
    }

    /** How many articles the cache holds work for. */
    public int articles() {
        return work.length;
    }

    /** Whether the cache holds a grouping into events. */
    public boolean hasEvents() {
        return events != null;
    }

    /** The memo for this build's articles, recalling what this cache holds and keeping what the build does. */
    public Memo memo(ArticleKeys keys) {
        return new Memo(keys);
    }

    /** One build's use of the cache: what it recalled, and what it will keep. */
    public final class Memo implements GroupingMemo {
        private final ArticleKeys keys;
        private DigestKey[] current;
        private List<Article> keptArticles;
        private ArticleWork[] keptWork;
        private long[] keptPairs;
        private int[] keptShared;
        private EventGrouping keptEvents;

        private Memo(ArticleKeys keys) {
            this.keys = keys;
        }

        @Override
        public Recalled recall(List<Article> articles) {
            int n = articles.size();
            current = new DigestKey[n];
            int[] place = new int[n];
            for (int i = 0; i < n; i++) {
                byte[] key = keys.of(articles.get(i));
                current[i] = key == null || key.length != DigestKey.BYTES ? null : DigestKey.of(key);
                Integer at = current[i] == null ? null : index.get(current[i]);
                place[i] = at == null ? -1 : at;
            }
            return new Recalled() {
                @Override
                public ArticleWork article(int i) {
                    return place[i] < 0 ? null : work[place[i]];
                }

                @Override
                public int sharedShingles(int x, int y) {
                    return place[x] < 0 || place[y] < 0 ? -1 : pairs.get(pair(place[x], place[y]));
                }

                @Override
                public EventGrouping events() {
                    return events;
                }
            };
        }

        @Override
        public void keep(List<Article> articles, ArticleWork[] work, long[] pairs, int[] shared,
                         EventGrouping events) {
            this.keptArticles = articles;
            this.keptWork = work;
            this.keptPairs = pairs;
            this.keptShared = shared;
            this.keptEvents = events;
        }

        /**
         * Whether the grouping took this cache's grouping into events: it hands back the very decisions it was given
         * when it takes them, and works out new ones when it does not.
         */
        public boolean eventsRecalled() {
            return events != null && keptEvents != null && keptEvents.decisions() == events.decisions();
        }

        /** Writes what the build kept (nothing if it kept nothing), replacing the old file in one rename. */
        public void save(Path file) throws IOException {
            if (keptWork == null || current == null || current.length != keptWork.length) {
                return;
            }
            byte[] body = body();
            AtomicFile.write(file, out -> {
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeInt(body.length);
                out.writeInt(Digests.checksum(body));
                out.write(body);
            });
        }

        /** The articles, each key once (the first article with it), and the pairs among them. */
        private byte[] body() {
            int n = keptWork.length;
            Map<DigestKey, Integer> placeOf = new LinkedHashMap<>(n * 2);
            int[] articlePlace = new int[n];
            List<Integer> firsts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (current[i] == null) {
                    articlePlace[i] = -1;
                    continue;
                }
                Integer at = placeOf.putIfAbsent(current[i], firsts.size());
                if (at == null) {
                    articlePlace[i] = firsts.size();
                    firsts.add(i);
                } else {
                    articlePlace[i] = at;
                }
            }
            Bytes out = new Bytes();
            out.varint(firsts.size());
            for (int i : firsts) {
                ArticleWork w = keptWork[i];
                out.longValue(current[i].high());
                out.longValue(current[i].low());
                out.varint(w.shingles());
                out.varint((w.bandKeys() != null ? 1 : 0) | (w.eventTerms() != null ? 2 : 0));
                if (w.bandKeys() != null) {
                    out.varint(w.bandKeys().length);
                    for (long k : w.bandKeys()) {
                        out.longValue(k);
                    }
                }
                if (w.eventTerms() != null) {
                    out.longValue(w.eventTerms()[0]);
                    out.longValue(w.eventTerms()[1]);
                }
            }
            // pairs by place, each once, sorted: the file's bytes follow from the archive alone
            PairCounts unique = new PairCounts(keptPairs.length);
            for (int p = 0; p < keptPairs.length; p++) {
                int a = articlePlace[(int) (keptPairs[p] >>> 32)];
                int b = articlePlace[(int) keptPairs[p]];
                if (a >= 0 && b >= 0 && keptShared[p] >= 0) {
                    unique.put(pair(a, b), keptShared[p]);
                }
            }
            long[] sorted = unique.keys();
            Arrays.sort(sorted);
            out.varint(sorted.length);
            long previous = 0;
            for (long p : sorted) {
                out.varint((p >>> 32) - (previous >>> 32)); // first places ascend: small steps
                out.varint((int) p - (p >>> 32));
                out.varint(unique.get(p));
                previous = p;
            }
            writeEvents(out, keptEvents);
            return out.toByteArray();
        }
    }

    /** The grouping into events: its digest, its groups, its decisions (each pair's ids, scores and outcome). */
    private static void writeEvents(Bytes out, GroupingMemo.EventGrouping events) {
        if (events == null) {
            out.varint(0);
            return;
        }
        out.varint(1);
        out.string(events.inputs());
        writeGroups(out, events.groups());
        writeGroups(out, events.joined());
        out.varint(events.decisions().size());
        for (Decision d : events.decisions()) {
            out.string(d.a());
            out.string(d.b());
            out.varint(d.relation().ordinal());
            out.longValue(Double.doubleToRawLongBits(d.score()));
            out.longValue(Double.doubleToRawLongBits(d.second()));
            out.varint(d.joined() ? 1 : 0);
            out.string(d.reason());
        }
    }

    private static void writeGroups(Bytes out, List<List<Integer>> groups) {
        out.varint(groups.size());
        for (List<Integer> group : groups) {
            out.varint(group.size());
            for (int c : group) {
                out.varint(c);
            }
        }
    }

    private static List<List<Integer>> readGroups(Reader in) {
        int count = in.size();
        List<List<Integer>> groups = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            Integer[] group = new Integer[in.size()];
            for (int k = 0; k < group.length; k++) {
                group[k] = in.number();
            }
            groups.add(List.of(group));
        }
        return List.copyOf(groups);
    }

    private static GroupingMemo.EventGrouping readEvents(Reader in) {
        if (in.size() == 0) {
            return null;
        }
        String inputs = in.string();
        List<List<Integer>> groups = readGroups(in);
        List<List<Integer>> joined = readGroups(in);
        int decisionCount = in.size();
        Decision.Relation[] relations = Decision.Relation.values();
        List<Decision> decisions = new ArrayList<>(decisionCount);
        for (int k = 0; k < decisionCount; k++) {
            String a = in.string();
            String b = in.string();
            int relation = in.size();
            if (relation >= relations.length) {
                throw new IllegalStateException("unknown relation");
            }
            double score = Double.longBitsToDouble(in.longValue());
            double second = Double.longBitsToDouble(in.longValue());
            boolean together = in.size() != 0;
            decisions.add(new Decision(a, b, relations[relation], score, second, together, in.string()));
        }
        return new GroupingMemo.EventGrouping(inputs, groups, List.copyOf(decisions), joined);
    }

    /** A pair of places, smaller first, as one long. */
    private static long pair(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /**
     * Loads the file: the work kept under {@code key} ({@link #key}), or {@link #empty} when the file is missing,
     * made under another key, cut short or garbled.
     */
    public static GroupingCache load(Path file, String key) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                return empty(key);
            }
            int length = in.readInt();
            int checksum = in.readInt();
            if (length < 0 || length > Files.size(file)) {
                return empty(key);
            }
            byte[] body = in.readNBytes(length);
            if (body.length != length || Digests.checksum(body) != checksum || in.read() != -1) {
                return empty(key);
            }
            return parse(key, new Reader(body));
        } catch (IOException | RuntimeException unusable) {
            return empty(key); // missing, cut short or garbled: group afresh
        }
    }

    private static GroupingCache parse(String key, Reader in) {
        int n = in.size();
        Map<DigestKey, Integer> index = new HashMap<>(n * 2);
        GroupingMemo.ArticleWork[] work = new GroupingMemo.ArticleWork[n];
        for (int i = 0; i < n; i++) {
            DigestKey articleKey = new DigestKey(in.longValue(), in.longValue());
            int shingles = in.number();
            int flags = in.size();
            if (flags > 3) {
                throw new IllegalStateException("unknown flags");
            }
            long[] bandKeys = null;
            if ((flags & 1) != 0) {
                bandKeys = new long[in.size()];
                for (int b = 0; b < bandKeys.length; b++) {
                    bandKeys[b] = in.longValue();
                }
            }
            long[] eventTerms = (flags & 2) != 0 ? new long[] {in.longValue(), in.longValue()} : null;
            index.put(articleKey, i);
            work[i] = new GroupingMemo.ArticleWork(shingles, bandKeys, eventTerms);
        }
        int count = in.size();
        PairCounts pairs = new PairCounts(count);
        long first = 0;
        for (int p = 0; p < count; p++) {
            first += in.size();
            long second = first + in.size();
            if (second >= n) {
                throw new IllegalStateException("a pair names no article");
            }
            pairs.put(first << 32 | second, in.number());
        }
        GroupingMemo.EventGrouping events = readEvents(in);
        if (!in.atEnd()) {
            throw new IllegalStateException("bytes after the grouping into events");
        }
        return new GroupingCache(key, index, work, pairs, events);
    }

    /** Shared shingle counts by pair: open addressing over longs, as a map of boxed longs would be many objects. */
    private static final class PairCounts {
        private long[] keys;
        private int[] values;
        private int size;

        PairCounts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            Arrays.fill(keys, -1);
            values = new int[capacity];
        }

        /** The count of a pair, or -1. */
        int get(long pair) {
            int mask = keys.length - 1;
            for (int at = slot(pair, mask); ; at = (at + 1) & mask) {
                if (keys[at] == pair) {
                    return values[at];
                }
                if (keys[at] == -1) {
                    return -1;
                }
            }
        }

        void put(long pair, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int at = slot(pair, mask);
            while (keys[at] != -1 && keys[at] != pair) {
                at = (at + 1) & mask;
            }
            if (keys[at] == -1) {
                size++;
            }
            keys[at] = pair;
            values[at] = value;
        }

        long[] keys() {
            long[] out = new long[size];
            int k = 0;
            for (long key : keys) {
                if (key != -1) {
                    out[k++] = key;
                }
            }
            return out;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            values = new int[keys.length];
            size = 0;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != -1) {
                    put(oldKeys[s], oldValues[s]);
                }
            }
        }

        private static int slot(long pair, int mask) {
            long h = pair * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & mask;
        }
    }

    /**
     * The file's body as it is written: varints for counts and places, whole longs for keys, and a weight as a
     * varint when it is a small whole number (event term weights are sums of whole weights) or its bits otherwise.
     */
    private static final class Bytes {
        // a plain array: ByteArrayOutputStream's write is synchronized, a lock for each of some fifty million bytes
        private byte[] bytes = new byte[1 << 20];
        private int size;

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        void longValue(long v) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (v >>> shift);
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
            }
        }
    }

    /** Reads what {@link Bytes} wrote; running past the end throws. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift > 63) {
                    throw new IllegalStateException("garbled number");
                }
                byte b = bytes[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        /** A count, length or place: never more than the bytes left, as each counted thing takes one at least. */
        int size() {
            long v = varint();
            if (v < 0 || v > bytes.length) {
                throw new IllegalStateException("garbled size");
            }
            return (int) v;
        }

        /** A number that is no count: any int from 0 up. */
        int number() {
            long v = varint();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalStateException("garbled number");
            }
            return (int) v;
        }

        long longValue() {
            long v = 0;
            for (int b = 0; b < 8; b++) {
                v = v << 8 | (bytes[at++] & 0xFF);
            }
            return v;
        }

        String string() {
            int length = size();
            if (length > bytes.length - at) {
                throw new IllegalStateException("a string runs past the end");
            }
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        boolean atEnd() {
            return at == bytes.length;
        }
    }
}
