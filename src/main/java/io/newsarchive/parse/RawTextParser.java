package io.newsarchive.parse;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.RelatedLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the raw text of one copied article. It works on lines, as the copy arrives: first it marks what is
 * certainly not the article (chrome, the comment section, lists of related headlines, metadata lines), then it
 * joins what is left into paragraphs, finds where the body starts, and reads the headline above it and the dateline
 * at its head. Every decision rests on the shape of the text and on the tables of {@link ChromeRules} and the
 * outlet table, never on one outlet's layout.
 */
public final class RawTextParser {
    /** A body shorter than this is suspicious (a teaser, a paywall stub) and noted in the report. */
    static final int SHORT_BODY_WORDS = 80;
    /** A crosshead is short: at most this many words. */
    static final int MAX_CROSSHEAD_WORDS = 12;
    /** A related headline is a line of at most this many words. */
    static final int MAX_RELATED_WORDS = 30;
    /** Metadata (date, byline) counts when it is in the header or this many units into the body. */
    static final int META_UNITS_INTO_BODY = 3;

    private static final Pattern INLINE_RELATED = Pattern.compile(
            "^(read more|read also|also read|see also|related|more|recommended|also see)\\s*[:|»>–—-]\\s*(.{10,300})$",
            Pattern.CASE_INSENSITIVE);

    private enum Role { TEXT, BLANK, CHROME, TAIL, RELATED_LABEL, RELATED_ITEM, META, BYLINE_NAME }

    private final OutletDirectory outlets;
    private final ChromeRules rules;
    private final MetaLineReader meta;
    private final DatelineParser datelines;

    public RawTextParser(OutletDirectory outlets, ChromeRules rules, DateParser dates) {
        this.outlets = outlets;
        this.rules = rules;
        this.meta = new MetaLineReader(dates, rules);
        this.datelines = new DatelineParser(alias -> outlets.byAlias(alias).map(Outlet::name));
    }

