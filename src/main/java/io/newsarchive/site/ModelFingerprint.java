package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A digest of a page's data model (maps, lists, strings, numbers, booleans; runs of ints among a file's inputs),
 * taken before rendering: a page whose model and templates are as last time renders to the same bytes, so it need
 * not be rendered. Every value is typed and length-prefixed, so two different models never feed the digest the same
 * bytes. Map entries are taken in the map's order, which is the fixed insertion order of {@link PageModels}; a map
 * without an order of its own is taken by key. An article's map ({@link ArticleModel}) is taken as the article's key
 * and the page's path when the key is known: the map follows from those two.
 *
 * <p>The digest is MurmurHash3's 128 bits (Commons Codec's), not MD5: a fingerprint only tells a changed page from
 * an unchanged one on the user's own machine, and nothing here defends against a forger. A rebuild runs on HotSpot's
 * quick compiler alone ({@code cli.QuickCompiler}), which has no MD5 intrinsic: MD5 took 16 us for 6 kB there,
 * MurmurHash3 7 us, and MD5 was a tenth of a one-change rebuild's CPU samples.
 */
final class ModelFingerprint {
    /**
     * One per rendering thread, reused page after page: looking up a digest by name and allocating the buffer cost
     * a sixth of the fingerprinting of a hundred thousand pages.
     */
    private static final ThreadLocal<ModelFingerprint> PER_THREAD = ThreadLocal.withInitial(ModelFingerprint::new);

    /** What is digested, grown as a page needs; MurmurHash3 takes its input whole. */
    private ByteBuffer buffer = ByteBuffer.allocate(8192);
    private Function<Article, byte[]> articleKeys = a -> null;

    private ModelFingerprint() {
    }

    /** The fingerprint of a page: its template's name and its model. */
    static String of(String template, Map<String, Object> model) {
        return of(template, model, a -> null);
    }

    /**
     * The fingerprint of a page: its template's name and its model, where the model's articles count by their key
     * ({@code articleKeys}: a digest of everything an article holds; null when unknown, and the article's map is
     * digested value by value).
     */
    static String of(String template, Map<String, Object> model, Function<Article, byte[]> articleKeys) {
        ModelFingerprint f = PER_THREAD.get();
        f.buffer.clear();
        f.articleKeys = articleKeys;
        f.string(template);
        f.value(model);
        return f.hex();
    }

    /**
     * The fingerprint of a page made from inputs alone ({@link RenderContext#pageFromInputs}): its template's name
     * and the inputs as model values, where an {@link Article} counts by its key ({@code articleKeys}). Null when an
     * article's key is unknown: the page must then be fingerprinted by its model. An 'I' after the name marks this
     * form, so it never reads as a model's fingerprint (a model is a map: 'm').
     */
    static String ofInputs(String template, List<Object> inputs, Function<Article, byte[]> articleKeys) {
        ModelFingerprint f = PER_THREAD.get();
        f.buffer.clear();
        f.articleKeys = articleKeys;
        f.string(template);
        f.tag('I');
        try {
            f.value(inputs);
        } catch (UnknownArticle e) {
            return null;
        }
        return f.hex();
    }

    /** An input article without a key: thrown out of {@link #value} to {@link #ofInputs}, never further. */
    private static final class UnknownArticle extends RuntimeException {
        UnknownArticle() {
            super(null, null, false, false); // no stack trace: it is control flow, and caught at once
        }
    }

    private void value(Object v) {
        byte[] key;
        if (v == null) {
            tag('n');
        } else if (v instanceof ArticleModel am && (key = articleKeys.apply(am.article())) != null) {
            // the map follows from the article and the page it is on; 'A' marks this form, so it never reads as a map
            // (an article without a key falls through to the Map branch below: its map is digested entry by entry)
            tag('A');
            bytes(key);
            string(am.fromPage());
        } else if (v instanceof Article a) {
            // an input of a page made from inputs: everything the article holds, by its key
            key = articleKeys.apply(a);
            if (key == null) {
                throw new UnknownArticle();
            }
            tag('a');
            bytes(key);
        } else if (v instanceof String s) {
            tag('s');
            string(s);
        } else if (v instanceof BodyBlock b) {
            // a block's text, as the same bytes as that text as a string: taken from its UTF-8, not decoded
            tag('s');
            bytes(b.utf8());
        } else if (v instanceof Map<?, ?> m) {
            tag('m');
            putInt(m.size());
            for (Map.Entry<?, ?> e : inFixedOrder(m)) {
                value(e.getKey());
                value(e.getValue());
            }
        } else if (v instanceof BodyModel body) {
            // the same bytes as the list of {kind, text} maps it stands for, taken without decoding the text
            tag('l');
            putInt(body.size());
            for (BodyBlock b : body.blocks()) {
                tag('m');
                putInt(2);
                value("kind");
                value(BodyModel.kindName(b));
                value("text");
                tag('s');
                bytes(b.utf8());
            }
        } else if (v instanceof List<?> l) {
            tag('l');
            putInt(l.size());
            for (Object o : l) {
                value(o);
            }
        } else if (v instanceof IntSlice slice) {
            tag('r'); // a run of ints ('I' marks the inputs form after a template's name; kept apart for reading)
            int n = slice.to() - slice.from();
            putInt(n);
            room(4 * n);
            buffer.asIntBuffer().put(slice.values(), slice.from(), n);
            buffer.position(buffer.position() + 4 * n);
        } else if (v instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            tag('i');
            room(8);
            buffer.putLong(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            tag('d');
            room(8);
            buffer.putDouble(((Number) v).doubleValue());
        } else {
            // a new kind of value in a model must be taught here, or pages would be kept when they changed
            throw new IllegalArgumentException("page model holds a " + v.getClass().getName()
                    + "; ModelFingerprint cannot digest it");
        }
    }

    /**
     * A map's entries in an order that is the same in every run: its own when it keeps one (insertion or sort order,
     * as {@link PageModels} builds maps), else by key. Map.of and HashMap iterate in an order that changes from one
     * JVM to the next (Map.of by design): taken as it came, a month page's fingerprint changed in one rebuild out of
     * two, and the page was rendered again for nothing.
     */
    private static Iterable<? extends Map.Entry<?, ?>> inFixedOrder(Map<?, ?> m) {
        if (m.size() <= 1 || m instanceof LinkedHashMap || m instanceof SortedMap || m instanceof EnumMap) {
            return m.entrySet();
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
        return entries;
    }

    private void tag(char c) {
        room(1);
        buffer.put((byte) c);
    }

    private void putInt(int n) {
        room(4);
        buffer.putInt(n);
    }

    private void string(String s) {
        // UTF-8 is one-to-one, and the byte count goes first: two different strings never feed the same bytes.
        // Encoding in bulk (the JDK's fast path for Latin-1 strings) is several times faster than char by char.
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] bytes) {
        putInt(bytes.length);
        room(bytes.length);
        buffer.put(bytes);
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            int needed = buffer.position() + bytes;
            buffer = ByteBuffer.wrap(Arrays.copyOf(buffer.array(), Math.max(needed, buffer.capacity() * 2)))
                    .position(buffer.position());
        }
    }

    private String hex() {
        long[] h = MurmurHash3.hash128x64(buffer.array(), 0, buffer.position(), 0);
        return HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]);
    }
}
