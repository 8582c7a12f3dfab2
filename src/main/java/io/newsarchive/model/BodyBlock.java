package io.newsarchive.model;

import java.util.Objects;

/** One block of an article's body: a paragraph or a crosshead (a subheading inside the text). */
public record BodyBlock(Kind kind, String text) {
    /** What a block is; the renderer shows each kind differently. */
    public enum Kind { PARAGRAPH, CROSSHEAD, QUOTE, LIST_ITEM }

    public BodyBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a body block needs text");
        }
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Kind.PARAGRAPH, text);
    }

    public static BodyBlock crosshead(String text) {
        return new BodyBlock(Kind.CROSSHEAD, text);
    }

    public boolean isCrosshead() {
        return kind == Kind.CROSSHEAD;
    }
}