    public ParseOutcome parse(String text, ParseHints hints) {
        String[] lines = TextNormalizer.lines(text);
        Role[] roles = new Role[lines.length];
        Arrays.fill(roles, Role.TEXT);
        List<RelatedLink> related = new ArrayList<>();
        List<MetaAt> metas = new ArrayList<>();
        String bioByline = "";

        // 1. What is certainly not the article: blanks, chrome, and everything after the comment form.
        boolean inTail = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                roles[i] = Role.BLANK;
            } else if (inTail) {
                roles[i] = Role.TAIL;
            } else if (rules.isEnd(line)) {
                roles[i] = Role.TAIL;
                inTail = true;
            }
        }
        // 2. Related-headline lists, wherever they are (the tail too: sidebars follow comment forms).
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] == Role.BLANK || roles[i] == Role.RELATED_ITEM) {
                continue;
            }
            Optional<String> label = rules.relatedLabel(lines[i]);
            if (label.isPresent() && OutletDirectory.wordCount(lines[i]) <= 8) {
                roles[i] = Role.RELATED_LABEL;
                i = readRelatedList(lines, roles, i, label.get(), related);
                continue;
            }
            Matcher inline = INLINE_RELATED.matcher(lines[i]);
            if (inline.matches() && roles[i] != Role.TAIL && isHeadlineLike(inline.group(2))) {
                roles[i] = Role.RELATED_ITEM;
                related.add(RelatedLink.of(inline.group(1).strip(), inline.group(2).strip()));
            }
        }
        // 3. Chrome lines, metadata lines, author boxes.
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] != Role.TEXT) {
                continue;
            }
            String line = lines[i];
            int next = nextNonBlank(lines, i + 1);
            if (next >= 0 && roles[next] == Role.TEXT && isAuthorBox(line, lines[next])) {
                roles[i] = Role.BYLINE_NAME;
                roles[next] = Role.CHROME; // the author's bio
                if (bioByline.isEmpty()) {
                    bioByline = rules.byline(line).filter(MetaLineReader::looksLikeNames).orElse(line);
                }
                continue;
            }
            Optional<MetaLineReader.Meta> m = meta.read(line);
            if (m.isPresent()) {
                roles[i] = Role.META;
                metas.add(new MetaAt(i, m.get()));
                continue;
            }
            if (rules.isChrome(line)) {
                roles[i] = Role.CHROME;
            }
        }
        // 4. Join what is left into units (paragraph candidates), undoing hard wraps.
        boolean hardWrapped = TextNormalizer.looksHardWrapped(lines);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] != Role.TEXT) {
                continue;
            }
            StringBuilder unit = new StringBuilder(lines[i]);
            int end = i;
            while (end + 1 < lines.length && roles[end + 1] == Role.TEXT
                    && joinsNext(lines[end], lines[end + 1], hardWrapped)) {
                end++;
                unit.append(' ').append(lines[end]);
            }
            units.add(new Unit(unit.toString(), i, end));
            i = end;
        }
        // 5. The body starts at the first unit that reads as prose.
        int bodyStart = -1;
        for (int u = 0; u < units.size(); u++) {
            if (isProse(units.get(u).text()) || datelines.parse(units.get(u).text()).isPresent()) {
                bodyStart = u;
                break;
            }
        }
        if (bodyStart < 0) {
            return new ParseOutcome.Rejected("no article text found (only headings, links or page chrome)");
        }
        int bodyStartLine = units.get(bodyStart).first();

        // 6. Header: headline (first headline-like unit) and kicker (a short line just above it).
        String headline = "";
        String kicker = "";
        for (int u = 0; u < bodyStart; u++) {
            String candidate = units.get(u).text();
            if (isHeadlineLike(candidate)) {
                headline = candidate;
                kicker = kickerAbove(lines, roles, units.get(u).first());
                break;
            }
        }
        // 7. Body: paragraphs and crossheads; the dateline comes off the first paragraph.
        List<BodyBlock> body = new ArrayList<>();
        String dateline = "";
        String agency = "";
        int metaLimitLine = units.get(Math.min(units.size() - 1, bodyStart + META_UNITS_INTO_BODY)).last();
        for (int u = bodyStart; u < units.size(); u++) {
            String block = rules.stripPrefix(units.get(u).text());
            if (body.isEmpty()) {
                Optional<DatelineParser.Dateline> d = datelines.parse(block);
                if (d.isPresent()) {
                    dateline = d.get().place();
                    agency = d.get().agency();
                    block = d.get().rest();
                }
            }
            if (isProse(block) || OutletDirectory.wordCount(block) > MAX_CROSSHEAD_WORDS || endsSentence(block)) {
                body.add(BodyBlock.paragraph(block));
            } else if (!body.isEmpty() && hasProseAfter(units, u + 1) && isCrossheadLike(block)) {
                body.add(BodyBlock.crosshead(block));
            }
        }
        dropTrailingCrossheads(body);
        if (body.isEmpty()) {
            return new ParseOutcome.Rejected("no article text found (only headings, links or page chrome)");
        }
        // 8. Metadata: the date and byline printed near the top win; "Updated" is never the publication date.
        ArticleDate date = ArticleDate.NONE;
        int bestRank = Integer.MAX_VALUE;
        String byline = "";
        for (MetaAt m : metas) {
            boolean nearTop = m.line() < bodyStartLine || m.line() <= metaLimitLine;
            MetaLineReader.DateLabel label = m.meta().label();
            if (m.meta().hasDate() && label != MetaLineReader.DateLabel.UPDATED
                    && (nearTop || label == MetaLineReader.DateLabel.PUBLISHED)) {
                int rank = (nearTop ? 0 : 2) + (label == MetaLineReader.DateLabel.PUBLISHED ? 0 : 1);
                if (rank < bestRank) {
                    date = m.meta().date();
                    bestRank = rank;
                }
            }
            if (byline.isEmpty() && !m.meta().byline().isEmpty() && nearTop) {
                byline = m.meta().byline();
            }
        }
        if (byline.isEmpty()) {
            byline = bioByline;
        }
        // 9. Outlet and credit.
        Outlet outlet = outlets.recognise(Arrays.asList(lines))
                .or(() -> outlets.fromFolder(hints.folder()))
                .orElse(Outlet.UNKNOWN);
        String credit = agency.isEmpty() ? "" : outlets.byAlias(agency).map(Outlet::name).orElse(agency);

        boolean derived = headline.isEmpty();
        if (derived) {
            headline = HeadlineDeriver.derive(firstParagraph(body));
        }
        Article article = new Article(hints.id(), hints.source(), outlet, headline, derived, kicker, date, byline,
                dateline, credit, body, related, "", List.of());
        return new ParseOutcome.Parsed(withNotes(article));
    }

    /** Notes for the build report about what looks wrong, in a fixed order. */
    static Article withNotes(Article a) {
        List<String> notes = new ArrayList<>();
        if (!a.date().isPresent()) {
            notes.add("no date found");
        }
        if (a.headlineDerived()) {
            notes.add("no headline found; derived from the lead");
        }
        if (a.wordCount() < SHORT_BODY_WORDS) {
            notes.add("very short body (" + a.wordCount() + " words)");
        }
        if (a.outlet().isUnknown()) {
            notes.add("outlet not recognised");
        }
        return new Article(a.id(), a.source(), a.outlet(), a.headline(), a.headlineDerived(), a.kicker(), a.date(),
                a.byline(), a.dateline(), a.credit(), a.body(), a.related(), a.url(), notes);
    }

    private record MetaAt(int line, MetaLineReader.Meta meta) {
    }

    private record Unit(String text, int first, int last) {
    }

    /**
     * Reads the headlines under a related-list label; returns the index of the last line it consumed. The list
     * ends where prose resumes (the body goes on after a mid-body list), at another label, or at the tail.
     */
    private int readRelatedList(String[] lines, Role[] roles, int labelLine, String label, List<RelatedLink> out) {
        int last = labelLine;
        int items = 0;
        boolean afterItem = false;
        for (int j = labelLine + 1; j < lines.length; j++) {
            String line = lines[j];
            if (line.isEmpty()) {
                continue;
            }
            if (rules.relatedLabel(line).isPresent() || (rules.isEnd(line) && roles[labelLine] != Role.TAIL)) {
                break;
            }
            if (rules.isChrome(line) || meta.read(line).map(m -> m.hasDate() && m.byline().isEmpty()).orElse(false)) {
                roles[j] = roles[j] == Role.TAIL ? Role.TAIL : Role.CHROME;
                last = j;
                continue;
            }
            if (isTeaser(line) && afterItem) {
                roles[j] = Role.CHROME;
                last = j;
                afterItem = false;
                continue;
            }
            if (isProse(line) || OutletDirectory.wordCount(line) > MAX_RELATED_WORDS || !isHeadlineLike(line)
                    || items >= 40) {
                break;
            }
            roles[j] = Role.RELATED_ITEM;
            out.add(RelatedLink.of(label, line));
            items++;
            afterItem = true;
            last = j;
        }
        return last;
    }

    private boolean isAuthorBox(String nameLine, String next) {
        int words = OutletDirectory.wordCount(nameLine);
        if (words < 2 || words > 6 || endsSentence(nameLine) || !Character.isUpperCase(nameLine.charAt(0))) {
            return false;
        }
        String name = rules.byline(nameLine).orElse(nameLine);
        String n = next.toLowerCase(java.util.Locale.ROOT);
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        return OutletDirectory.wordCount(next) >= 12 && (n.startsWith(lowerName) || n.startsWith("the " + lowerName));
    }

    private static String kickerAbove(String[] lines, Role[] roles, int headlineLine) {
        int prev = headlineLine - 1;
        while (prev >= 0 && roles[prev] == Role.BLANK) {
            prev--;
        }
        if (prev < 0 || roles[prev] == Role.META || roles[prev] == Role.RELATED_ITEM) {
            return "";
        }
        String line = lines[prev];
        int words = OutletDirectory.wordCount(line);
        return words >= 1 && words <= 5 && !endsSentence(line) ? line : "";
    }

    private static boolean joinsNext(String line, String next, boolean hardWrapped) {
        if (endsSentence(line)) {
            return false;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        return hardWrapped && line.length() >= 45 && OutletDirectory.wordCount(line) >= 7;
    }

    private static boolean hasProseAfter(List<Unit> units, int from) {
        for (int u = from; u < units.size(); u++) {
            if (isProse(units.get(u).text())) {
                return true;
            }
        }
        return false;
    }

    private static void dropTrailingCrossheads(List<BodyBlock> body) {
        while (!body.isEmpty() && body.get(body.size() - 1).isCrosshead()) {
            body.remove(body.size() - 1);
        }
    }

    private static String firstParagraph(List<BodyBlock> body) {
        for (BodyBlock b : body) {
            if (!b.isCrosshead()) {
                return b.text();
            }
        }
        return "";
    }

    /** Reads like running text: a sentence of some length, or a long line. */
    static boolean isProse(String text) {
        int words = OutletDirectory.wordCount(text);
        return words >= 20 || (words >= 8 && endsSentence(text));
    }

    /** Could be a headline: a few words, not a sentence ending in a full stop, not a teaser. */
    static boolean isHeadlineLike(String text) {
        int words = OutletDirectory.wordCount(text);
        if (words < 2 || words > MAX_RELATED_WORDS || isTeaser(text)) {
            return false;
        }
        String t = stripClosers(text);
        return !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(";") && (words >= 3 || text.length() >= 15);
    }

    private static boolean isCrossheadLike(String text) {
        return text.length() <= 100 && !text.endsWith(",") && !text.endsWith(";")
                && Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0));
    }

    static boolean isTeaser(String text) {
        return text.endsWith("…") || text.endsWith("...") || text.endsWith("[…]") || text.endsWith("[...]");
    }

    /** Ends with sentence punctuation (closing quotes and brackets aside). */
    static boolean endsSentence(String text) {
        String t = stripClosers(text);
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == ':';
    }

    private static String stripClosers(String text) {
        int end = text.length();
        while (end > 0 && "\"'”’)]»".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
