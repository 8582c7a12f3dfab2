package io.newsarchive.testkit;

import io.newsarchive.testkit.NewsWriter.Draft;
import io.newsarchive.testkit.NewsWriter.Event;
import io.newsarchive.testkit.NewsWriter.Para;
import io.newsarchive.testkit.RawStyle.Part;
import io.newsarchive.testkit.RawStyle.Slot;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Puts a {@link Draft} on an outlet's page: interprets the outlet's {@link RawStyle} record. */
final class PageRenderer {

    /** A publisher. Agencies have a canonical {@code credit} and the {@code tag} they print in leads. */
    record Outlet(int index, String name, String slug, String shortName, RawStyle style, String credit, String tag,
                  String homeCity, boolean agency, int house) {
    }

    /** The rendered page and the ground truth a perfect parser would extract from it. */
    record Page(String headline, Temporal date, String dateline, String credit, String byline, List<String> body,
                String raw) {
    }

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private final NewsWriter writer;

    PageRenderer(NewsWriter writer) {
        this.writer = writer;
    }

    /**
     * @param creditName canonical name of the agency whose text this is ("" for an outlet's own staff text)
     * @param creditTag  how that agency is tagged in a lead ("Reuters", "IP")
     * @param copy       whether this is a republished copy (may drop the credit, may move the dateline)
     */
    Page render(Draft d, Event ev, Outlet o, Rng r, String creditName, String creditTag, boolean copy) {
        RawStyle st = o.style();
        Fill f = new Fill();
        f.outlet = o;
        f.ev = ev;
        f.time = d.time;

        // ---- lead (dateline + credit prefix) and credit line
        boolean credited = !creditName.isEmpty() && !(copy && r.chance(0.1));
        String leadPattern;
        boolean creditInLead = false;
        boolean creditLine = false;
        if (credited && !st.creditedLeads().isEmpty() && (st.creditLine() == null || r.chance(0.75))) {
            leadPattern = house(st.creditedLeads(), o, r);
            creditInLead = true;
        } else {
            leadPattern = st.ownLeads().isEmpty() ? "" : house(st.ownLeads(), o, r);
            creditLine = credited && st.creditLine() != null;
        }
        String place = copy && r.chance(0.3) ? o.homeCity() : d.place;
        f.place = st.upperDateline() ? place.toUpperCase(Locale.ROOT) : place;
        Vocabulary.Country country = Vocabulary.COUNTRY_OF_CITY.get(place);
        if (country == null) {
            leadPattern = leadPattern.replace(", {CTRY}", "");
        }
        f.country = country == null ? "" : country.name();
        f.creditTag = creditTag;
        f.creditName = creditName;
        String lead = "";
        String dateline = "";
        if (!leadPattern.isEmpty()) {
            int cut = leadPattern.indexOf('¦');
            dateline = f.apply(leadPattern.substring(0, cut));
            lead = dateline + f.apply(leadPattern.substring(cut + 1));
        }
        String credit = creditInLead || creditLine ? creditName : "";

        // ---- the blocks
        List<String> blocks = new ArrayList<>(16);
        List<String> body = new ArrayList<>(d.paras.size());
        String headline = "";
        Temporal date = null;
        String byline = "";
        for (Slot slot : st.layout()) {
            if (slot.p() < 1 && !r.chance(slot.p())) {
                continue;
            }
            switch (slot.part()) {
                case MENU -> blocks.add(String.join("\n", st.menu()));
                case KICKER -> blocks.add(f.apply(r.pick(st.kickers())));
                case HEADLINE -> {
                    headline = quotes(st, d.headline);
                    blocks.add(headline);
                }
                case BYLINE -> {
                    if (!d.authors.isEmpty() && !st.bylineFormats().isEmpty()) {
                        String fmt = r.pick(st.bylineFormats());
                        if (fmt.contains("{B}") && d.authors.size() < 2) {
                            fmt = st.bylineFormats().get(0);
                        }
                        f.names = d.authors;
                        String line = f.apply(fmt);
                        byline = line.startsWith("By ") ? line.substring(3) : line;
                        blocks.add(line);
                    }
                }
                case DATE -> {
                    if (st.dateFormat() != null) {
                        blocks.add(formatter(st.dateFormat()).format(d.time));
                        date = hasTime(st.dateFormat()) ? d.time : d.time.toLocalDate();
                    }
                }
                case UPDATED -> {
                    String u = st.updatedFormat();
                    if (u != null) {
                        blocks.add(u.contains("{AGO}") ? u.replace("{AGO}", ago(r))
                                : formatter(u).format(d.time.plusMinutes(r.between(30, 2400))));
                    }
                }
                case SHARE -> blocks.add(String.join("\n", st.shareLines()));
                case BODY -> blocks.add(body(d, st, f, r, lead, body));
                case CREDIT_LINE -> {
                    if (creditLine) {
                        blocks.add(f.apply(st.creditLine()));
                    }
                }
                case AUTHOR_BIO -> {
                    if (!st.bio().isEmpty()) {
                        List<String> lines = new ArrayList<>();
                        for (String b : st.bio()) {
                            lines.add(f.apply(b));
                        }
                        blocks.add(String.join("\n\n", lines));
                    }
                }
                case CREDITS -> {
                    if (!st.creditsLines().isEmpty()) {
                        List<String> names = new ArrayList<>(d.authors);
                        while (names.size() < 5) {
                            names.add(NewsWriter.reporter(r));
                        }
                        f.names = names;
                        blocks.add(f.apply(r.pick(st.creditsLines())));
                    }
                }
                case RELATED -> blocks.add(related(st, r));
                case TAGS -> blocks.add("Tags: " + ev.a().name() + ", " + ev.b().name() + ", " + ev.topic().label()
                        + (r.chance(0.5) ? ", " + ev.p1().full() : ""));
                case FOOTER -> {
                    for (String line : st.footerLines()) {
                        blocks.add(f.apply(line));
                    }
                }
                case COMMENTS -> {
                    if (!st.commentLines().isEmpty()) {
                        StringBuilder sb = new StringBuilder(String.join("\n\n", st.commentLines()));
                        if (r.chance(st.captchaProb())) {
                            sb.append("\n\n").append(r.between(0, 10)).append(" + ").append(r.between(0, 10))
                                    .append(" =");
                        }
                        blocks.add(sb.toString());
                    }
                }
                case COPYRIGHT -> {
                    if (st.copyright() != null) {
                        blocks.add(f.apply(st.copyright()).replace("{YEAR}",
                                Integer.toString(Math.min(2026, d.time.getYear() + r.nextInt(3)))));
                    }
                }
                default -> throw new IllegalStateException(slot.part().toString());
            }
        }
        StringBuilder raw = new StringBuilder(8192);
        for (String b : blocks) {
            if (raw.length() > 0) {
                raw.append("\n\n");
            }
            raw.append(b);
        }
        if (r.chance(st.noise().finalNewline())) {
            raw.append('\n');
        }
        return new Page(headline, date, dateline, credit, byline, body, raw.toString());
    }

