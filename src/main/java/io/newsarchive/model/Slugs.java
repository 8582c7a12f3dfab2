package io.newsarchive.model;

import java.text.Normalizer;
import java.util.Locale;

/** The one slug function: ids and file names made of {@code a-z}, {@code 0-9} and single hyphens. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** "Tehran Times" → "tehran-times"; "000_63ad.txt" → "000-63ad-txt"; never empty ("x" when nothing is left). */
    public static String slug(String text) {
        // NFKD leaves ASCII as it is, and most names are ASCII: every build slugs every input's path, and in a
        // one-change rebuild of 10,000 articles that was 4% of the main thread's samples, mostly normalising and
        // reading the normalised text (held as UTF-16) char by char
        String folded = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD))
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(Math.min(folded.length(), MAX_LENGTH));
        boolean hyphen = false;
        for (int i = 0; i < folded.length() && out.length() < MAX_LENGTH; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                hyphen = true; // accents fold away; every other run of characters becomes one hyphen
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
