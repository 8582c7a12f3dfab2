package io.newsarchive.site;

import io.newsarchive.model.Article;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Finds the archive's article for a related headline. Related lists are copied text, so a headline matches when
 * it reads the same once case, accents, quote styles, punctuation and spacing are set aside ("Iran’s envoy: talks
 * resume" matches "IRAN'S ENVOY — TALKS RESUME"). When several articles share a headline, the first by id wins.
 */
final class HeadlineIndex {
    private final Map<String, String> idByHeadline = new HashMap<>();

    /** Headlines are normalised on {@code pool} (a large archive's took half a second on one thread), kept in order. */
    HeadlineIndex(List<Article> articlesInIdOrder, ForkJoinPool pool) {
        String[] keys = pool.submit(() -> articlesInIdOrder.parallelStream().map(a -> normalise(a.headline()))
                .toArray(String[]::new)).join();
        for (int i = 0; i < keys.length; i++) {
            if (!keys[i].isEmpty()) {
                idByHeadline.putIfAbsent(keys[i], articlesInIdOrder.get(i).id());
            }
        }
    }

    /** The id of the article whose headline reads as {@code headline}, if the archive has one. */
    Optional<String> find(String headline) {
        return Optional.ofNullable(idByHeadline.get(normalise(headline)));
    }

    /** Lower case, accents and punctuation dropped, words separated by single spaces. */
    static String normalise(String text) {
        String ascii = normaliseAscii(text);
        return ascii != null ? ascii : normaliseUnicode(text);
    }

    /**
     * {@link #normaliseUnicode} for a text of ASCII alone, where decomposing changes nothing and a letter or digit is
     * a-z, A-Z or 0-9; null for any other text. Every related headline of every article is looked up on every
     * build, and most are ASCII: the 100k corpus's 194,676 took 0.51-0.60 s of one core the general way and
     * 0.12-0.20 s this way (median of 9 passes, quick compiler only, as a two-core rebuild runs).
     */
    static String normaliseAscii(String text) {
        int length = text.length();
        byte[] out = new byte[length];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c == '\'') {
                continue;
            }
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && n > 0) {
                    out[n++] = ' ';
                }
                out[n++] = (byte) (upper ? c + ('a' - 'A') : c);
                space = false;
            } else {
                space = true;
            }
        }
        return new String(out, 0, n, StandardCharsets.US_ASCII);
    }

    /** {@link #normalise} for any text. */
    static String normaliseUnicode(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || cp == '\'' || cp == '’' || cp == '‘') {
                continue; // "Iran’s" and "Irans" read the same; accents never decide a match
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
