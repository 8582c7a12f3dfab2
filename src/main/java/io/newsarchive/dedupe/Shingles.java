package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.util.Arrays;

/**
 * An article's text as a set of word shingles (runs of k words), hashed to 64 bits, sorted and unique. Only the
 * body counts: a syndicated copy gets a new headline, dateline and byline, and the parser already removed chrome.
 */
final class Shingles {
    /** Fewer shingles than this are sorted by {@link Arrays#sort}; the bucket sort pays from about here. */
    private static final int SMALL = 64;
    /** A bucket sort bucket with more than this many shingles means repeated text: sorted by comparison instead. */
    private static final int CROWDED = 32;

    /** For an ASCII letter or digit its lower case, for any other ASCII char 0. */
    private static final char[] ASCII_WORD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = isWordChar(c) ? lowerCase(c) : 0;
        }
    }

    private Shingles() {
    }

    /**
     * Buffers for shingling many articles on one thread: reused, so an article costs no allocation but its
     * result. {@link #shingles} holds the last article's set.
     */
    static final class Scratch {
        private char[] text = new char[256];
        private long[] words = new long[256];
        long[] shingles = new long[256];
        private long[] bucketed = new long[256];
        private int[] bucketStart = new int[257];
    }

    static long[] of(Article article, int k) {
        Scratch scratch = new Scratch();
        int count = into(scratch, article, k); // first: it may replace scratch.shingles with a larger array
        return Arrays.copyOf(scratch.shingles, count);
    }

    /** Shingles {@code article} into {@code scratch.shingles}, sorted and unique; returns how many there are. */
    static int into(Scratch scratch, Article article, int k) {
        long[] words = scratch.words;
        int n = 0;
        for (BodyBlock block : article.body()) {
            String blockText = block.text(); // once: a block kept as UTF-8 decodes on each call
            int length = blockText.length();
            if (scratch.text.length < length) {
                scratch.text = new char[Math.max(length, scratch.text.length * 2)];
            }
            char[] text = scratch.text; // each block is copied here: array reads are cheaper than String.charAt
            blockText.getChars(0, length, text, 0);
            int i = 0;
            while (i < length) {
                if (!isWordChar(text[i])) {
                    i++;
                    continue;
                }
                long h = 0xcbf29ce484222325L; // FNV-1a over the lower-cased word
                for (; i < length; i++) {
                    char c = text[i];
                    if (c < 128 && ASCII_WORD[c] != 0) { // the common case first, one table load
                        h = (h ^ ASCII_WORD[c]) * 0x100000001b3L;
                    } else if (c >= 128 && Character.isLetterOrDigit(c)) {
                        char lower = Character.toLowerCase(c);
                        if (Character.isLetterOrDigit(lower)) {
                            h = (h ^ lower) * 0x100000001b3L;
                        }
                    } else if (!isInnerMark(text, length, i)) {
                        break;
                    }
                }
                if (n == words.length) {
                    words = Arrays.copyOf(words, words.length * 2);
                    scratch.words = words;
                }
                words[n++] = h;
            }
        }
        if (n < k) {
            return 0;
        }
        int count = n - k + 1;
        if (scratch.shingles.length < count) {
            scratch.shingles = new long[Math.max(count, scratch.shingles.length * 2)];
        }
        long[] shingles = scratch.shingles;
        for (int s = 0; s < count; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < k; j++) {
                h = mix(h ^ words[s + j]);
            }
            shingles[s] = h;
        }
        return sortUnique(scratch, count);
    }

    /**
     * Sorts {@code scratch.shingles[0..count)} and drops repeats; returns how many are left. Shingles are uniform
     * hashes, so one counting pass on their top bits spreads them over buckets of one or two each, in order, and
     * an insertion sort finishes in linear time: several times faster than a comparison sort. A crowded bucket
     * (a text that repeats itself) falls back to {@link Arrays#sort}.
     */
    static int sortUnique(Scratch scratch, int count) {
        long[] shingles = scratch.shingles;
        int bits = 31 - Integer.numberOfLeadingZeros(count);
        if (count < SMALL || !bucketSort(scratch, count, bits)) {
            Arrays.sort(shingles, 0, count);
        } else {
            System.arraycopy(scratch.bucketed, 0, shingles, 0, count);
        }
        int unique = 0;
        for (int s = 0; s < count; s++) {
            if (s == 0 || shingles[s] != shingles[s - 1]) {
                shingles[unique++] = shingles[s];
            }
        }
        return unique;
    }

    /** Bucket sort of {@code scratch.shingles[0..count)} into {@code scratch.bucketed}; false if a bucket is crowded. */
    private static boolean bucketSort(Scratch scratch, int count, int bits) {
        int buckets = 1 << bits;
        if (scratch.bucketed.length < count) {
            scratch.bucketed = new long[Math.max(count, scratch.bucketed.length * 2)];
        }
        if (scratch.bucketStart.length < buckets + 1) {
            scratch.bucketStart = new int[buckets + 1];
        }
        long[] in = scratch.shingles;
        long[] out = scratch.bucketed;
        int[] start = scratch.bucketStart;
        Arrays.fill(start, 0, buckets + 1, 0);
        for (int s = 0; s < count; s++) {
            start[bucket(in[s], bits) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            if (start[b + 1] > CROWDED) {
                return false;
            }
            start[b + 1] += start[b];
        }
        for (int s = 0; s < count; s++) {
            out[start[bucket(in[s], bits)]++] = in[s];
        }
        for (int s = 1; s < count; s++) { // each is at most a few places from where it belongs
            long v = out[s];
            int t = s - 1;
            while (t >= 0 && out[t] > v) {
                out[t + 1] = out[t];
                t--;
            }
            out[t + 1] = v;
        }
        return true;
    }

    /** The top bits of a long, in signed order: the sign bit flipped makes unsigned order agree with signed. */
    private static int bucket(long shingle, int bits) {
        return (int) ((shingle ^ Long.MIN_VALUE) >>> (64 - bits));
    }

    /** {@link Character#isLetterOrDigit(char)}, with the common ASCII case answered without a table lookup. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}, with the ASCII case done inline. */
    static char lowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** An apostrophe or hyphen inside a word ("Iran's", "Tehran-Baku") does not split it. */
    private static boolean isInnerMark(char[] text, int length, int i) {
        char c = text[i];
        return (c == '\'' || c == '’' || c == '-') && i + 1 < length && isWordChar(text[i + 1]);
    }

    /** Size of the intersection of two sorted runs of 32-bit values, as multisets (see {@link ShingleSets}). */
    static int intersection(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int i = aFrom;
        int j = bFrom;
        int n = 0;
        while (i < aTo && j < bTo) {
            // no branches on the data: the JIT can use conditional moves where the outcome is a coin toss
            int x = a[i];
            int y = b[j];
            n += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += x >= y ? 1 : 0;
        }
        return n;
    }

    /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash step. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
