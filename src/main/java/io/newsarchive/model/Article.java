package io.newsarchive.model;

import java.util.List;
import java.util.Objects;

/**
 * One input article as parsed: what the page said, and where it came from. Text fields are empty, never null,
 * when the source did not give them.
 *
 * @param id              stable slug, unique in the archive, derived from {@code source}
 * @param source          the file's path under the input folder, with forward slashes
 * @param outlet          the outlet whose copy this is
 * @param headline        as printed, or derived from the lead when {@code headlineDerived}
 * @param kicker          a section label printed above the headline ("IFP Exclusive"), or empty
 * @param date            publication date as printed, or {@link ArticleDate#NONE}
 * @param byline          author(s) without "By", or empty
 * @param dateline        the place the report was filed from ("TEHRAN"), or empty
 * @param credit          the agency named in the dateline ("Iran Press"), or empty
 * @param body            paragraphs and crossheads in order
 * @param related         headlines listed beside the article, in order
 * @param url             the original's address (from the text or a manifest), or empty
 * @param notes           what the parser found suspicious ("no date found"), in a fixed order
 * @param language        the article's language as a BCP 47 tag ("en"), or empty when not given
 * @param tags            the user's tags for the article (from a manifest), in order
 */
public record Article(
        String id,
        String source,
        Outlet outlet,
        String headline,
        boolean headlineDerived,
        String kicker,
        ArticleDate date,
        String byline,
        String dateline,
        String credit,
        List<BodyBlock> body,
        List<RelatedLink> related,
        String url,
        List<String> notes,
        String language,
        List<String> tags) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(kicker, "kicker");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(url, "url");
        body = List.copyOf(body);
        related = List.copyOf(related);
        notes = List.copyOf(notes);
        Objects.requireNonNull(language, "language");
        tags = List.copyOf(tags);
    }

    /** Number of words in the body, crossheads included: what a reader would count. */
    public int wordCount() {
        int words = 0;
        for (BodyBlock block : body) {
            words += block.wordCount();
        }
        return words;
    }

    /** The body's paragraphs only (no crossheads), for leads and comparisons. */
    public List<String> paragraphs() {
        return body.stream().filter(b -> !b.isCrosshead()).map(BodyBlock::text).toList();
    }

    /** The first paragraph, or empty. */
    public String lead() {
        // only the first paragraph is decoded: blocks kept as UTF-8 decode on every call
        for (BodyBlock b : body) {
            if (!b.isCrosshead()) {
                return b.text();
            }
        }
        return "";
    }

    public Article withBody(List<BodyBlock> newBody) {
        return new Article(id, source, outlet, headline, headlineDerived, kicker, date, byline, dateline,
                credit, newBody, related, url, notes, language, tags);
    }

    public Article withNotes(List<String> newNotes) {
        return new Article(id, source, outlet, headline, headlineDerived, kicker, date, byline, dateline,
                credit, body, related, url, newNotes, language, tags);
    }

    /** The characters below 0x40 that {@link Character#isWhitespace} calls white: tab to CR, FS to US, space. */
    private static final long ASCII_SPACES = 0x3E00L | 0xF0000000L | 1L << ' ';

    static int countWords(String text) {
        return countWords(text, Integer.MAX_VALUE);
    }

    /**
     * The number of whitespace-separated words in a text, counted no further than {@code limit}: the parser asks
     * "at most N words?" of every line, and a paragraph of a hundred words need not be counted to its end.
     */
    public static int countWords(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < limit; i++) {
            char c = text.charAt(i);
            // ASCII answered inline by one bit of a mask (Character.isWhitespace's own answer for these: all below
            // 0x40), the rest by the JDK
            boolean letter = c < 0x40 ? (ASCII_SPACES >>> c & 1) == 0 : c < 0x80 || !Character.isWhitespace(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