    /** Renders the body block; fills {@code body} with the paragraphs as a parser should extract them. */
    private String body(Draft d, RawStyle st, Fill f, Rng r, String lead, List<String> body) {
        RawStyle.Noise noise = st.noise();
        StringBuilder sb = new StringBuilder(6000);
        int relatedAfter = st.inlineRelatedLabel() != null && r.chance(0.7) ? r.between(2, 5) : -1;
        boolean prefix2 = st.para2Prefix() != null && r.chance(0.5);
        int textIndex = 0;
        boolean previousWasHead = true;
        for (int i = 0; i < d.paras.size(); i++) {
            Para p = d.paras.get(i);
            String text = quotes(st, p.text());
            String printed;
            if (p.isCrosshead()) {
                body.add("## " + text);
                printed = text;
            } else {
                body.add(text);
                printed = text;
                if (textIndex == 0) {
                    printed = lead + text;
                } else if (textIndex == 1 && prefix2) {
                    printed = f.apply(st.para2Prefix()) + text;
                }
                printed = noisy(printed, noise, r);
            }
            if (sb.length() > 0) {
                boolean single = !p.isCrosshead() && !previousWasHead && r.chance(noise.singleNewline());
                sb.append(single ? "\n" : "\n\n");
            }
            sb.append(printed);
            previousWasHead = p.isCrosshead();
            if (!p.isCrosshead()) {
                textIndex++;
            }
            if (textIndex == relatedAfter && !p.isCrosshead() && i < d.paras.size() - 1) {
                sb.append("\n\n").append(st.inlineRelatedLabel()).append(r.chance(0.5) ? " " : "");
                int k = r.between(1, 3);
                for (int j = 0; j < k; j++) {
                    sb.append("\n\n").append(quotes(st, writer.relatedPost(r)[0])).append(r.chance(0.5) ? " " : "");
                }
                relatedAfter = -1;
                previousWasHead = true;
            }
        }
        return sb.toString();
    }

