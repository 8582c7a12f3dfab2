package io.newsarchive.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * How one kind of outlet page looks once copied as plain text: which blocks appear in which order (with
 * what probability) and the wording of each. The renderer in {@link CorpusGenerator} interprets these
 * records; adding a style means adding a row to {@link #ALL}, not another branch.
 *
 * <p>Placeholders: {@code {OUTLET}} outlet name, {@code {SHORT}} its initials, {@code {DL}} dateline place,
 * {@code {CTRY}} the place's country, {@code {CR}} credit tag as printed ("Reuters", "IP"), {@code {CREDIT}}
 * canonical credit, {@code {MON}} / {@code {DAY}} short month / day of publication, {@code {A}} {@code {B}}
 * {@code {C}} {@code {E}} person names, {@code {CITY}} a city, {@code {CTRYA}} the story's main country, {@code {YEAR}}.
 * In lead patterns the {@code ¦} marks where the printed dateline ends.
 */
public record RawStyle(
        String name,
        List<Slot> layout,
        List<String> menu,
        List<String> kickers,
        String dateFormat,
        String updatedFormat,
        List<String> bylineFormats,
        List<String> ownLeads,
        List<String> creditedLeads,
        boolean upperDateline,
        String creditLine,
        String inlineRelatedLabel,
        String relatedLabel,
        boolean relatedTeasers,
        List<String> shareLines,
        List<String> commentLines,
        double captchaProb,
        List<String> bio,
        List<String> creditsLines,
        List<String> footerLines,
        String copyright,
        String para2Prefix,
        boolean straightQuotes,
        Noise noise) {

    /** Page blocks, rendered in layout order, separated by blank lines. */
    public enum Part {
        MENU, KICKER, HEADLINE, BYLINE, DATE, UPDATED, SHARE, BODY, CREDIT_LINE, AUTHOR_BIO, CREDITS, RELATED,
        TAGS, FOOTER, COMMENTS, COPYRIGHT
    }

    /** A block and the probability that a given page shows it. */
    public record Slot(Part part, double p) {
    }

    /** Whitespace accidents of copy-paste, as rates per paragraph. */
    public record Noise(double nbsp, double trailingSpace, double hardWrap, double singleNewline,
                        double finalNewline) {
    }

    public boolean has(Part part) {
        for (Slot s : layout) {
            if (s.part() == part) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the table

    /** Headline, blank, "July 15, 2022 - 21:38", "TEHRAN – body…", "Leave a Comment" and a captcha. */
    public static final RawStyle DAILY = new Builder("daily")
            .layout(Part.HEADLINE, 1, Part.DATE, 1, Part.BODY, 1, Part.CREDIT_LINE, 1, Part.COMMENTS, 0.92)
            .date("MMMM d, yyyy - HH:mm")
            .leads(List.of("{DL}¦ – ", "{DL}¦— ", "{DL}¦ - "), List.of("{DL}¦ ({CR}) – ", "{DL}¦ ({CR})— "))
            .upper(true)
            .creditLine("Source: {CREDIT}")
            .comments(List.of("Leave a Comment"), 0.7)
            .noise(new Noise(0, 0.08, 0.02, 0.03, 0.1))
            .build();

    /** Kicker line, headline, body, author bio, "Recent Posts" with teasers and "N hours ago". */
    public static final RawStyle KICKER_BIO = new Builder("kicker_bio")
            .layout(Part.KICKER, 0.8, Part.HEADLINE, 1, Part.DATE, 0.4, Part.BODY, 1, Part.CREDIT_LINE, 1,
                    Part.AUTHOR_BIO, 0.9, Part.RELATED, 1)
            .kickers("{SHORT} Exclusive", "Politics", "Economy", "Top Stories", "Featured", "{SHORT} News")
            .date("d MMMM yyyy")
            .creditLine("Source: {CREDIT}")
            .related("Recent Posts", true)
            .bio("{OUTLET} Editorial Staff",
                    "The {OUTLET} Editorial Staff is composed of dozens of skilled journalists, news-writers, and "
                            + "analysts whose works are edited and published by experienced editors. The editor of "
                            + "each {SHORT} service is responsible for the report published by the {OUTLET} news "
                            + "website, and can be contacted through the ways mentioned in the \"{OUTLET} Editorial "
                            + "Staff\" section.")
            .noise(new Noise(0, 0.03, 0, 0, 0))
            .build();

    /** No headline, no date, "Tehran (IP)- " lead, "Related News:" blocks inside the body, "Read More:". */
    public static final RawStyle AGENCY_TAG = new Builder("agency_tag")
            .layout(Part.BODY, 1, Part.RELATED, 0.8)
            .leads(List.of("{DL}¦ ({CR})- ", "{DL}¦ ({CR}) - "), List.of("{DL}¦ ({CR})- ", "{DL}¦ ({CR}) - "))
            .upper(false)
            .inlineRelated("Related News:")
            .related("Read More:", false)
            .para2Prefix("{OUTLET}{CTRYA} news: ")
            .noise(new Noise(0, 0.15, 0, 0, 0.3))
            .build();

    /** "BAKU, Oct 20 (Reuters) - ", "By NAME", "Reporting by …; Editing by …". */
    public static final RawStyle WIRE = new Builder("wire")
            .layout(Part.HEADLINE, 1, Part.BYLINE, 0.7, Part.DATE, 1, Part.UPDATED, 0.5, Part.BODY, 1,
                    Part.CREDITS, 0.95, Part.FOOTER, 0.8)
            .date("MMMM d, yyyy h:mm a 'GMT+4'")
            .updated("Updated {AGO}")
            .bylines("By {A}", "By {A} and {B}")
            .leads(List.of("{DL}¦, {MON} {DAY} ({CR}) - ", "{DL}, {CTRY}¦ ({CR}) — "),
                    List.of("{DL}¦, {MON} {DAY} ({CR}) - ", "{DL}, {CTRY}¦ ({CR}) — "))
            .upper(true)
            .credits("Reporting by {A} in {CITY}; Additional reporting by {B}; Editing by {C}",
                    "Reporting by {A}; Writing by {B}; Editing by {C} and {E}",
                    "Reporting by {A} and {B}; Editing by {C}")
            .footer("Our Standards: The {OUTLET} Trust Principles.")
            .straightQuotes(true)
            .noise(new Noise(0, 0, 0, 0, 0.5))
            .build();

    /** Menu chrome, section kicker, "Published On 15 Jul 2022", "Updated:", share prompts, "Source: …". */
    public static final RawStyle PUBLISHED_ON = new Builder("published_on")
            .layout(Part.MENU, 0.6, Part.KICKER, 0.7, Part.HEADLINE, 1, Part.DATE, 1, Part.UPDATED, 0.4,
                    Part.SHARE, 0.8, Part.BODY, 1, Part.CREDIT_LINE, 1, Part.RELATED, 0.5)
            .menu("Skip links", "Skip to Content", "News", "Middle East", "Explained", "Opinion", "Sport", "Video",
                    "More")
            .kickers("News|{CTRYA}", "News|Politics", "Features", "News|Middle East", "Economy")
            .date("'Published On' d MMM yyyy")
            .updated("'Updated:' d MMM yyyy HH:mm 'GMT'")
            .creditLine("Source: {CREDIT}")
            .share("Save articles to read later and create your own reading list.",
                    "Click here to share on social media")
            .related("More from News", false)
            .noise(new Noise(0.05, 0, 0, 0, 0.6))
            .build();

    /** News portal: menu, "By …", long date, share bar, tags, "You may also like", comments, copyright. */
    public static final RawStyle PORTAL = new Builder("portal")
            .layout(Part.MENU, 1, Part.HEADLINE, 1, Part.BYLINE, 0.6, Part.DATE, 1, Part.SHARE, 0.8, Part.BODY, 1,
                    Part.CREDIT_LINE, 1, Part.TAGS, 0.8, Part.RELATED, 0.8, Part.COMMENTS, 0.6, Part.COPYRIGHT, 1)
            .menu("Home", "World", "Politics", "Economy", "Culture", "Sport", "Opinion", "Search")
            .date("EEEE, d MMMM yyyy, HH:mm")
            .bylines("By {A}", "By {OUTLET} Staff")
            .leads(List.of("{DL}¦ – ", "{DL}¦: ", ""), List.of("{DL}¦ ({CR}) – ", "{DL}¦, ({CR}) - "))
            .upper(true)
            .creditLine("Source: {CREDIT}")
            .share("Share this article", "Facebook Twitter WhatsApp Telegram Email")
            .related("You may also like", false)
            .comments(List.of("Comments (0)", "Your comment will be published after review."), 0)
            .copyright("© {YEAR} {OUTLET}. All rights reserved.")
            .straightQuotes(true)
            .noise(new Noise(0.02, 0.02, 0, 0.02, 0.8))
            .build();

    public static final List<RawStyle> ALL = List.of(DAILY, KICKER_BIO, AGENCY_TAG, WIRE, PUBLISHED_ON, PORTAL);

    /** Styles newspapers (copying outlets) use. */
    static final List<RawStyle> PAPER_STYLES = List.of(DAILY, KICKER_BIO, PUBLISHED_ON, PORTAL);

    public static RawStyle byName(String name) {
        for (RawStyle s : ALL) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no style " + name);
    }

    // ------------------------------------------------------------------ builder (keeps the table readable)

    private static final class Builder {
        private final String name;
        private final List<Slot> layout = new ArrayList<>();
        private List<String> menu = List.of();
        private List<String> kickers = List.of();
        private String dateFormat;
        private String updatedFormat;
        private List<String> bylineFormats = List.of();
        private List<String> ownLeads = List.of();
        private List<String> creditedLeads = List.of();
        private boolean upper = true;
        private String creditLine;
        private String inlineRelated;
        private String relatedLabel = "Related News";
        private boolean teasers;
        private List<String> share = List.of();
        private List<String> comments = List.of();
        private double captcha;
        private List<String> bio = List.of();
        private List<String> credits = List.of();
        private List<String> footer = List.of();
        private String copyright;
        private String para2Prefix;
        private boolean straightQuotes;
        private Noise noise = new Noise(0, 0, 0, 0, 0);

        Builder(String name) {
            this.name = name;
        }

        Builder layout(Object... partsAndProbabilities) {
            for (int i = 0; i < partsAndProbabilities.length; i += 2) {
                layout.add(new Slot((Part) partsAndProbabilities[i],
                        ((Number) partsAndProbabilities[i + 1]).doubleValue()));
            }
            return this;
        }

        Builder menu(String... lines) {
            menu = List.of(lines);
            return this;
        }

        Builder kickers(String... k) {
            kickers = List.of(k);
            return this;
        }

        Builder date(String pattern) {
            dateFormat = pattern;
            return this;
        }

        Builder updated(String pattern) {
            updatedFormat = pattern;
            return this;
        }

        Builder bylines(String... formats) {
            bylineFormats = List.of(formats);
            return this;
        }

        Builder leads(List<String> own, List<String> credited) {
            ownLeads = own;
            creditedLeads = credited;
            return this;
        }

        Builder upper(boolean u) {
            upper = u;
            return this;
        }

        Builder creditLine(String line) {
            creditLine = line;
            return this;
        }

        Builder inlineRelated(String label) {
            inlineRelated = label;
            return this;
        }

        Builder related(String label, boolean withTeasers) {
            relatedLabel = label;
            teasers = withTeasers;
            return this;
        }

        Builder share(String... lines) {
            share = List.of(lines);
            return this;
        }

        Builder comments(List<String> lines, double captchaProb) {
            comments = lines;
            captcha = captchaProb;
            return this;
        }

        Builder bio(String... lines) {
            bio = List.of(lines);
            return this;
        }

        Builder credits(String... lines) {
            credits = List.of(lines);
            return this;
        }

        Builder footer(String... lines) {
            footer = List.of(lines);
            return this;
        }

        Builder copyright(String line) {
            copyright = line;
            return this;
        }

        Builder para2Prefix(String prefix) {
            para2Prefix = prefix;
            return this;
        }

        Builder straightQuotes(boolean s) {
            straightQuotes = s;
            return this;
        }

        Builder noise(Noise n) {
            noise = n;
            return this;
        }

        RawStyle build() {
            return new RawStyle(name, List.copyOf(layout), menu, kickers, dateFormat, updatedFormat, bylineFormats,
                    ownLeads, creditedLeads, upper, creditLine, inlineRelated, relatedLabel, teasers, share,
                    comments, captcha, bio, credits, footer, copyright, para2Prefix, straightQuotes, noise);
        }
    }
}
