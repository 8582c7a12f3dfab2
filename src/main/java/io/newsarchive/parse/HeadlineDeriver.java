package io.newsarchive.parse;

/**
 * Makes a readable headline for a copy that has none, from its lead: the first sentence when it is short, else
 * the longest clause that ends at a comma within the limit, else a word-boundary prefix; cut text ends in "…".
 */
public final class HeadlineDeriver {
    static final int MAX_LENGTH = 110;
    private static final int MIN_CLAUSE = 40;

    private HeadlineDeriver() {
    }

    public static String derive(String lead) {
        String text = lead.strip();
        if (text.isEmpty()) {
            return "";
        }
        int sentenceEnd = firstSentenceEnd(text);
        if (sentenceEnd > 0 && sentenceEnd <= MAX_LENGTH) {
            String sentence = text.substring(0, sentenceEnd).strip();
            return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        }
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int clause = -1;
        for (int i = MIN_CLAUSE; i < Math.min(text.length(), MAX_LENGTH); i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';' || c == ':') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                clause = i;
            }
        }
        if (clause > 0) {
            return text.substring(0, clause).strip() + "…";
        }
        int space = text.lastIndexOf(' ', MAX_LENGTH);
        String prefix = space > MIN_CLAUSE ? text.substring(0, space) : text.substring(0, MAX_LENGTH);
        return prefix.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                if (c == '.' && isAbbreviation(text, i)) {
                    continue;
                }
                return i + 1;
            }
        }
        return -1;
    }

    /** "Mr." "U.S." "Jan." end no sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = text.lastIndexOf(' ', dot - 1) + 1;
        String word = text.substring(start, dot);
        return word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                || word.contains(".");
    }
}