    private static String noisy(String s, RawStyle.Noise noise, Rng r) {
        if (noise.nbsp() > 0 && r.chance(noise.nbsp())) {
            int at = s.indexOf(' ', r.nextInt(s.length()));
            if (at > 0) {
                s = s.substring(0, at) + '\u00A0' + s.substring(at + 1);
            }
        }
        if (noise.hardWrap() > 0 && s.length() > 140 && r.chance(noise.hardWrap())) {
            int at = s.indexOf(' ', r.between(60, 90));
            if (at > 0 && at < s.length() - 1) {
                s = s.substring(0, at) + (r.chance(0.5) ? " \n" : "\n") + s.substring(at + 1);
            }
        }
        if (noise.trailingSpace() > 0 && r.chance(noise.trailingSpace())) {
            s = s + " ";
        }
        return s;
    }

    private String related(RawStyle st, Rng r) {
        StringBuilder sb = new StringBuilder(st.relatedLabel());
        int k = st.relatedTeasers() ? r.between(4, 6) : r.between(2, 3);
        for (int i = 0; i < k; i++) {
            String[] post = writer.relatedPost(r);
            sb.append("\n\n").append(quotes(st, post[0]));
            if (st.relatedTeasers()) {
                sb.append("\n\n").append(quotes(st, post[1]));
                sb.append("\n\n").append(ago(r));
            }
        }
        return sb.toString();
    }

    static String ago(Rng r) {
        int u = r.nextInt(10);
        if (u < 2) {
            return r.between(2, 59) + " minutes ago";
        }
        if (u < 7) {
            int h = r.between(1, 23);
            return h == 1 ? "1 hour ago" : h + " hours ago";
        }
        if (u < 9) {
            int dd = r.between(1, 6);
            return dd == 1 ? "1 day ago" : dd + " days ago";
        }
        return r.between(2, 4) + " years ago";
    }

    /** The outlet's house choice most of the time, another variant sometimes. */
    private static String house(List<String> variants, Outlet o, Rng r) {
        int i = r.chance(0.85) ? o.house() : r.nextInt(variants.size());
        return variants.get(Math.floorMod(i, variants.size()));
    }

    /** Draft quote placeholders (see {@link Vocabulary#APOS}) to the style's quote marks. */
    static String quotes(RawStyle st, String s) {
        if (st.straightQuotes()) {
            return s.replace(Vocabulary.APOS, '\'').replace(Vocabulary.LQUOTE, '"').replace(Vocabulary.RQUOTE, '"')
                    .replace('’', '\'').replace('“', '"').replace('”', '"');
        }
        return s.replace(Vocabulary.APOS, '’').replace(Vocabulary.LQUOTE, '“').replace(Vocabulary.RQUOTE, '”');
    }

    static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH));
    }

    /** Whether a date pattern prints a time (an H/h outside quoted literals). */
    static boolean hasTime(String pattern) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && (ch == 'H' || ch == 'h')) {
                return true;
            }
        }
        return false;
    }

    /** Placeholder values for one page. */
    private static final class Fill {
        Outlet outlet;
        Event ev;
        LocalDateTime time;
        String place = "";
        String country = "";
        String creditTag = "";
        String creditName = "";
        List<String> names = List.of();

        String apply(String t) {
            if (t.indexOf('{') < 0) {
                return t;
            }
            String s = t.replace("{OUTLET}", outlet.name()).replace("{SHORT}", outlet.shortName())
                    .replace("{DL}", place).replace("{CTRYA}", ev.a().name()).replace("{CTRY}", country)
                    .replace("{CREDIT}", creditName).replace("{CR}", creditTag)
                    .replace("{MON}", formatter("MMM").format(time)).replace("{DAY}", Integer.toString(time.getDayOfMonth()))
                    .replace("{CITY}", ev.city());
            String[] keys = {"{A}", "{B}", "{C}", "{E}"};
            for (int i = 0; i < keys.length; i++) {
                if (s.contains(keys[i])) {
                    s = s.replace(keys[i], i < names.size() ? names.get(i) : names.isEmpty() ? "" : names.get(0));
                }
            }
            return s;
        }
    }
}
