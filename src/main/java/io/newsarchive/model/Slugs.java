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
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
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
}
