package io.newsarchive.cache;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.RelatedLink;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as bytes and back, field by field. Hand-written rather than Java serialization: it is several times
 * faster, it cannot instantiate anything but model records from a tampered file, and a reader can tell a short or
 * garbled file from a good one (every length is checked).
 */
final class ArticleCodec {
    /** Longest string accepted on reading; anything longer means the file is garbled. */
    private static final int MAX_STRING = 64 << 20;
    private static final int MAX_LIST = 1 << 20;

    private ArticleCodec() {
    }

    static void write(DataOutput out, Article a) throws IOException {
        writeString(out, a.id());
        writeString(out, a.source());
        writeString(out, a.outlet().id());
        writeString(out, a.outlet().name());
        writeString(out, a.headline());
        out.writeBoolean(a.headlineDerived());
        writeString(out, a.kicker());
        writeDate(out, a.date());
        writeString(out, a.byline());
        writeString(out, a.dateline());
        writeString(out, a.credit());
        out.writeInt(a.body().size());
        for (BodyBlock b : a.body()) {
            out.writeByte(b.kind().ordinal());
            byte[] text = b.utf8();
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(b.wordCount()); // kept: counting every article's words again was a tenth of a rebuild's pages
        }
        out.writeInt(a.related().size());
        for (RelatedLink r : a.related()) {
            writeString(out, r.label());
            writeString(out, r.headline());
            writeString(out, r.url());
        }
        writeString(out, a.url());
        writeStrings(out, a.notes());
        writeString(out, a.language());
        writeStrings(out, a.tags());
    }

    static Article read(DataInput in) throws IOException {
        String id = readString(in);
        String source = readString(in);
        Outlet outlet = new Outlet(readString(in), readString(in));
        String headline = readString(in);
        boolean derived = in.readBoolean();
        String kicker = readString(in);
        ArticleDate date = readDate(in);
        String byline = readString(in);
        String dateline = readString(in);
        String credit = readString(in);
        int blocks = readSize(in);
        List<BodyBlock> body = new ArrayList<>(blocks);
        BodyBlock.Kind[] kinds = BodyBlock.Kind.values();
        for (int i = 0; i < blocks; i++) {
            int kind = in.readUnsignedByte();
            if (kind >= kinds.length) {
                throw new IOException("unknown body block kind " + kind);
            }
            byte[] text = readBytes(in);
            int words = in.readInt();
            if (words < 0) {
                throw new IOException("garbled word count " + words);
            }
            try {
                body.add(BodyBlock.fromUtf8(kinds[kind], text, words));
            } catch (RuntimeException invalid) {
                throw new IOException("cached body block does not hold together: " + invalid.getMessage(), invalid);
            }
        }
        int links = readSize(in);
        List<RelatedLink> related = new ArrayList<>(links);
        for (int i = 0; i < links; i++) {
            related.add(new RelatedLink(readString(in), readString(in), readString(in)));
        }
        String url = readString(in);
        List<String> notes = readStrings(in);
        String language = readString(in);
        List<String> tags = readStrings(in);
        try {
            return new Article(id, source, outlet, headline, derived, kicker, date, byline, dateline, credit, body,
                    related, url, notes, language, tags);
        } catch (RuntimeException invalid) {
            throw new IOException("cached article does not hold together: " + invalid.getMessage(), invalid);
        }
    }

    static void writeDate(DataOutput out, ArticleDate date) throws IOException {
        out.writeBoolean(date.isPresent());
        if (date.isPresent()) {
            out.writeLong(date.day().toEpochDay());
            out.writeBoolean(date.hasTime());
            out.writeInt(date.time().toSecondOfDay());
        }
    }

    static ArticleDate readDate(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return ArticleDate.NONE;
        }
        try {
            LocalDate day = LocalDate.ofEpochDay(in.readLong());
            boolean hasTime = in.readBoolean();
            LocalTime time = LocalTime.ofSecondOfDay(in.readInt());
            return new ArticleDate(day, time, hasTime);
        } catch (RuntimeException invalid) {
            throw new IOException("garbled date: " + invalid.getMessage(), invalid);
        }
    }

    static void writeStrings(DataOutput out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    static List<String> readStrings(DataInput in) throws IOException {
        int n = readSize(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(readString(in));
        }
        return list;
    }

    /** UTF-8 with an int length: DataOutput.writeUTF stops at 64 KB, and an article's text can be longer. */
    static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A string's UTF-8 bytes, as {@link #writeString} wrote them. */
    static byte[] readBytes(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("garbled string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    static int readSize(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LIST) {
            throw new IOException("garbled list size " + n);
        }
        return n;
    }
}
