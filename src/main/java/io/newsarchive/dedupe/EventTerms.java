package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The terms that say which event an article reports: the words of its headline (counted twice) and of its first
 * paragraphs, names (capitalised words inside a sentence) weighted up, function words left out. Which of these
 * terms are rare, and so telling, is decided later across the archive.
 */
final class EventTerms {
    static final int LEAD_PARAGRAPHS = 3;
    private static final double HEADLINE_WEIGHT = 2.0;
    private static final double NAME_WEIGHT = 3.0;

    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "said", "has", "have", "was",
            "were", "are", "its", "his", "her", "their", "this", "from", "will", "would", "also", "not", "but", "who",
            "which", "been", "had", "after", "over", "into", "about", "they", "them", "than", "more", "other", "such",
            "says", "say", "told", "while", "during", "between", "two", "both", "one", "new", "all", "any",
            "our", "can", "could", "should", "may", "him", "she", "what", "when", "where", "how", "there", "these",
            "those", "some", "most", "out", "under", "against", "before", "since", "very", "just", "only", "own",
            "added", "noted", "stated", "stressed", "according", "including", "part", "well", "further", "being");

    /** {@link #STOP} by hash, for words that are not Strings yet. */
    private static final String[][] STOP_BY_HASH = byHash(STOP, 512);

    private EventTerms() {
    }

    /**
     * An article's terms with their summed weights, in order of first appearance.
     *
     * @param terms   distinct terms
     * @param weights each term's weight: its occurrences, headline and name weights applied, summed in text order
     */
    record Counted(String[] terms, double[] weights) {
    }

    /**
     * A 128-bit fingerprint of counted terms: MurmurHash3 (Commons Codec's, as for page fingerprints) over every
     * term's length, characters and weight's bits, in order. Equal terms give equal prints; a rebuild compares prints
     * to tell that an article's terms are as they were without keeping the terms themselves (which took a
     * 100,000-article build past a 1 GB heap).
     */
    static long[] print(Counted counted) {
        int size = 4;
        for (String term : counted.terms()) {
            size += 4 + 2 * term.length() + 8;
        }
        ByteBuffer bytes = ByteBuffer.allocate(size);
        bytes.putInt(counted.terms().length);
        for (int t = 0; t < counted.terms().length; t++) {
            String term = counted.terms()[t];
            bytes.putInt(term.length()); // the length ends the term: "ab","c" is not "a","bc"
            for (int k = 0; k < term.length(); k++) {
                bytes.putChar(term.charAt(k));
            }
            bytes.putLong(Double.doubleToLongBits(counted.weights()[t]));
        }
        return MurmurHash3.hash128x64(bytes.array(), 0, bytes.position(), 0);
    }

    static Counted of(Article a) {
        Accumulator terms = new Accumulator();
        add(terms, a.headline(), HEADLINE_WEIGHT, true);
        // only the lead paragraphs are decoded (Article.paragraphs() would decode the whole text)
        int taken = 0;
        for (BodyBlock b : a.body()) {
            if (taken == LEAD_PARAGRAPHS) {
                break;
            }
            if (!b.isCrosshead()) {
                add(terms, b.text(), 1.0, false);
                taken++;
            }
        }
        return terms.counted();
    }

    /**
     * Sums each term's weights. An ASCII word (nearly every word of an English lead) is lower-cased into a reused
     * buffer and looked up by its characters, so a String is made only for a term's first occurrence: making two
     * (the word, then its lower case) for every word was most of this class's time.
     */
    private static final class Accumulator {
        private char[] word = new char[32];
        private int[] table = new int[256]; // open addressing: 1 + the term's index, 0 when free
        private int[] hashes = new int[32];
        private String[] terms = new String[32];
        private double[] weights = new double[32];
        private int size;

        /** Adds the word held in the buffer, {@code length} characters, already in lower case. */
        void addWord(int length, int hash, double weight) {
            int mask = table.length - 1;
            for (int at = mix(hash) & mask; ; at = (at + 1) & mask) {
                int slot = table[at];
                if (slot == 0) {
                    add(new String(word, 0, length), hash, weight, at);
                    return;
                }
                String term = terms[slot - 1];
                if (hashes[slot - 1] == hash && term.length() == length && sameChars(term, word, length)) {
                    weights[slot - 1] += weight;
                    return;
                }
            }
        }

        /** Adds a term made the slow way (a word with a character outside ASCII), through the buffer. */
        void addTerm(String term, double weight) {
            term.getChars(0, term.length(), buffer(term.length()), 0);
            addWord(term.length(), term.hashCode(), weight);
        }

        private void add(String term, int hash, double weight, int at) {
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            terms[size] = term;
            weights[size] = weight;
            hashes[size] = hash;
            size++;
            table[at] = size;
            if (size * 2 > table.length) {
                table = new int[table.length * 2];
                for (int t = 0; t < size; t++) {
                    int m = table.length - 1;
                    int free = mix(hashes[t]) & m;
                    while (table[free] != 0) {
                        free = (free + 1) & m;
                    }
                    table[free] = t + 1;
                }
            }
        }

        /** The word buffer, at least {@code length} characters long. */
        char[] buffer(int length) {
            if (length > word.length) {
                word = Arrays.copyOf(word, Math.max(length, word.length * 2));
            }
            return word;
        }

        Counted counted() {
            return new Counted(Arrays.copyOf(terms, size), Arrays.copyOf(weights, size));
        }
    }

    /** Spreads a String hash's high bits into the low ones that index the tables. */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static void add(Accumulator terms, String text, double weight, boolean headline) {
        int i = 0;
        int n = text.length();
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            boolean digits = true;
            int hash = 0;
            char[] word = terms.buffer(16);
            while (i < n) {
                char d = text.charAt(i);
                if (!(isWordChar(d) || (d == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                    break;
                }
                if (d >= 0x80) {
                    ascii = false;
                } else if (ascii) {
                    char lower = d >= 'A' && d <= 'Z' ? (char) (d + ('a' - 'A')) : d;
                    word = terms.buffer(i - start + 1);
                    word[i - start] = lower;
                    hash = 31 * hash + lower;
                    digits &= d >= '0' && d <= '9';
                }
                i++;
            }
            int length = i - start;
            if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                    && Character.toLowerCase(text.charAt(i + 1)) == 's') {
                i += 2; // Iran's → iran
            }
            boolean name = !headline && !sentenceStart && Character.isUpperCase(c);
            sentenceStart = false;
            double w = weight * (name ? NAME_WEIGHT : 1.0);
            if (ascii) {
                // ASCII lower-cases letter by letter, as String.toLowerCase(Locale.ROOT) does
                if (length < 3 || digits || isStopWord(word, length, hash)) {
                    continue;
                }
                terms.addWord(length, hash, w);
            } else {
                String term = text.substring(start, start + length).toLowerCase(Locale.ROOT);
                if (term.length() < 3 || allDigits(term) || STOP.contains(term)) {
                    continue;
                }
                terms.addTerm(term, w);
            }
        }
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII answered by ranges first. */
    private static boolean isWordChar(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
    }

    private static boolean isStopWord(char[] word, int length, int hash) {
        String[] bucket = STOP_BY_HASH[mix(hash) & (STOP_BY_HASH.length - 1)];
        if (bucket == null) {
            return false;
        }
        for (String stop : bucket) {
            if (stop.length() == length && stop.hashCode() == hash && sameChars(stop, word, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameChars(String term, char[] word, int length) {
        for (int k = 0; k < length; k++) {
            if (term.charAt(k) != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static String[][] byHash(Set<String> words, int buckets) {
        String[][] table = new String[buckets][];
        for (String w : words) {
            int at = mix(w.hashCode()) & (buckets - 1);
            String[] bucket = table[at] == null ? new String[0] : table[at];
            bucket = Arrays.copyOf(bucket, bucket.length + 1);
            bucket[bucket.length - 1] = w;
            table[at] = bucket;
        }
        return table;
    }

    private static boolean allDigits(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
