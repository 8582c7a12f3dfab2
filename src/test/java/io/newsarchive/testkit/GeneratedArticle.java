package io.newsarchive.testkit;

import java.time.temporal.Temporal;
import java.util.List;

/**
 * One generated raw article and its ground truth.
 *
 * @param fileName  base name of the raw file, unique within the corpus ({@code 000123_9f2c41d07be3a815.txt});
 *                  the file lives in {@code <outletSlug>/<fileName>}, see {@link #relativePath()}
 * @param outletSlug the per-outlet sub-folder name
 * @param outlet    display name of the outlet whose page this is ("Reuters", "Caspian Herald")
 * @param style     name of the {@link RawStyle} the raw text was rendered in
 * @param headline  the headline exactly as printed; "" when the style prints none
 * @param date      publication date as printed: a {@link java.time.LocalDateTime} when a time is printed, a
 *                  {@link java.time.LocalDate} when only a day is, {@code null} when the copy shows no date
 * @param dateline  the place as printed at the start of the body ("BAKU", "Tehran", "TEHRAN, Iran"); "" if none
 * @param credit    canonical agency name named in the dateline or a credit line ("Reuters", "Iran Press"); ""
 * @param byline    author(s) as printed without "By"; "" when none
 * @param body      paragraphs as a perfect parser would extract them: whitespace collapsed, dateline/credit
 *                  prefix removed from the first paragraph, crossheads as {@code "## " + text}, no chrome
 * @param rawText   the raw file content (UTF-8, "\n" line ends)
 * @param storyId   event id shared by every article about one event ({@code S000042})
 * @param copyOf    for {@link Kind#SYNDICATED_COPY}: the {@code fileName} of the original text; "" otherwise
 * @param kind      how this article relates to its story
 * @param keyPeople full names of the event's main people (shared by every article of the story, and also by
 *                  other stories: the hard negatives)
 */
public record GeneratedArticle(
        String fileName,
        String outletSlug,
        String outlet,
        String style,
        String headline,
        Temporal date,
        String dateline,
        String credit,
        String byline,
        List<String> body,
        String rawText,
        String storyId,
        String copyOf,
        Kind kind,
        List<String> keyPeople) {

    public enum Kind {
        /** The first own-text report of an event. */
        ORIGINAL,
        /** Another outlet's text republished (with edits and new chrome); {@code copyOf} names the source. */
        SYNDICATED_COPY,
        /** A different outlet's own text about the same event. */
        SAME_STORY_REPORT
    }

    public GeneratedArticle {
        body = List.copyOf(body);
        keyPeople = List.copyOf(keyPeople);
    }

    /** {@code outletSlug + "/" + fileName}: the path under the corpus folder, as written in labels.csv. */
    public String relativePath() {
        return outletSlug + "/" + fileName;
    }

    /** The file name of the text this one is (or is a copy of): its own name unless it is a copy. */
    public String textFamily() {
        return copyOf.isEmpty() ? fileName : copyOf;
    }
}
