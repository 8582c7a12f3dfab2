package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** Sums each term's weights without boxing a Double per occurrence. */
    private static final class Accumulator {
        private final Map<String, Integer> slot = new HashMap<>(256); // no resizing: a lead has ~60 terms
        private String[] terms = new String[32];
        private double[] weights = new double[32];

        void add(String term, double weight) {
            Integer at = slot.putIfAbsent(term, slot.size());
            if (at != null) {
                weights[at] += weight;
                return;
            }
            int n = slot.size() - 1;
            if (n == terms.length) {
                terms = Arrays.copyOf(terms, n * 2);
                weights = Arrays.copyOf(weights, n * 2);
            }
            terms[n] = term;
            weights[n] = weight;
        }

        Counted counted() {
            return new Counted(Arrays.copyOf(terms, slot.size()), Arrays.copyOf(weights, slot.size()));
        }
    }

    private static void add(Accumulator terms, String text, double weight, boolean headline) {
        int i = 0;
        boolean sentenceStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            String word = text.substring(start, i);
            if (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                    && Character.toLowerCase(text.charAt(i + 1)) == 's') {
                i += 2; // Iran's → iran
            }
            String term = word.toLowerCase(Locale.ROOT);
            boolean name = !headline && !sentenceStart && Character.isUpperCase(word.charAt(0));
            sentenceStart = false;
            if (term.length() < 3 || allDigits(term) || STOP.contains(term)) {
                continue;
            }
            terms.add(term, weight * (name ? NAME_WEIGHT : 1.0));
        }
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
