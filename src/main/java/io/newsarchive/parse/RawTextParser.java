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
    static final int MAX_CROSSHEAD_WORDS = 14;
    /** A related headline is a line of at most this many words. */
    static final int MAX_RELATED_WORDS = 30;
    /** A wrapped line this close to the copy's width was filled to the margin. */
    static final int FULL_LINE_SLACK = 8;
    /** Metadata (date, byline) counts when it is in the header or this many units into the body. */
    static final int META_UNITS_INTO_BODY = 3;

    private static final Pattern INLINE_RELATED = Pattern.compile(
            "^(read more|read also|also read|see also|related(?: news| stories| articles?| posts?| coverage)?|more|recommended"
                    + "|also see|read|go deeper|dig deeper|related story|related article)"
                    + "(?:\\s*[:|»>–—-]|\\s+(?:subscribers|members) only)\\s*(.{10,300})$",
            Pattern.CASE_INSENSITIVE);

    /** "Source: Reuters", "With reporting by AFP", "Additional sources • AFP", "(FRANCE 24 with AFP)". */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(?:source\\(s\\)|source|sources|additional sources|with reporting by|with additional reporting by|"
                    + "with reporting from|with files from)\\s*[:•|–-]?\\s*(.{2,60}?)\\.?$"
                    + "|^\\([\\p{L}\\d ]{2,30} with ([^)]{2,40})\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_WITH_AGENCY = Pattern.compile(
            "^(?:by\\s+)?(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3})\\s*[–—-]\\s*([A-Z][\\w.&' -]{1,30}?)\\s*:$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RELATIVE_AGE = Pattern.compile(
            "(?:updated |posted |published )?(?:about |over |almost )?(?:\\d+|an|a|one) "
                    + "(?:second|sec|minute|min|hour|hr|day|week|month|year)s? ago", Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME_COMMA_AGENCY = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}),\\s*([\\p{L} ]{2,30})$");
    /** A byline's label printed on a line of its own, the name on the next: "Text by:" / "FRANCE 24". */
    private static final Pattern BYLINE_LABEL = Pattern.compile(
            "(?:(?:text|written|words|story|report|reported) )?by:?|authors?:?", Pattern.CASE_INSENSITIVE);
    /** Where an author filed from, after the name: "Selin Korkmaz in Ankara", "A in Tehran and B in Dubai". */
    private static final Pattern BYLINE_PLACE = Pattern.compile(
            " in \\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)?(?= and |, |$)");
    /** Whom the authors wrote for, after their names: "Tom Harrington for MailOnline", "… for RFA Korean". */
    private static final Pattern BYLINE_FOR = Pattern.compile(
            " (?:for|FOR) \\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3}$");
    /** A role after the name and a separator: "Lin Chia-hsuan / Staff reporter", "Jane Doe | Senior Editor". */
    private static final Pattern BYLINE_ROLE_AFTER = Pattern.compile(
            "\\s*[/|]\\s*(?:(?:staff|senior|chief|special|contributing|political|business)\\s+)?"
                    + "(?:reporter|writer|correspondent|editor|journalist|columnist|contributor)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_ROLE = Pattern.compile("\\s*\\([^()]{2,80}\\)$");
    private static final Pattern AUTHOR_BIO_VERB = Pattern.compile(
            "(?:is|was|has been|covers|writes|reports|works|heads|teaches|edits|contributed)\\b");
    private static final Pattern DATED_TEASER = Pattern.compile("\\(\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\)$");
    /** A lead reports what someone said; a photo caption does not. */
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:said|says|told|tells|announced|reported|reports|stated|according to)\\b");
    /** A scraper's header field naming the headline: "title: …", "headline: …". */
    private static final Pattern TITLE_FIELD = Pattern.compile("(?:title|headline)\\s*:\\s*(.{10,300})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROVIDER_LABEL = Pattern.compile("(?:news |content )?provided by:?",
            Pattern.CASE_INSENSITIVE);
    /** Words that never end a headline or a paragraph: a line ending on one runs on into the next. */
    private static final Pattern OPEN_ENDING = Pattern.compile(
            "\\s(?:in|of|to|the|a|an|and|or|for|on|at|with|by|from|into|as|than|its|their|his|her)$",
            Pattern.CASE_INSENSITIVE);
    /** A photo credit on a line of its own: "© UNHCR/Jane Doe", "Image Credit: WAM", "Vahid Salemi/AP". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?:©|\\(c\\)|(?:image|photo|picture) ?credit\\s*:|(?:image|photo|picture|photograph)\\s*:).{2,80}"
                    + "|[\\p{L}.'’ -]{3,40}/\\s?[\\p{L}.'’ -]{2,40}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+\\.");
    private static final Pattern POST_TIME = Pattern.compile("\\d{1,2}:\\d{2}(?: ?[ap]m)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_JOINS = Pattern.compile(",? and |, ");
    /** A role printed before the author's name: "By South Asia correspondent Meghna Kapoor". */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile(
            "^(?:\\p{L}+ ){0,3}(?:correspondent|reporter|editor|writer|journalist|analyst) (?=\\p{Lu}\\p{Ll})");
    /** "ABC/Reuters" under a story: the outlet and the agency it took the story from. */
    static final Pattern OUTLET_SLASH_AGENCY = Pattern.compile("([\\p{L} .]{2,30})/([\\p{L} .]{2,30})");
    /** The month and day a dateline prints: "June 12", "Jan. 08", "12 June". */
    private static final Pattern DATELINE_MONTH_DAY = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})\\b"
                    + "|\\b(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BULLET = Pattern.compile("^[•·▪◦*–-]\\s+(.+)$");
    /** The marks {@link #BULLET} opens with: a line that starts with none of them is no bulleted line. */
    private static final String BULLET_MARKS = "•·▪◦*–-";
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+(\\p{Lu}.+)$");
    private static final Pattern CAPTION_MARK = Pattern.compile("(hide|toggle) caption", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_END = Pattern.compile("end of (the )?list", Pattern.CASE_INSENSITIVE);
    /** A line that is one Markdown link, as clippers and reader modes print them: "* [Headline](https://…)". */
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "^((?:[*+•-]\\s+)?)\\[([^\\]]{1,300})\\]\\((?:https?://|/)[^)\\s]*(?:\\s+\"[^\"]*\")?\\)$");
    /**
     * A Markdown heading, as clippers, reader modes and note apps print the page's headings: "# Headline",
     * "## Crosshead", optionally closed by hashes. A hash with no space after it ("#hashtag") is no heading.
     */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)(?:\\s+#+)?$");
    /** An item of a YAML list in a clipper's front matter: {@code - "[[Jane Doe]]"}, a wiki link or a plain value. */
    private static final Pattern FRONT_MATTER_ITEM = Pattern.compile("^-\\s+\"?(?:\\[\\[)?([^\\]\"]{2,80})(?:\\]\\])?\"?$");
    /** A breadcrumb trail from the home page ("Home / World News"): no photo credit, though it has a slash. */
    private static final Pattern BREADCRUMB = Pattern.compile("home\\s*[/>»›]", Pattern.CASE_INSENSITIVE);
    /** What a sign-off puts around the outlet's name: "– Rappler.com", "africanews.". */
    private static final Pattern SIGN_OFF_MARKS = Pattern.compile("^[–—-]+\\s*|\\.$");
    /** A time on a line of its own: "11:42 AM", "18:05 GMT". */
    private static final Pattern TIME_ONLY = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?", Pattern.CASE_INSENSITIVE);
    /** A byline in lower case, as some sites print it: "by Elena Marchetti". */
    private static final Pattern BY_NAME = Pattern.compile("by \\p{Lu}\\p{L}+ \\p{Lu}");
    /** A Markdown link inside a line (no image: "![alt](…)" is chrome as a whole). */
    private static final Pattern INLINE_MARKDOWN_LINK = Pattern.compile(
            "(?<!!)\\[([^\\[\\]]{1,300})\\]\\((?:https?://|/)[^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    /** Markdown's bold marks around a run of text. */
    private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*([^*]{1,300}?)\\*\\*");
    /** A publisher's imprint: "Monitor Publications Ltd", "The Local Europe AB", "A Nation Media Group Company". */
    private static final Pattern IMPRINT = Pattern.compile(
            "(?:an? )?\\p{Lu}[\\p{L}&'’ ().-]{1,60}\\s(?:ltd\\.?|limited|inc\\.?|llc|plc|gmbh|berhad|ab|s\\.a\\.|company)\\.?",
            Pattern.CASE_INSENSITIVE);
    /** What follows the site's name in its own blurb or footer: nothing, "'s website", "tells", "is" … */
    private static final Pattern SITE_BLURB = Pattern.compile(
            "$|['’]s |\\s+(?:is|tells|brings|offers|provides|covers|delivers|publishes|was founded)\\b");
    private static final Pattern MAIL_DATE = Pattern.compile("(?:date|sent)\\s*:", Pattern.CASE_INSENSITIVE);
    /** A whole line in a plain-text mail's or note's emphasis: "*Business*", "_Headline_". */
    private static final Pattern EMPHASIS_LINE = Pattern.compile("([*_])([^*_]{2,300})\\1");
    /**
     * A browser's print-to-PDF header: date, time and the page's title, which names the site after a dash or bar
     * ("3/18/25, 4:12 PM Türkiye, Azerbaijan sign deal … - Anadolu Ajansı").
     */
    private static final Pattern PRINT_HEADER = Pattern.compile(
            "\\d{1,2}/\\d{1,2}/\\d{2,4},? \\d{1,2}:\\d{2}(?: ?[AaPp][Mm])?\\s+(.{10,300}?)"
                    + "(?:\\s+[-|–—]\\s+[^-|–—]{1,40})?");
    /** An outlet and the agency it took the story from, in the author's place: "Daily Sabah with AA". */
    private static final Pattern OUTLET_WITH_AGENCY = Pattern.compile("(.{2,40}?)\\s+(?:with|and|&|/)\\s+(.{2,30})");
    /** A link's number as lynx and w3m print it, right before the link's text: "[23]Headline", "* [4]Home". */
    private static final Pattern LYNX_REFERENCE = Pattern.compile("\\[\\d{1,4}\\](?=[\\p{L}\\d\"'“‘(])");
    /** The label of an article's summary box. */
    private static final Pattern KEY_POINTS = Pattern.compile(
            "key (points|takeaways|highlights|facts)|story highlights|highlights|in brief|at a glance|tl;? ?dr|"
                    + "the big picture|what you need to know", Pattern.CASE_INSENSITIVE);
    /** A field of a mail's header, as a mail client prints it. */
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?:from|to|cc|bcc|date|sent|subject|reply-to|content-type|content-transfer-encoding|mime-version"
                    + "|message-id|x-[\\w-]+)\\s*:", Pattern.CASE_INSENSITIVE);
    /** "WITH PNA", "— AFP": the agency a story was taken from, on a line of its own under it. */
    private static final Pattern WITH_AGENCY_LINE = Pattern.compile("^(?:with|[–—-])\\s+(.{2,40}?)\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** "Nikos Petridis with AP": the agency that contributed, after the byline. */
    private static final Pattern BYLINE_WITH = Pattern.compile("\\s+(?:with|and|&)\\s+([\\p{L}.& ]{2,30})$");
    /** A wire's end mark after the last sentence: "… to Europe. Enditem", "(END)", "-- END --". */
    private static final Pattern END_MARK = Pattern.compile(
            "(?<=[.!?\"”’)])\\s*(?:Enditem|ENDITEM|\\(END\\)|/END/|-+\\s*END\\s*-*|ENDS)$");
    /** A weekday named in a line: it confirms one reading of a date that could be day-first or month-first. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b", Pattern.CASE_INSENSITIVE);

    /** False when {@link #BULLET} cannot match: the line does not open with one of its marks. */
    static boolean mayBeBulleted(String line) {
        return !line.isEmpty() && BULLET_MARKS.indexOf(line.charAt(0)) >= 0;
    }

    private enum Role { TEXT, BLANK, CHROME, TAIL, RELATED_LABEL, RELATED_ITEM, META, BYLINE_NAME }

    private final OutletDirectory outlets;
    private final ChromeRules rules;
    private final MetaLineReader meta;
    private final DatelineParser datelines;
    private final DateParser dates;

    public RawTextParser(OutletDirectory outlets, ChromeRules rules, DateParser dates) {
        this.outlets = outlets;
        this.rules = rules;
        this.dates = dates;
        this.meta = new MetaLineReader(dates, rules);
        this.datelines = new DatelineParser(alias -> outlets.byAlias(alias).map(Outlet::name));
    }

    // parse() runs its steps as methods of their own, each one or two loops. As one method of 6.8 kB of bytecode,
    // HotSpot's C2 compiler took a second for each compilation of it, and compiled it a dozen times over in a 40,000
    // file build (once per hot loop, on stack replacement, and again after each deoptimisation): a third of the
    // parse stage's CPU went to the compiler while the parser ran interpreted.
    public ParseOutcome parse(String text, ParseHints hints) {
        String[] lines = TextNormalizer.lines(text);
        boolean[] heading = unmarkLines(lines);
        readFrontMatterLists(lines);
        String printedTitle = printedTitle(lines);
        List<String> allLines = Arrays.asList(lines);
        Optional<SiteNameReader.Reading> own = outlets.siteName(allLines);
        String siteName = own.map(SiteNameReader.Reading::name).orElse("");
        Role[] roles = new Role[lines.length];
        Arrays.fill(roles, Role.TEXT);
        markMailHeaders(lines, roles);
        markKeyPoints(lines, roles);
        List<RelatedLink> related = new ArrayList<>();
        List<MetaAt> metas = new ArrayList<>();

        // 1. What is certainly not the article: blanks, chrome, and everything after the comment form.
        markTail(lines, roles);
        // 2. Related-headline lists, wherever they are (the tail too: sidebars follow comment forms).
        int firstProse = firstProseLine(lines, roles);
        markRelatedLists(lines, roles, related, firstProse, siteName);
        // 3. Chrome lines, metadata lines, author boxes.
        // the page's title in a print header is its headline, whole even where the page wraps it in two
        HeaderLines header = markHeaderLines(lines, roles, metas, firstProse, printedTitle);
        markCaptions(lines, roles, metas);
        // 4. Join what is left into units (paragraph candidates), undoing hard wraps. A bulleted line is a
        //    paragraph of its own, without its bullet.
        List<Unit> units = joinUnits(lines, roles, heading);
        // 5. The body starts at the first unit that reads as prose.
        int bodyStart = bodyStart(lines, roles, units);
        if (bodyStart < 0) {
            return noText();
        }
        int bodyStartLine = units.get(bodyStart).first();

        // 6. Header: the headline stands just above the first metadata line (or the body), in a run of long lines
        //    that a short line (a menu item, a section label) closes; a short line right above it is the kicker.
        int headlineUnit = findHeadline(units, bodyStart, roles, metas, siteName);
        String headline = !header.labelledHeadline().isEmpty() ? header.labelledHeadline()
                : headlineUnit < 0 ? "" : units.get(headlineUnit).text();
        String kicker = headlineUnit < 0 ? "" : kickerAbove(lines, roles, units.get(headlineUnit).first());
        int headlineLine = headlineUnit < 0 ? -1 : units.get(headlineUnit).first();

        // 7. A dateline or "By NAME – Agency:" printed on a line of its own just above the body.
        Origin origin = originAbove(lines, units, metas, headlineUnit, headlineLine, bodyStart, bodyStartLine);
        // 8. Body: paragraphs and crossheads; the dateline comes off the first paragraph.
        List<BodyBlock> body = readBody(lines, roles, units, headlineUnit, bodyStart, origin);
        dropTrailingCrossheads(body);
        if (body.isEmpty()) {
            return noText();
        }
        attachTimes(lines, metas);
        // 9. Metadata: the date printed near the top wins, below the headline before above it (a site's date bar);
        //    "Updated" is never the publication date.
        int metaLimitLine = units.get(Math.min(units.size() - 1, bodyStart + META_UNITS_INTO_BODY)).last();
        ArticleDate date = pickDate(lines, roles, units, metas, bodyStart, bodyStartLine, metaLimitLine, headlineLine,
                origin.datelineText);
        Credited credited = readByline(lines, roles, units, metas, headlineUnit, bodyStart, bodyStartLine,
                metaLimitLine, headlineLine, origin.agencyByline, header.bioByline());
        String byline = credited.byline();
        String headerCredit = credited.headerCredit();
        // 10. Outlet and credit.
        Outlet outlet = outletOf(allLines, own, hints, origin.agency);
        // A credit names a news agency; an outlet's own name in its dateline ("(CNN)") is no credit.
        String credit = origin.agency.isEmpty() ? "" : outlets.agencyByAlias(origin.agency).map(Outlet::name)
                .orElse("");
        if (credit.isEmpty() && !header.sourceCredit().equals(outlet.name())) {
            credit = header.sourceCredit();
        }
        if (credit.isEmpty()) {
            credit = headerCredit;
        }

        dropAuthorBio(body, byline);
        boolean derived = headline.isEmpty();
        if (derived) {
            headline = HeadlineDeriver.derive(firstParagraph(body));
        }
        Article article = new Article(hints.id(), hints.source(), outlet, headline, derived, kicker, date, byline,
                origin.dateline, credit, body, related, "", List.of(), "", List.of());
        return new ParseOutcome.Parsed(ManifestOverrides.apply(article, hints.override(), outlets));
    }

    /** Why a file with no unit that reads as prose, or no body left once chrome is off, is skipped. */
    private static ParseOutcome noText() {
        return new ParseOutcome.Rejected("no article text found (only headings, links or page chrome)");
    }

    /**
     * Takes the markup of Markdown, text browsers and mail off each line, in place: headings' marks, link numbers,
     * links (their text stays), emphasis. Which lines were headings is returned: the body keeps them as crossheads.
     */
    private static boolean[] unmarkLines(String[] lines) {
        boolean[] heading = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#")) {
                Matcher h = MARKDOWN_HEADING.matcher(lines[i]);
                if (h.matches()) {
                    lines[i] = h.group(2); // the heading's text; that it was one is kept for the body's crossheads
                    heading[i] = true;
                }
            }
            if (lines[i].indexOf('[') >= 0) {
                // a text browser's numbered link ("[23]Headline"): the number is no part of the text
                lines[i] = LYNX_REFERENCE.matcher(lines[i]).replaceAll("");
            }
            if (lines[i].indexOf("](") > 0) {
                Matcher link = MARKDOWN_LINK.matcher(lines[i]);
                if (link.matches()) {
                    lines[i] = link.group(1) + link.group(2).strip(); // the link's text, as a browser shows it
                } else {
                    // links inside a line of text ("as [the ministry said](https://…) on Monday"): their text
                    lines[i] = INLINE_MARKDOWN_LINK.matcher(lines[i]).replaceAll("$1");
                }
            }
            if ((lines[i].startsWith("*") || lines[i].startsWith("_")) && lines[i].length() > 4) {
                Matcher emphasis = EMPHASIS_LINE.matcher(lines[i]);
                if (emphasis.matches()) {
                    lines[i] = emphasis.group(2).strip(); // "*Headline*": plain text's bold, as a mail prints it
                }
            }
            if (lines[i].indexOf("**") >= 0) {
                lines[i] = MARKDOWN_BOLD.matcher(lines[i]).replaceAll("$1"); // "**Why it matters:**" as printed
            }
        }
        return heading;
    }

    /** Step 1: marks blank lines, and every line from the one that opens the comment section (or the like) on. */
    private void markTail(String[] lines, Role[] roles) {
        boolean inTail = false;
        // A comment count above the article ("12 comments") opens no comment section; nor does a lone "Comments"
        // button in the share bar under a long standfirst: that one needs a body under way (five lines of text,
        // hard-wrapped or not) above it.
        int proseLines = 0;
        int textLines = 0;
        int previousWords = 0; // of the line above, when it runs on (ends no sentence)
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                roles[i] = Role.BLANK;
            } else if (roles[i] == Role.CHROME) {
                continue; // a mail's header
            } else if (inTail) {
                roles[i] = Role.TAIL;
            } else {
                // counted up to 20 only: the counts here are compared with 1, 8 and 20, never used otherwise
                int words = LineWordCounts.upTo(line, 20);
                if ((words == 1 ? textLines >= 5 && !afterButton(lines, i) : proseLines > 0) && rules.isEnd(line)) {
                    roles[i] = Role.TAIL;
                    inTail = true;
                } else {
                    // a hard-wrapped paragraph has no line of twenty words: two long lines running on count as prose
                    boolean wrappedProse = words >= 8 && previousWords >= 8;
                    proseLines += words >= 20 || wrappedProse ? 1 : 0;
                    // textLines is only ever compared with 5: once there, a chrome test per long line tells nothing
                    textLines += textLines < 5 && words >= 8 && !rules.isChrome(line) ? 1 : 0;
                    previousWords = words >= 8 && !endsSentence(line) ? words : 0;
                    continue;
                }
            }
            previousWords = 0;
        }
    }

    /** Step 2: marks the lists of related headlines (into {@code related}) and of sidebar links (dropped). */
    private void markRelatedLists(String[] lines, Role[] roles, List<RelatedLink> related, int firstProse,
                                  String siteName) {
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] == Role.BLANK || roles[i] == Role.RELATED_ITEM) {
                continue;
            }
            Optional<String> label = rules.relatedLabel(lines[i]);
            boolean sidebar = label.isEmpty() && rules.isSidebarLabel(lines[i]);
            if (label.isPresent() && LineWordCounts.all(lines[i]) <= 8 || sidebar) {
                roles[i] = sidebar ? Role.CHROME : Role.RELATED_LABEL;
                int found = related.size();
                Role[] before = i < firstProse ? roles.clone() : null;
                // tags, most read: furniture, dropped
                int last = readRelatedList(lines, roles, i, label.orElse(""), sidebar ? null : related, before != null,
                        siteName);
                if (before != null && (isHeadlineOverProse(lines, before, roles, i, last)
                        || sidebar && menuOverProse(lines, roles, last))) {
                    // A menu word ("Topics", "Latest") over the headline, whose standfirst follows: no list.
                    System.arraycopy(before, i + 1, roles, i + 1, last - i);
                    roles[i] = Role.CHROME;
                    related.subList(found, related.size()).clear();
                    continue;
                }
                i = last;
                continue;
            }
            Matcher inline = INLINE_RELATED.matcher(lines[i]);
            if (inline.matches() && roles[i] != Role.TAIL && isHeadlineLike(inline.group(2))) {
                roles[i] = Role.RELATED_ITEM;
                related.add(RelatedLink.of(inline.group(1).strip(), inline.group(2).strip()));
            }
        }
    }

    /** What step 3 read off the header's lines besides their roles. */
    private record HeaderLines(String labelledHeadline, String bioByline, String sourceCredit) {
    }

    /** Step 3: marks chrome lines, metadata lines (into {@code metas}) and author boxes. */
    private HeaderLines markHeaderLines(String[] lines, Role[] roles, List<MetaAt> metas, int firstProse,
                                        String printedTitle) {
        String bioByline = "";
        String labelledHeadline = printedTitle;
        String sourceCredit = "";
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] != Role.TEXT) {
                continue;
            }
            String line = lines[i];
            int next = nextNonBlank(lines, i + 1);
            Matcher title = TITLE_FIELD.matcher(line);
            if (title.matches() && i < firstProse) {
                roles[i] = Role.CHROME; // "title: …" in a scraper's header names the headline outright
                labelledHeadline = labelledHeadline.isEmpty() ? unquoted(title.group(1).strip()) : labelledHeadline;
                continue;
            }
            if (PROVIDER_LABEL.matcher(line).matches()) {
                roles[i] = Role.CHROME; // "NEWS PROVIDED BY" / the issuer: a syndication label, no author
                if (next >= 0 && roles[next] == Role.TEXT && LineWordCounts.all(lines[next]) <= 6) {
                    roles[next] = Role.CHROME;
                }
                continue;
            }
            if (BYLINE_LABEL.matcher(line).matches() && next >= 0 && roles[next] == Role.TEXT
                    && !rules.isChrome(lines[next])
                    && LineWordCounts.all(lines[next]) <= 6
                    && (MetaLineReader.looksLikeNames(lines[next]) || outlets.byAlias(lines[next]).isPresent())) {
                roles[i] = Role.CHROME;
                roles[next] = Role.META;
                metas.add(new MetaAt(next, new MetaLineReader.Meta(lines[next], ArticleDate.NONE,
                        MetaLineReader.DateLabel.PLAIN)));
                continue;
            }
            int afterNext = next < 0 ? -1 : nextNonBlank(lines, next + 1);
            if (afterNext >= 0 && roles[next] == Role.TEXT && roles[afterNext] == Role.TEXT
                    && LineWordCounts.upTo(lines[next], 5) <= 4 && !endsSentence(lines[next])
                    && isAuthorBox(line, lines[afterNext])) {
                roles[next] = Role.CHROME; // the author's affiliation, between name and bio
                next = afterNext;
            }
            if (next >= 0 && roles[next] == Role.TEXT && isAuthorBox(line, lines[next])) {
                roles[i] = Role.BYLINE_NAME;
                roles[next] = Role.CHROME; // the author's bio
                if (bioByline.isEmpty()) {
                    bioByline = rules.byline(line).filter(MetaLineReader::looksLikeNames).orElse(line);
                }
                continue;
            }
            if (RELATIVE_AGE.matcher(line).matches()) {
                roles[i] = Role.META; // "2 hours ago" under a headline: no date, but it marks the header
                metas.add(new MetaAt(i, new MetaLineReader.Meta("", ArticleDate.NONE, MetaLineReader.DateLabel.PLAIN)));
                continue;
            }
            Optional<MetaLineReader.Meta> m = meta.read(line);
            if (m.isPresent()) {
                roles[i] = Role.META; // before the source line: "Source: Xinhua| 2023-02-14 21:30:15" is a date line
                metas.add(new MetaAt(i, m.get()));
                continue;
            }
            // the pattern holds a slash outside its classes: a line without one is not tried
            Matcher slash = line.indexOf('/') > 0 ? OUTLET_SLASH_AGENCY.matcher(line) : null;
            if (slash != null && slash.matches() && outlets.byAlias(slash.group(1).strip()).isPresent()
                    && !agencyIn(slash.group(2)).isEmpty()) {
                roles[i] = Role.CHROME; // "ABC/Reuters": both known outlets, so no photographer's credit
                sourceCredit = sourceCredit.isEmpty() ? agencyIn(slash.group(2)) : sourceCredit;
                continue;
            }
            if ((i > firstProse || line.regionMatches(true, 0, "with ", 0, 5)) && line.length() <= 50
                    && LineWordCounts.all(line) <= 5) {
                Matcher with = WITH_AGENCY_LINE.matcher(line);
                String named = with.matches() ? agencyIn(with.group(1))
                        : outlets.agencyByAlias(line.startsWith("(") && line.endsWith(")")
                                ? line.substring(1, line.length() - 1) : line).map(Outlet::name).orElse("");
                if (!named.isEmpty()) {
                    roles[i] = Role.CHROME; // "AFP", "(AFP)", "WITH PNA" under the story: the agency it came from
                    sourceCredit = sourceCredit.isEmpty() ? named : sourceCredit;
                    continue;
                }
            }
            Matcher source = SOURCE_LINE.matcher(line);
            if (source.matches()) {
                roles[i] = Role.CHROME;
                if (sourceCredit.isEmpty()) {
                    sourceCredit = agencyIn(source.group(1) != null ? source.group(1) : source.group(2));
                }
                continue;
            }
            if (rules.isChrome(line) || isGluedMenu(line)) {
                roles[i] = Role.CHROME;
                if (CAPTION_MARK.matcher(line).matches()) {
                    int previous = i - 1;
                    while (previous >= 0 && roles[previous] == Role.BLANK) {
                        previous--;
                    }
                    if (previous >= 0 && roles[previous] == Role.TEXT) {
                        roles[previous] = Role.CHROME; // the caption above "hide caption"
                    }
                }
            }
        }
        return new HeaderLines(labelledHeadline, bioByline, sourceCredit);
    }

    /** The rest of step 3: captions beside their photo credits, and chrome lines broken in two. */
    private void markCaptions(String[] lines, Role[] roles, List<MetaAt> metas) {
        // A short caption right above (or right under) its photo credit ("© UNHCR/Jane Doe", "Image Credit: WAM") is chrome too.
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] == Role.CHROME && CREDIT_LINE.matcher(lines[i]).matches()
                    && !BREADCRUMB.matcher(lines[i]).lookingAt()) {
                int previous = i - 1;
                while (previous >= 0 && roles[previous] == Role.BLANK) {
                    previous--;
                }
                if (previous >= 0 && roles[previous] == Role.TEXT && isCaption(lines[previous])
                        && !isFirstTitle(lines, roles, previous, metas)) {
                    roles[previous] = Role.CHROME;
                } else if (i + 1 < lines.length && roles[i + 1] == Role.TEXT && isCaption(lines[i + 1])) {
                    roles[i + 1] = Role.CHROME; // the credit printed first, its caption on the very next line
                }
            }
        }
        // A chrome line broken mid-sentence goes on in lower case on the next line ("(c) Turan … allowed only" /
        // "with a hyperlink to Turan."): the rest of it is chrome too.
        for (int i = 0; i + 1 < lines.length; i++) {
            if (roles[i] == Role.CHROME && roles[i + 1] == Role.TEXT && lines[i].length() >= 45
                    && !endsSentence(lines[i]) && Character.isLowerCase(lines[i + 1].charAt(0))
                    && LineWordCounts.all(lines[i + 1]) <= 12 && rules.isChrome(lines[i] + " " + lines[i + 1])) {
                roles[i + 1] = Role.CHROME;
            }
        }
    }

    /** Step 4: the text lines joined into units, hard wraps undone; bullets come off their lines (in place). */
    private List<Unit> joinUnits(String[] lines, Role[] roles, boolean[] heading) {
        boolean[] bullet = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            // a bullet is the line's first character: other lines, most of them, are not tried
            Matcher b = roles[i] == Role.TEXT && mayBeBulleted(lines[i]) ? BULLET.matcher(lines[i]) : null;
            if (b != null && b.matches()) {
                lines[i] = b.group(1);
                bullet[i] = true;
            }
        }
        for (int i = 0; i + 1 < lines.length; i++) {
            if (roles[i] == Role.TEXT && roles[i + 1] == Role.CHROME && LineWordCounts.all(lines[i + 1]) <= 3
                    && (OPEN_ENDING.matcher(lines[i]).find()
                        || !endsSentence(lines[i]) && SENTENCE_END_ADDRESS.matcher(lines[i + 1]).matches())) {
                // "…Solar Plant in" / "Azerbaijan": a wrapped line, not a section name; "…, visit" /
                // "www.example.com.": an address that ends the sentence, not a link line
                roles[i + 1] = Role.TEXT;
            }
        }
        boolean hardWrapped = TextNormalizer.looksHardWrapped(lines);
        int fullWidth = hardWrapped ? blankSeparatedWidth(lines) : 0;
        int wrapWidth = hardWrapped ? TextNormalizer.wrapWidth(lines) : 0;
        // Below the first line of running text, a line too long for a crosshead that stops mid-sentence and runs
        // straight into the next was broken there (a <br> in the page, a stray wrap), as in a hard-wrapped copy.
        int bodyUnderway = firstProseLine(lines, roles);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] != Role.TEXT) {
                continue;
            }
            StringBuilder unit = new StringBuilder(lines[i]);
            int end = i;
            while (end + 1 < lines.length && roles[end + 1] == Role.TEXT && !bullet[end] && !bullet[end + 1]
                    && !heading[end] && !heading[end + 1]
                    && joinsNext(lines[end], lines[end + 1], hardWrapped, end > bodyUnderway, fullWidth, wrapWidth)
                    && datelines.parse(lines[end + 1]).isEmpty()) {
                end++;
                unit.append(' ').append(lines[end]);
            }
            units.add(new Unit(unit.toString(), i, end, bullet[i], heading[i]));
            i = end;
        }
        return units;
    }

    /** Step 5: the unit the body starts at, past standfirsts and captions; -1 when no unit reads as prose. */
    private int bodyStart(String[] lines, Role[] roles, List<Unit> units) {
        int bodyStart = -1;
        for (int u = 0; u < units.size(); u++) {
            String candidate = units.get(u).text();
            boolean dateline = datelines.parse(candidate).isPresent();
            int nextProse = u + 1; // the next paragraph of some length: a caption may stand between
            while (nextProse < units.size() && !isSubstantial(units.get(nextProse).text())) {
                nextProse++;
            }
            if (!dateline && isProse(candidate) && nextProse < units.size()
                    && metaBetween(roles, units.get(u).last() + 1, units.get(nextProse).first())
                    && LineWordCounts.all(candidate) <= 60) {
                continue; // a standfirst (or a banner): the byline and date come after it, the body after them
            }
            if (dateline && !endsSentence(candidate) && LineWordCounts.all(candidate) <= 25
                    && nextProse < units.size()
                    && metaBetween(roles, units.get(u).last() + 1, units.get(nextProse).first())) {
                continue; // "EACOP: Govt says …" over its byline: a headline led by its topic, no dateline
            }
            if (!dateline && isProse(candidate) && !endsSentence(candidate) && u + 1 < units.size()
                    && isProse(units.get(u + 1).text()) && endsSentence(units.get(u + 1).text())
                    && LineWordCounts.all(candidate) <= 60 && u > 0
                    && isHeadlineLike(units.get(u - 1).text())) {
                continue; // a standfirst under the headline, printed without a full stop
            }
            if (!dateline && isProse(candidate) && u + 1 < units.size() && isSubstantial(units.get(u + 1).text())
                    && LineWordCounts.all(candidate) < 20 && !REPORTING.matcher(candidate).find()
                    && metaBetween(roles, 0, units.get(u).first())) {
                continue; // a photo caption under the header: short, telling nothing said, over a long lead
            }
            if (!dateline && isProse(candidate) && LineWordCounts.all(candidate) < 30
                    && units.get(u).first() == units.get(u).last() && u + 1 < units.size()
                    && isSubstantial(units.get(u + 1).text()) && overLeadPhoto(lines, roles, units.get(u).last())) {
                continue; // a standfirst (or a caption) right above the lead photo's caption and credit
            }
            if (isProse(candidate) || dateline) {
                bodyStart = u;
                break;
            }
        }
        if (bodyStart < 0) {
            return -1;
        }
        for (int u = bodyStart + 1; u <= bodyStart + 2 && u < units.size(); u++) {
            if (datelines.parse(units.get(u).text()).isPresent()
                    && LineWordCounts.all(units.get(bodyStart).text()) <= 45) {
                bodyStart = u; // what stood above the dateline was a photo caption: the report starts here
                break;
            }
        }
        return bodyStart;
    }

    /** Where the story was filed and from which agency: read above the body (step 7), then off its first paragraph. */
    private static final class Origin {
        String dateline = "";
        String agency = "";
        String agencyByline = "";
        /** The dateline as printed at the head of the first paragraph ("ANKARA, March 3 (Reuters) -"). */
        String datelineText = "";
    }

    /** Step 7: a dateline or "By NAME – Agency:" on a line of its own just above the body. */
    private Origin originAbove(String[] lines, List<Unit> units, List<MetaAt> metas, int headlineUnit,
                               int headlineLine, int bodyStart, int bodyStartLine) {
        Origin origin = new Origin();
        for (int u = Math.max(headlineUnit + 1, bodyStart - 2); u < bodyStart; u++) {
            String standaloneText = units.get(u).text();
            Optional<String> place = datelines.standalone(standaloneText);
            Optional<DatelineParser.Dateline> withAgency = datelines.standaloneWithAgency(standaloneText);
            if (place.isPresent()) {
                origin.dateline = place.get();
            } else if (withAgency.isPresent()) {
                origin.dateline = withAgency.get().place(); // "Baku, March 17, AZERTAC" over the body
                origin.agency = withAgency.get().agency();
            }
        }
        for (MetaAt m : metas) {
            Matcher by = BYLINE_WITH_AGENCY.matcher(lines[m.line()]);
            if (m.line() > headlineLine && m.line() < bodyStartLine && by.matches()) {
                origin.agencyByline = by.group(1);
                origin.agency = by.group(2);
            }
        }
        return origin;
    }

    /** Step 8: the body's paragraphs and crossheads; a dateline on the first paragraph goes into {@code origin}. */
    private List<BodyBlock> readBody(String[] lines, Role[] roles, List<Unit> units, int headlineUnit, int bodyStart,
                                     Origin origin) {
        List<BodyBlock> body = new ArrayList<>();
        if (isPostTitle(lines, units, bodyStart - 1) && bodyStart - 1 > headlineUnit) {
            body.add(BodyBlock.crosshead(units.get(bodyStart - 1).text())); // a live blog's first post title
        }
        for (int u = bodyStart; u < units.size(); u++) {
            // "BREAKING: " and the like are stripped from paragraphs; on a crosshead ("Analysis: …") they are its text
            String unitText = units.get(u).text();
            String block = body.isEmpty() || isParagraph(units.get(u), unitText) ? rules.stripPrefix(unitText)
                    : unitText;
            if (body.isEmpty()) {
                Optional<DatelineParser.Dateline> d = datelines.parse(block);
                if (d.isPresent()) {
                    origin.datelineText = block.substring(0, block.length() - d.get().rest().length());
                    origin.dateline = d.get().place().isEmpty() ? origin.dateline : d.get().place();
                    origin.agency = d.get().agency().isEmpty() ? origin.agency : d.get().agency();
                    block = d.get().rest();
                }
            }
            if (!body.isEmpty() && isUnendedCaption(units.get(u), block) && hasProseAfter(units, u + 1)
                    && besideFurniture(lines, roles, units.get(u))) {
                continue; // a photo caption between paragraphs: too long for a crosshead, ending no sentence
            }
            if (!body.isEmpty() && block.length() <= 40 && LineWordCounts.all(block) <= 3 && isSignOff(block)) {
                continue; // "– Rappler.com", "africanews.": the outlet signs off, no paragraph
            }
            if (units.get(u).heading()) {
                if (!body.isEmpty() && u + 1 < units.size() && isParagraph(units.get(u + 1), units.get(u + 1).text())
                        && isCrossheadLike(block)) {
                    // a Markdown heading in the body is a crosshead, whatever its words
                    body.add(BodyBlock.crosshead(block));
                }
            } else if (!body.isEmpty() && isQuestionCrosshead(units.get(u), block) && u + 1 < units.size()
                    && isParagraph(units.get(u + 1), units.get(u + 1).text()) && hasProseAfter(units, u + 1)) {
                // "What does the plan entail?", "Who will build it?": an explainer's crosshead asks the question
                // its paragraphs answer
                body.add(BodyBlock.crosshead(block));
            } else if (isParagraph(units.get(u), block)) {
                block = withoutEndMark(block);
                body.add(BodyBlock.paragraph(block));
            } else if (!body.isEmpty() && u + 1 < units.size() && isParagraph(units.get(u + 1), units.get(u + 1).text())
                    && hasProseAfter(units, u + 1) && isCrossheadLike(block)) {
                // A crosshead stands alone over a paragraph: a run of short lines (tags, buttons, a caption over a
                // crosshead) is none.
                body.add(BodyBlock.crosshead(block));
            }
        }
        return body;
    }

    /** A date line and its time on the line under it ("20/01/2025" / "11:42 AM"): one stamp, in {@code metas}. */
    private static void attachTimes(String[] lines, List<MetaAt> metas) {
        for (int k = 0; k < metas.size(); k++) {
            MetaAt m = metas.get(k);
            // right under it, no blank line between: a live blog's post time stands apart from its day heading
            int below = m.line() + 1;
            if (m.meta().hasDate() && !m.meta().date().hasTime() && below < lines.length) {
                Matcher time = TIME_ONLY.matcher(lines[below]);
                if (time.matches()) {
                    int hour = Integer.parseInt(time.group(1)) % 12;
                    boolean pm = time.group(3) != null && time.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("p");
                    hour = time.group(3) == null ? Integer.parseInt(time.group(1)) : hour + (pm ? 12 : 0);
                    if (hour < 24) {
                        ArticleDate withTime = ArticleDate.of(m.meta().date().day().atTime(hour,
                                Integer.parseInt(time.group(2))));
                        metas.set(k, new MetaAt(m.line(), new MetaLineReader.Meta(m.meta().byline(), withTime,
                                m.meta().label(), m.meta().guessed(), m.meta().readings())));
                    }
                }
            }
        }
    }

    /** Step 9: the publication date. */
    private ArticleDate pickDate(String[] lines, Role[] roles, List<Unit> units, List<MetaAt> metas, int bodyStart,
                                 int bodyStartLine, int metaLimitLine, int headlineLine, String datelineText) {
        ArticleDate date = ArticleDate.NONE;
        int bestRank = Integer.MAX_VALUE;
        for (MetaAt m : metas) {
            boolean nearTop = m.line() < bodyStartLine || m.line() <= metaLimitLine;
            MetaLineReader.DateLabel label = m.meta().label();
            if (m.meta().hasDate() && label != MetaLineReader.DateLabel.UPDATED
                    && (nearTop || label == MetaLineReader.DateLabel.PUBLISHED)) {
                int rank = (nearTop ? 0 : 4) + (m.line() > headlineLine ? 0 : 2)
                        + (label == MetaLineReader.DateLabel.PUBLISHED ? 0 : 1);
                if (rank < bestRank) {
                    date = m.meta().date();
                    bestRank = rank;
                }
            }
        }
        if (date.isPresent() && !date.hasTime()) {
            // the same day printed twice near the top ("22 March 2025" under the headline, a scraper's "Published
            // Time: 2025-03-22T09:14" above it): the printing with the time is the more exact one
            for (MetaAt m : metas) {
                ArticleDate d = m.meta().date();
                if (d.isPresent() && d.hasTime() && d.day().equals(date.day())
                        && m.meta().label() != MetaLineReader.DateLabel.UPDATED && m.line() < bodyStartLine) {
                    date = d;
                    break;
                }
            }
        }
        if (!date.isPresent()) {
            date = readingOfDateline(metas, bodyStartLine, datelineText);
        }
        if (!date.isPresent()) {
            date = readingOfWeekday(lines, metas, bodyStartLine, units.get(bodyStart).text());
        }
        if (!date.isPresent()) {
            // no date near the headline: a plain date line under the article (a footer's "17.03.2025 [16:40]")
            int lastProse = lastProseLine(units);
            for (MetaAt m : metas) {
                if (m.line() > lastProse && m.meta().hasDate() && m.meta().label() != MetaLineReader.DateLabel.UPDATED
                        && roles[m.line()] == Role.META) {
                    date = m.meta().date();
                    break;
                }
            }
        }
        if (!date.isPresent()) {
            date = mailDate(lines, roles, bodyStartLine); // a mailed story: it was out when the mail was sent
        }
        return date;
    }

    /** The author, and the agency the header credits ("Elwin Dabbour, Reuters"). */
    private record Credited(String byline, String headerCredit) {
    }

    /** The rest of step 9: the byline, from the metadata lines, the header's units and the author's bio. */
    private Credited readByline(String[] lines, Role[] roles, List<Unit> units, List<MetaAt> metas, int headlineUnit,
                                int bodyStart, int bodyStartLine, int metaLimitLine, int headlineLine,
                                String agencyByline, String bioByline) {
        String byline = "";
        for (MetaAt m : metas) {
            boolean nearTop = m.line() < bodyStartLine || m.line() <= metaLimitLine;
            if (byline.isEmpty() && !m.meta().byline().isEmpty() && nearTop && !m.meta().guessed()) {
                byline = m.meta().byline();
            }
        }
        for (MetaAt m : metas) {
            boolean nearTop = m.line() < bodyStartLine || m.line() <= metaLimitLine;
            // a bare name beside a date above the headline is the date bar's label ("Daily Digest | …"), no author
            boolean underHeadline = m.line() > headlineLine || !m.meta().guessed();
            if (byline.isEmpty() && !m.meta().byline().isEmpty() && nearTop && underHeadline) {
                byline = m.meta().byline(); // a bare name beside the date, when no line says "By"
            }
        }
        if (!agencyByline.isEmpty()) {
            byline = agencyByline;
        }
        String headerCredit = "";
        int bareNameUnit = -2;
        for (int u = headlineUnit + 1; headlineUnit >= 0 && u < bodyStart; u++) {
            String line = units.get(u).text();
            Matcher withAgency = NAME_COMMA_AGENCY.matcher(line);
            Matcher outletWith = OUTLET_WITH_AGENCY.matcher(line);
            if (outletWith.matches() && outlets.byAlias(outletWith.group(1)).isPresent()
                    && !agencyIn(outletWith.group(2)).isEmpty()) {
                headerCredit = agencyIn(outletWith.group(2)); // "Daily Sabah with AA": the paper and its agency
            } else if (bareNameUnit == u - 1 && isNames(bareNames(line)) && !outlets.namesOutlet(bareNames(line))
                    && MetaLineReader.looksLikeNames(line)
                    && onlyChromeBetween(roles, units.get(u - 1).last() + 1, units.get(u).first())) {
                byline = byline + " and " + line; // each author's name on a line of its own, one under the other
                bareNameUnit = u;
            } else if (withAgency.matches() && !agencyIn(withAgency.group(2)).isEmpty()) {
                if (byline.isEmpty()) {
                    byline = withAgency.group(1); // "Elwin Dabbour, Reuters"
                }
                headerCredit = agencyIn(withAgency.group(2));
            } else if (LineWordCounts.all(line) <= 4 && !agencyIn(line).isEmpty()
                    && nextIsMeta(lines, roles, units.get(u).last() + 1)) {
                headerCredit = agencyIn(line); // "ANADOLU AGENCY" in the author's place, above the date
            } else if (byline.isEmpty() && isNames(bareNames(line)) && !outlets.namesOutlet(bareNames(line))) {
                // a bare name under the headline ("Rahim Kohandel"), maybe with where each filed from ("A in Dubai
                // and B in London") or the paper in brackets ("Ardhi Nugraha (The Jakarta Post)")
                byline = line;
                bareNameUnit = u;
            }
        }
        Matcher bylineAgency = NAME_COMMA_AGENCY.matcher(byline);
        if (bylineAgency.matches() && !agencyIn(bylineAgency.group(2)).isEmpty()) {
            headerCredit = agencyIn(bylineAgency.group(2));
            byline = bylineAgency.group(1);
        }
        int outletComma = byline.lastIndexOf(", ");
        if (outletComma > 0 && outlets.byAlias(byline.substring(outletComma + 2)).isPresent()) {
            // "Nadia Kassem and Omar Haddad, CNN": the outlet after the names is no author
            String named = agencyIn(byline.substring(outletComma + 2));
            headerCredit = named.isEmpty() ? headerCredit : named;
            byline = byline.substring(0, outletComma);
        }
        Matcher bylineWith = BYLINE_WITH.matcher(byline);
        if (bylineWith.find() && !agencyIn(bylineWith.group(1).strip()).isEmpty()) {
            headerCredit = headerCredit.isEmpty() ? agencyIn(bylineWith.group(1).strip()) : headerCredit;
            byline = byline.substring(0, bylineWith.start()); // "Nikos Petridis with AP"
        }
        byline = withoutPlaceAfter(byline); // "Ananya Sinha New Delhi"
        byline = BYLINE_FOR.matcher(byline).replaceFirst(""); // "Tom Harrington for MailOnline"
        byline = withoutOutletAfter(byline); // "MARIAM FAROOQ Associated Press"
        byline = BYLINE_PLACE.matcher(byline).replaceAll(""); // "Selin Korkmaz in Ankara"
        byline = BYLINE_ROLE.matcher(byline).replaceFirst(""); // "Clémence Aubert (Tbilisi, special correspondent)"
        byline = BYLINE_ROLE_AFTER.matcher(byline).replaceFirst(""); // "Lin Chia-hsuan / Staff reporter"
        byline = ROLE_BEFORE_NAME.matcher(byline).replaceFirst("");
        if (byline.isEmpty()) {
            byline = bioByline;
        }
        if (byline.isEmpty()) {
            // a labelled byline printed under the article ("Author Farid Mammadli" beside the date); one between
            // paragraphs signs a post of a live blog, not the page
            int lastProse = lastProseLine(units);
            byline = metas.stream().filter(m -> m.line() > lastProse).map(m -> m.meta().byline())
                    .filter(b -> !b.isEmpty()).findFirst().orElse("");
        }
        if (!byline.isEmpty() && outlets.agencyByAlias(byline).isPresent()) {
            headerCredit = outlets.agencyByAlias(byline).get().name(); // "Reuters", "PTI" in the author's place
            byline = "";
        }
        return new Credited(byline, headerCredit);
    }

    /**
     * Step 10: the outlet. The site's name as the page prints it (when confirmed), then the outlet table, then the
     * folder the user filed the copy in, then an outlet the table does not know but the page names unambiguously;
     * with none of these, a wire's own dateline credit names the outlet.
     */
    private Outlet outletOf(List<String> allLines, Optional<SiteNameReader.Reading> own, ParseHints hints,
                            String creditedAgency) {
        // An agency recognised on a page whose footer names another owner, printed on a line of its own as a
        // masthead is ("Arizona Daily Star" … "© Copyright 2025 Arizona Daily Star"), is wire copy on a client's
        // site: the page is the client's. (An agency's parent company in its own footer is no masthead.)
        Optional<Outlet> recognised = outlets.recognise(allLines)
                .flatMap(o -> outlets.isAgency(o)
                        ? outlets.fromPage(allLines).filter(p -> allLines.contains(p.name()) && !p.name().contains("."))
                                .or(() -> Optional.of(o))
                        : Optional.of(o));
        // The site's own name, where the page prints it and something else on the page confirms it, outweighs the
        // table's signs: those travel with syndicated copy and a parent company's footer. A masthead confirmed
        // only by its repeat outweighs an outlet recognised by nothing but the footer's owner (a parent company:
        // "Daily Monitor" over "© Nation Media Group").
        Optional<Outlet> named = own.filter(r -> r.strength() == SiteNameReader.Strength.STRONG
                        || recognised.isEmpty() || outlets.onlyOwner(recognised.get(), allLines))
                // a known outlet whose name opens the site's is that site ("Premium Times" of "Premium Times Nigeria")
                .filter(r -> recognised.isEmpty() || !(r.name() + " ").startsWith(recognised.get().name() + " "))
                .map(r -> outlets.outletNamed(r, allLines));
        return named.or(() -> recognised)
                .or(() -> outlets.fromFolder(hints.folder()))
                .or(() -> outlets.fromPage(allLines))
                .or(() -> creditedAgency.isEmpty() ? Optional.empty() : outlets.byAlias(creditedAgency))
                .orElse(Outlet.UNKNOWN);
    }

    /**
     * Marks a summary box over the article ("Key Points", "Key takeaways", "Story highlights") as chrome: the label
     * and the short lines under it (a few sentences, maybe the lead photo's caption), up to the first long paragraph,
     * a line that ends no sentence (a credit, a byline) or a blank line. A summary restates the article; it is no
     * paragraph of it.
     */
    private static void markKeyPoints(String[] lines, Role[] roles) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > 150) {
                return; // the body is under way: a heading there is a crosshead over its own paragraphs
            }
            if (lines[i].length() > 30 || lines[i].length() < 5
                    || !KEY_POINTS.matcher(ChromeRules.stripColon(lines[i])).matches()) {
                continue;
            }
            roles[i] = Role.CHROME;
            int taken = 0;
            for (int j = i + 1; j < lines.length && taken < 6; j++) {
                if (lines[j].isEmpty()) {
                    if (taken > 0) {
                        break;
                    }
                    continue;
                }
                if (LineWordCounts.all(lines[j]) >= 25 || taken > 0 && !endsSentence(lines[j])) {
                    break; // the article, or its byline: the summary's points are sentences
                }
                roles[j] = Role.CHROME;
                taken++;
            }
        }
    }

    /**
     * Marks the header of a mail ("From:", "To:", "Subject:", "Date:" …, one field a line) as chrome, wherever a block
     * of them stands (a newsletter at the top, a forwarded message further down): its date is the mail's, not the
     * story's, and its subject is no headline.
     */
    private static void markMailHeaders(String[] lines, Role[] roles) {
        for (int i = 0; i < lines.length; i++) {
            int end = i;
            boolean from = false;
            boolean subjectOrDate = false;
            while (end < lines.length && lines[end].indexOf(':') > 1 && lines[end].indexOf(':') <= 26
                    && MAIL_HEADER.matcher(lines[end]).lookingAt()) {
                String field = lines[end].substring(0, lines[end].indexOf(':')).strip().toLowerCase(java.util.Locale.ROOT);
                from |= field.equals("from");
                subjectOrDate |= field.equals("subject") || field.equals("date") || field.equals("sent");
                end++;
            }
            if (from && subjectOrDate && end - i >= 2) {
                Arrays.fill(roles, i, end, Role.CHROME);
            }
            i = Math.max(i, end);
        }
    }

    /** The date of a mail's header ("Date: Sat, 04 Jan 2025 18:22:10 +0800") above the body, or none. */
    private ArticleDate mailDate(String[] lines, Role[] roles, int bodyStartLine) {
        for (int i = 0; i < bodyStartLine; i++) {
            if (roles[i] == Role.CHROME && MAIL_DATE.matcher(lines[i]).lookingAt()) {
                Optional<DateParser.Found> found = dates.find(lines[i]);
                if (found.isPresent()) {
                    return found.get().date();
                }
            }
        }
        return ArticleDate.NONE;
    }

    /**
     * A clipper's YAML front matter (between "---" lines at the top) lists a field's values one a line under its key
     * ("author:" / {@code - "[[Jane Doe]]"}): each value becomes a plain line, so the key reads as a label over it.
     */
    /** The title in a print header on the copy's first line, or "" (see {@link #PRINT_HEADER}). */
    private static String printedTitle(String[] lines) {
        int first = nextNonBlank(lines, 0);
        if (first < 0 || !Character.isDigit(lines[first].charAt(0))) {
            return "";
        }
        Matcher header = PRINT_HEADER.matcher(lines[first]);
        return header.matches() && isHeadlineLike(header.group(1)) ? header.group(1).strip() : "";
    }

    private static void readFrontMatterLists(String[] lines) {
        if (lines.length == 0 || !lines[0].equals("---")) {
            return;
        }
        for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
            if (lines[i].startsWith("-")) {
                Matcher item = FRONT_MATTER_ITEM.matcher(lines[i]);
                if (item.matches()) {
                    lines[i] = item.group(1).strip();
                }
            }
        }
    }

    /** A field's value without the quotes YAML put around it: {@code "A \"quoted\" title"}. */
    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("''", "'").strip();
        }
        return value;
    }

    /**
     * Drops the author's bio printed as the article's last paragraph: it opens with an author's full name and a verb
     * of description ("Rufat Quliyev is a journalist based in Baku."). Reporting never ends on its own author.
     */
    private static void dropAuthorBio(List<BodyBlock> body, String byline) {
        // each author's bio, the last paragraphs ("A is a correspondent …", "B writes about …")
        while (dropOneAuthorBio(body, byline)) {
            // next one up
        }
    }

    private static boolean dropOneAuthorBio(List<BodyBlock> body, String byline) {
        if (byline.isEmpty() || body.size() < 2) {
            return false;
        }
        String last = body.get(body.size() - 1).text();
        if (LineWordCounts.all(last) > 60) {
            return false;
        }
        for (String name : byline.split(",\\s*|\\s+and\\s+")) {
            if (LineWordCounts.all(name) >= 2 && last.startsWith(name + " ")
                    && AUTHOR_BIO_VERB.matcher(last.substring(name.length() + 1)).lookingAt()) {
                body.remove(body.size() - 1);
                return true;
            }
        }
        return false;
    }

    /**
     * The reading of a header date line that could be day-first or month-first ("12/06/2025") which the dateline's
     * own date confirms ("KUALA LUMPUR, June 12 (Bernama) --"); NONE without that evidence: never a guess.
     */
    private static ArticleDate readingOfDateline(List<MetaAt> metas, int bodyStartLine, String datelineText) {
        Matcher md = DATELINE_MONTH_DAY.matcher(datelineText);
        if (!md.find()) {
            return ArticleDate.NONE;
        }
        int month = DateParser.month(md.group(1) != null ? md.group(1) : md.group(4));
        int day = Integer.parseInt(md.group(2) != null ? md.group(2) : md.group(3));
        for (MetaAt m : metas) {
            if (m.line() < bodyStartLine && m.meta().label() != MetaLineReader.DateLabel.UPDATED) {
                for (ArticleDate reading : m.meta().readings()) {
                    if (reading.day().getMonthValue() == month && reading.day().getDayOfMonth() == day) {
                        return reading;
                    }
                }
            }
        }
        return ArticleDate.NONE;
    }

    /**
     * The reading of a header date line that could be day-first or month-first which a weekday confirms: one printed
     * on the line itself ("Thursday 06/02/2025"), else the lead's "on Thursday" (the day of the report or the day
     * before it). NONE when neither reading, or both, fit.
     */
    private static ArticleDate readingOfWeekday(String[] lines, List<MetaAt> metas, int bodyStartLine, String lead) {
        for (MetaAt m : metas) {
            if (m.line() >= bodyStartLine || m.meta().readings().isEmpty()
                    || m.meta().label() == MetaLineReader.DateLabel.UPDATED) {
                continue;
            }
            Matcher own = WEEKDAY.matcher(lines[m.line()]);
            if (own.find()) {
                return onlyReading(m.meta().readings(), weekday(own.group(1)), 0);
            }
            Matcher said = WEEKDAY.matcher(lead);
            while (said.find()) {
                int start = said.start();
                if (start >= 3 && lead.startsWith("on ", start - 3)) {
                    return onlyReading(m.meta().readings(), weekday(said.group(1)), 1);
                }
            }
        }
        return ArticleDate.NONE;
    }

    /** The one reading falling on the weekday (or up to {@code daysAfter} days after it); NONE unless exactly one. */
    private static ArticleDate onlyReading(List<ArticleDate> readings, java.time.DayOfWeek day, int daysAfter) {
        ArticleDate found = ArticleDate.NONE;
        for (ArticleDate reading : readings) {
            int after = (reading.day().getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            if (after <= daysAfter) {
                if (found.isPresent()) {
                    return ArticleDate.NONE;
                }
                found = reading;
            }
        }
        return found;
    }

    private static java.time.DayOfWeek weekday(String word) {
        return switch (word.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) {
            case "mon" -> java.time.DayOfWeek.MONDAY;
            case "tue" -> java.time.DayOfWeek.TUESDAY;
            case "wed" -> java.time.DayOfWeek.WEDNESDAY;
            case "thu" -> java.time.DayOfWeek.THURSDAY;
            case "fri" -> java.time.DayOfWeek.FRIDAY;
            case "sat" -> java.time.DayOfWeek.SATURDAY;
            default -> java.time.DayOfWeek.SUNDAY;
        };
    }

    /** A paragraph without a wire's end mark after its last sentence ("… to Europe. Enditem"). */
    private static String withoutEndMark(String block) {
        String tail = block.substring(Math.max(0, block.length() - 16));
        Matcher m = END_MARK.matcher(tail);
        return m.find() && block.length() > tail.length()
                ? block.substring(0, block.length() - tail.length() + m.start()).strip() : block;
    }

    /** True when the line above (blank lines aside) is a one-word button: "Share" / "Comments" is the share bar. */
    private boolean afterButton(String[] lines, int i) {
        int previous = i - 1;
        while (previous >= 0 && lines[previous].isEmpty()) {
            previous--;
        }
        return previous >= 0 && LineWordCounts.all(lines[previous]) == 1 && rules.isChrome(lines[previous]);
    }

    /** Notes for the build report about what looks wrong, in a fixed order. */
    public static Article withNotes(Article a) {
        List<String> notes = new ArrayList<>();
        if (!a.date().isPresent()) {
            notes.add("no date found");
        }
        if (a.headlineDerived()) {
            notes.add("no headline found; derived from the lead");
        }
        if (a.wordCount() < SHORT_BODY_WORDS) { // (body blocks keep their counts: counted once per build)
            notes.add("very short body (" + a.wordCount() + " words)");
        }
        if (a.outlet().isUnknown()) {
            notes.add("outlet not recognised");
        }
        return a.withNotes(notes);
    }

    private record MetaAt(int line, MetaLineReader.Meta meta) {
    }

    /** {@code heading}: printed as a Markdown heading, so never a paragraph and never joined to a neighbour. */
    private record Unit(String text, int first, int last, boolean bullet, boolean heading) {
    }

    /**
     * Reads the headlines under a related-list label; returns the index of the last line it consumed. The list
     * ends where prose resumes (the body goes on after a mid-body list), at another label, or at the tail. With
     * {@code out} null the list is furniture (tags, most read) and its lines are dropped.
     */
    private int readRelatedList(String[] lines, Role[] roles, int labelLine, String label, List<RelatedLink> out,
                                boolean header, String siteName) {
        int last = labelLine;
        int items = 0;
        boolean afterItem = false;
        boolean tight = true; // label and items on consecutive lines, so far
        boolean teaserless = false; // an item was followed straight by the next: this list has no teasers
        for (int j = labelLine + 1; j < lines.length; j++) {
            String line = lines[j];
            if (line.isEmpty()) {
                continue;
            }
            Matcher bulleted = mayBeBulleted(line) ? BULLET.matcher(line) : null;
            if (bulleted != null && bulleted.matches()) {
                line = bulleted.group(1); // "* Headline", "- Headline": a list printed by a text browser or clipper
            } else if (Character.isDigit(line.charAt(0))) {
                Matcher numbered = NUMBERED.matcher(line);
                line = numbered.matches() ? numbered.group(1) : line; // "1. Headline": a ranked list ("Most viewed")
            }
            boolean afterBlank = lines[j - 1].isEmpty();
            if (afterItem && !afterBlank && roles[j - 1] == Role.RELATED_ITEM && Character.isLowerCase(line.charAt(0))
                    && !endsSentence(lines[j - 1]) && LineWordCounts.all(line) <= 12 && out != null
                    && !out.isEmpty()) {
                // a long headline wrapped onto a second line, which goes on in lower case
                RelatedLink wrapped = out.remove(out.size() - 1);
                out.add(RelatedLink.of(wrapped.label(), wrapped.headline() + " " + line));
                roles[j] = Role.RELATED_ITEM;
                last = j;
                continue;
            }
            if (tight && afterBlank && items > 0 && (isStatement(line) || isStatement(wrappedParagraph(lines, j)))) {
                break; // a list printed line under line ends at the blank line: the body resumes (hard-wrapped too)
            }
            tight &= !afterBlank;
            if (rules.relatedLabel(line).isPresent() || rules.isSidebarLabel(line)
                    || (rules.isEnd(line) && roles[labelLine] != Role.TAIL)) {
                break;
            }
            if (items > 0 && LineWordCounts.all(line) <= 4 && (outlets.byAlias(line).isPresent()
                    || line.startsWith("About ") && outlets.byAlias(line.substring(6)).isPresent())
                    && !overHeadline(lines, j)) {
                break; // the site's own name ("Buenos Aires Times", "About Nikkei Asia"): the footer starts here
            }
            if (items > 0 && isFooterName(line, siteName)) {
                break; // the site's name, its publisher's imprint or its blurb: the footer starts here
            }
            if (LIST_END.matcher(line).matches()) {
                roles[j] = roles[j] == Role.TAIL ? Role.TAIL : Role.CHROME;
                return j;
            }
            Optional<MetaLineReader.Meta> lineMeta = rules.isChrome(line) ? Optional.empty() : meta.read(line);
            if (lineMeta.isPresent() && (!lineMeta.get().hasDate()
                    || lineMeta.get().label() == MetaLineReader.DateLabel.PUBLISHED)) {
                break; // "Date 04.10.2021", "Author Farid Mammadli": the article's own metadata, under its list
            }
            if (rules.isChrome(line) || lineMeta.map(m -> m.byline().isEmpty()).orElse(false)) {
                roles[j] = roles[j] == Role.TAIL ? Role.TAIL : Role.CHROME;
                last = j;
                continue;
            }
            if (afterItem && isHeadlineLike(line) && !isStatement(line) && !isTeaser(line)) {
                teaserless = true;
            }
            if (isTeaser(line) && afterItem) {
                roles[j] = Role.CHROME;
                last = j;
                afterItem = false;
                continue;
            }
            int following = nextNonBlank(lines, j + 1);
            if (afterItem && !teaserless && !(header && out == null) && isStatement(line)
                    && LineWordCounts.all(line) <= 45 && following >= 0
                    && isHeadlineLike(lines[following]) && !isStatement(lines[following])) {
                roles[j] = roles[j] == Role.TAIL ? Role.TAIL : Role.CHROME; // a teaser under a listed headline
                last = j;
                afterItem = false;
                continue;
            }
            if ((items > 0 || LineWordCounts.all(line) == 1 || outlets.byAlias(line).isPresent())
                    && LineWordCounts.all(line) <= 2 && !endsSentence(line) && following >= 0
                    && isHeadlineLike(lines[following]) && !isStatement(lines[following])) {
                // a section name between items, or the section or source over each item ("Energy", "Reuters")
                roles[j] = roles[j] == Role.TAIL ? Role.TAIL : Role.CHROME;
                last = j;
                continue;
            }
            // A first item under the label may be a long headline ("‘Quote’ How the Kremlin plans …") so long as it
            // ends no sentence; prose under a label is a paragraph, and ends with its full stop.
            boolean longHeadline = items == 0 && !endsSentence(line) && isHeadlineLike(line);
            // furniture (tags, menus) has items of a word or two ("Gas", "European Union"); headlines have more
            // (under the article only: over it, such a list may run into the headline)
            boolean furnitureItem = out == null && !header && !endsSentence(line)
                    && LineWordCounts.all(line) <= 3;
            if (isStatement(line) && !longHeadline || LineWordCounts.all(line) > MAX_RELATED_WORDS
                    || !isHeadlineLike(line) && !furnitureItem || items >= 40) {
                break;
            }
            int after = nextNonBlank(lines, j + 1);
            int afterThat = after < 0 ? -1 : nextNonBlank(lines, after + 1);
            if (MetaLineReader.isPlainName(line) && (after >= 0 && isAuthorBox(line, lines[after])
                    || afterThat >= 0 && isAuthorBox(line, lines[afterThat]))) {
                break; // an author box follows the list: a name, maybe an affiliation, a bio
            }
            // (in a list printed line under line, a last item with a blank line under it ends the list instead)
            boolean lastOfTight = tight && !afterBlank && j + 1 < lines.length && lines[j + 1].isEmpty();
            if (items > 0 && after >= 0 && LineWordCounts.all(line) <= 6 && isCrossheadLike(line)
                    && isStatement(lines[after]) && !isTeaser(lines[after]) && !lastOfTight) {
                break; // a short subheading, not a headline: the body resumes under it
            }
            if (out == null) {
                roles[j] = roles[j] == Role.TAIL ? Role.TAIL : Role.CHROME;
            } else {
                roles[j] = Role.RELATED_ITEM;
                out.add(RelatedLink.of(label, line));
            }
            items++;
            afterItem = true;
            last = j;
        }
        return last;
    }

    /**
     * Menu items copied without the spaces between them ("My NewsManage ProfileEmail PreferencesSign Out"): a short
     * line where three words run into the next at a capital. A brand's own capital ("YouTube") makes one or two.
     */
    static boolean isGluedMenu(String line) {
        if (line.length() > 80 || LineWordCounts.all(line) > 8 || endsSentence(line)) {
            return false;
        }
        int glued = 0;
        for (int i = 2; i < line.length(); i++) {
            if (Character.isUpperCase(line.charAt(i)) && Character.isLowerCase(line.charAt(i - 1))
                    && Character.isLowerCase(line.charAt(i - 2))) {
                glued++;
            }
        }
        return glued >= 3;
    }

    /** The outlet's name alone, maybe after a dash and before a full stop: a sign-off under the story. */
    private boolean isSignOff(String text) {
        String name = SIGN_OFF_MARKS.matcher(text).replaceAll("");
        return name.length() >= 3 && (outlets.byAlias(name).isPresent()
                || name.contains(".") && outlets.byUrl("https://" + name.toLowerCase(java.util.Locale.ROOT)).isPresent());
    }

    /**
     * True when the next line is the lead photo's caption or credit, as chrome: "Photo: RNZ / Samuel Rillstone", "…
     * gather at a camp in Tawila [File: Reuters]". What stands right above it is the standfirst or the caption.
     */
    private static boolean overLeadPhoto(String[] lines, Role[] roles, int line) {
        int next = nextNonBlank(lines, line + 1);
        return next >= 0 && roles[next] == Role.CHROME && (CREDIT_LINE.matcher(lines[next]).matches()
                || LineWordCounts.all(lines[next]) >= 6 && !endsSentence(lines[next])
                        && (lines[next].endsWith("]") || lines[next].endsWith(")")));
    }

    /**
     * A footer's line about the site itself: its name as the page prints it ("Hong Kong Free Press"), its publisher's
     * imprint ("Monitor Publications Ltd", "A Nation Media Group Company"), or a blurb that opens with its name
     * ("Business Insider tells the innovative stories …", "Press TV's website can also be accessed …").
     */
    private boolean isFooterName(String line, String siteName) {
        if (!siteName.isEmpty() && line.regionMatches(true, 0, siteName, 0, siteName.length())
                && SITE_BLURB.matcher(line.substring(siteName.length())).lookingAt()) {
            return true;
        }
        return LineWordCounts.all(line) <= 8 && IMPRINT.matcher(line).matches();
    }

    /** The lines from {@code from} to the next blank line, joined: a hard-wrapped paragraph's text. */
    private static String wrappedParagraph(String[] lines, int from) {
        if (from + 1 >= lines.length || lines[from + 1].isEmpty()) {
            return lines[from];
        }
        StringBuilder text = new StringBuilder(lines[from]);
        for (int k = from + 1; k < lines.length && k < from + 12 && !lines[k].isEmpty(); k++) {
            text.append(' ').append(lines[k]);
        }
        return text.toString();
    }

    /** A question of a few words on a line of its own, no quotation: a crosshead between paragraphs. */
    private static boolean isQuestionCrosshead(Unit unit, String block) {
        return block.endsWith("?") && unit.first() == unit.last() && LineWordCounts.all(block) <= 8
                && LineWordCounts.all(block) >= 2 && Character.isUpperCase(block.codePointAt(0))
                && block.indexOf('“') < 0 && !block.startsWith("\"") && !block.startsWith("'");
    }

    /** True when a headline-like line, no statement, follows: the line is the source over a listed item. */
    private static boolean overHeadline(String[] lines, int j) {
        int following = nextNonBlank(lines, j + 1);
        return following >= 0 && isHeadlineLike(lines[following]) && !isStatement(lines[following]);
    }

    /** The first line of running text (twenty words or more), or the number of lines when there is none. */
    private static int firstProseLine(String[] lines, Role[] roles) {
        for (int i = 0; i < lines.length; i++) {
            if (roles[i] == Role.TEXT && LineWordCounts.upTo(lines[i], 20) >= 20) {
                return i;
            }
        }
        return lines.length;
    }

    /**
     * True when a list read above the article was the header: it holds one line only and prose follows it (the
     * headline), or it runs straight into the article's byline or date ("Most read" in the menu, then the headline
     * and its standfirst, then "By …"): a list of other stories never ends on this story's byline.
     */
    private boolean isHeadlineOverProse(String[] lines, Role[] before, Role[] roles, int label, int last) {
        int items = 0;
        for (int j = label + 1; j <= last; j++) {
            if (before[j] == Role.TEXT && roles[j] != Role.TEXT) {
                items++;
            }
        }
        int after = nextNonBlank(lines, last + 1);
        if (last <= label || roles[last] == Role.TAIL || after < 0 || roles[after] != Role.TEXT) {
            return false;
        }
        if (items == 1 && isProse(lines[after])) {
            return true;
        }
        Optional<MetaLineReader.Meta> m = rules.byline(lines[after]).isPresent() ? meta.read(lines[after])
                : Optional.empty();
        return items > 0 && m.isPresent() && !m.get().byline().isEmpty() && !m.get().guessed();
    }

    /**
     * True when a furniture list in the header ("Trending", "Latest" in the menu) ran into the article: prose follows
     * its last line, which was the headline over its standfirst (menus have no teasers).
     */
    private static boolean menuOverProse(String[] lines, Role[] roles, int last) {
        int after = nextNonBlank(lines, last + 1);
        return after >= 0 && roles[after] == Role.TEXT && isProse(lines[after]) && isHeadlineLike(lines[last])
                && LineWordCounts.all(lines[last]) >= 4;
    }

    /** The first news agency named in a credit text ("AFP", "Reuters and AFP", "FRANCE 24 with AFP"). */
    private String agencyIn(String text) {
        for (String part : text.split("\\s*(?:,|;|&|/|\\band\\b|\\bwith\\b)\\s*")) {
            Optional<Outlet> agency = outlets.agencyByAlias(part.strip());
            if (agency.isPresent()) {
                return agency.get().name();
            }
        }
        return "";
    }

    /** A name line followed by a bio that starts with the name, "The name" or the surname ("Delaney covers …"). */
    private boolean isAuthorBox(String nameLine, String next) {
        int words = LineWordCounts.upTo(nameLine, 7); // (counts compared with bounds only: capped above them)
        if (words < 2 || words > 6 || endsSentence(nameLine) || !Character.isUpperCase(nameLine.charAt(0))
                || LineWordCounts.upTo(next, 8) < 8) {
            return false;
        }
        String name = rules.byline(nameLine).orElse(nameLine).toLowerCase(java.util.Locale.ROOT);
        String n = next.toLowerCase(java.util.Locale.ROOT);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        String firstName = name.substring(0, Math.max(0, name.indexOf(' ')));
        // a bio is a sentence: a line that opens with the words of a short line above it and ends no sentence is
        // a headline under a section's name ("Costa Rica" over "Costa Rica Tourist Arrivals Rise 8% …")
        return (n.startsWith(name + " ") || n.startsWith("the " + name + " ")) && endsSentence(next)
                || !nameLine.contains(",") && endsSentence(next) && (surname.length() >= 3 && n.startsWith(surname + " ")
                        || firstName.length() >= 3 && n.startsWith(firstName + " ") && MetaLineReader.isPlainName(nameLine));
    }

    /**
     * The unit holding the headline, or -1. Anchors are tried in order — each metadata line in the header, then the
     * body start — and from the first anchor that has one, the run of long units just above it gives the headline:
     * the first headline-like unit of that run (a standfirst follows the headline, never precedes it).
     */
    private int findHeadline(List<Unit> units, int bodyStart, Role[] roles, List<MetaAt> metas, String siteName) {
        List<Integer> anchors = new ArrayList<>();
        int bodyStartLine = units.get(bodyStart).first();
        for (MetaAt m : metas) {
            if (m.line() < bodyStartLine) {
                anchors.add(m.line());
            }
        }
        anchors.add(bodyStartLine);
        java.util.Set<Integer> bylines = new java.util.HashSet<>();
        metas.stream().filter(m -> !m.meta().byline().isEmpty()).forEach(m -> bylines.add(m.line()));
        for (int anchor : anchors) {
            int first = -1;
            int justAbove = -1;
            for (int u = bodyStart; u >= 0; u--) {
                Unit unit = units.get(u);
                if (unit.first() >= anchor) {
                    continue;
                }
                justAbove = justAbove < 0 ? u : justAbove;
                if (brokenBetween(roles, unit.last() + 1, first < 0 ? anchor : units.get(first).first())) {
                    break;
                }
                if ((isAuthorLine(unit.text()) || isPlaceOrOutlet(unit.text()))
                        && (first < 0 || isProse(units.get(first).text()))) {
                    // "Elwin Dabbour, Reuters", "ANADOLU AGENCY": between headline (or standfirst) and date, not a
                    // menu. Above the headline, a name-like line ("Israel Business News") is a menu item again.
                    continue;
                }
                if (outlets.isMasthead(unit.text()) || unit.text().equalsIgnoreCase(siteName)) {
                    // "Haaretz | Israel News", "INTERFAX - RUSSIA & CIS GENERAL NEWSWIRE": the site's name; the
                    // line right under it is its tagline ("Zimbabwe's largest daily newspaper"), no headline
                    if (first == u + 1 && isTagline(units, u, first)) {
                        first = first + 1 < units.size() && units.get(first + 1).first() < anchor ? first + 1 : -1;
                    }
                    break;
                }
                if (LineWordCounts.all(unit.text()) < 4 && !isProse(unit.text())) {
                    if (u == justAbove && bylines.contains(anchor) && isHeadlineLike(unit.text())) {
                        first = u; // a short title right over its byline ("The Afghan knot"); a date bar may
                                   // stand under a section name, a byline does not
                        continue;
                    }
                    if (u == justAbove && first < 0 && u > 0 && !bylines.contains(anchor)
                            && units.get(u - 1).last() + 1 == unit.first() - blankLines(roles, unit.first())
                            && isHeadlineLike(units.get(u - 1).text()) && !isProse(units.get(u - 1).text())
                            && LineWordCounts.all(units.get(u - 1).text()) >= 5) {
                        continue; // a section label between the headline right above it and the date under it
                    }
                    break;
                }
                first = u;
            }
            if (first < 0) {
                continue;
            }
            for (int u = first; u < bodyStart && units.get(u).first() < anchor; u++) {
                if (isHeadlineLike(units.get(u).text()) && LineWordCounts.all(units.get(u).text()) >= 3
                        && !isKicker(units, u, Math.min(bodyStart, units.size()), anchor)) {
                    return u;
                }
            }
        }
        return -1;
    }

    /**
     * True when the unit under the masthead is its tagline: the masthead opens the copy (one of its first three units), and
     * the unit under it is a short phrase (six words at most) without a sentence's end.
     */
    private static boolean isTagline(List<Unit> units, int masthead, int under) {
        String text = units.get(under).text();
        return masthead < 3 && LineWordCounts.all(text) <= 6
                && !endsSentence(text);
    }

    /** The blank lines right above a line. */
    private static int blankLines(Role[] roles, int line) {
        int n = 0;
        while (line - n - 1 >= 0 && roles[line - n - 1] == Role.BLANK) {
            n++;
        }
        return n;
    }

    /**
     * A section label over the headline ("Israel & the Region", "Middle East News"): a few words, right above a
     * longer headline-like line that is no standfirst. Headlines of four words or fewer are rare; labels longer
     * than that are rarer.
     */
    private static boolean isKicker(List<Unit> units, int u, int end, int anchor) {
        if (u + 1 >= end || units.get(u + 1).first() >= anchor) {
            return false;
        }
        String text = units.get(u).text();
        String next = units.get(u + 1).text();
        int words = LineWordCounts.all(text);
        int nextWords = LineWordCounts.all(next);
        return words <= 4 && nextWords >= 5 && nextWords <= 20 && isHeadlineLike(next) && !isProse(next);
    }

    /** True when the next line is a metadata line, blank lines and a short chrome line (a section label) aside. */
    private static boolean nextIsMeta(String[] lines, Role[] roles, int from) {
        for (int i = from; i < roles.length; i++) {
            if (roles[i] == Role.CHROME && LineWordCounts.all(lines[i]) <= 3) {
                continue; // "Press Trust of India" / "World News" / the date
            }
            if (roles[i] != Role.BLANK) {
                return roles[i] == Role.META;
            }
        }
        return false;
    }

    /** True when only blank lines and chrome (an author's photo, a share bar) stand between two lines. */
    private static boolean onlyChromeBetween(Role[] roles, int from, int to) {
        for (int i = from; i < to; i++) {
            if (roles[i] != Role.BLANK && roles[i] != Role.CHROME) {
                return false;
            }
        }
        return true;
    }

    private static boolean metaBetween(Role[] roles, int from, int to) {
        for (int i = from; i < to; i++) {
            if (roles[i] == Role.META) {
                return true;
            }
        }
        return false;
    }

    /** A line naming the author or the agency in the author's place. */
    private boolean isAuthorLine(String text) {
        Matcher withAgency = NAME_COMMA_AGENCY.matcher(text);
        return isNames(text) && LineWordCounts.all(text) <= 9
                || withAgency.matches() && !agencyIn(withAgency.group(2)).isEmpty()
                || LineWordCounts.all(text) <= 4 && !agencyIn(text).isEmpty()
                || rules.byline(text).filter(MetaLineReader::looksLikeNames).isPresent();
    }

    /**
     * A place ("Belgrade", "ISTANBUL") or an outlet's short name ("BIRN") on a line of its own: what a header prints
     * beside the byline and date, where the story was filed and for whom.
     */
    private boolean isPlaceOrOutlet(String text) {
        return DatelineParser.isKnownPlace(text) || datelines.standalone(text).isPresent()
                || LineWordCounts.all(text) <= 3 && outlets.byAlias(text).isPresent();
    }

    /** A bare name line without where the authors filed from and a bracketed affiliation after them. */
    private static String bareNames(String line) {
        return BYLINE_ROLE.matcher(BYLINE_PLACE.matcher(line).replaceAll("")).replaceFirst("");
    }

    /**
     * The byline without an outlet's name printed after the names with no comma ("MARIAM FAROOQ Associated Press",
     * as client sites print wire bylines): the longest tail of one to four words that the outlet table knows.
     */
    private String withoutOutletAfter(String byline) {
        String[] words = byline.split(" ");
        for (int n = Math.min(4, words.length - 2); n >= 1; n--) {
            String tail = String.join(" ", Arrays.asList(words).subList(words.length - n, words.length));
            String head = String.join(" ", Arrays.asList(words).subList(0, words.length - n));
            if (tail.length() >= 3 && outlets.byAlias(tail).isPresent() && isNames(head)) {
                return head;
            }
        }
        return byline;
    }

    /** The byline without the city printed after the name with no separator ("Ananya Sinha New Delhi"). */
    private static String withoutPlaceAfter(String byline) {
        String[] words = byline.split(" ");
        for (int n = Math.min(3, words.length - 2); n >= 1; n--) {
            String tail = String.join(" ", Arrays.asList(words).subList(words.length - n, words.length));
            String head = String.join(" ", Arrays.asList(words).subList(0, words.length - n));
            if (DatelineParser.isKnownPlace(tail) && isNames(head)) {
                return head;
            }
        }
        return byline;
    }

    /** Names only: "Rahim Durrani", "Rahim Durrani and Sana Mirza", "A Smith, B Jones and C Lee". */
    private static boolean isNames(String text) {
        for (String part : NAME_JOINS.split(text, 4)) {
            if (!MetaLineReader.isPlainName(part)) {
                return false;
            }
        }
        return true;
    }

    /** True when a metadata line or a related list stands between two lines: a run of header units ends there. */
    private static boolean brokenBetween(Role[] roles, int from, int to) {
        for (int i = from; i < to; i++) {
            if (roles[i] == Role.META || roles[i] == Role.RELATED_ITEM || roles[i] == Role.RELATED_LABEL) {
                return true;
            }
        }
        return false;
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
        int words = LineWordCounts.all(line);
        return words >= 1 && words <= 5 && !endsSentence(line) ? line : "";
    }

    /**
     * True when a line runs on into the next one: it does not end a sentence and the next continues it (lower case,
     * a figure), or it is long prose, or the copy wraps lines ({@code hardWrapped}: the whole copy looks wrapped at
     * a fixed width; {@code wrapped}: the line is in the body, where a long line cannot be a crosshead).
     */
    private static boolean joinsNext(String line, String next, boolean hardWrapped, boolean wrapped, int fullWidth,
                                     int wrapWidth) {
        if (endsSentence(line)) {
            // where blank lines part the paragraphs of a wrapped copy, a sentence that ends at the margin goes on
            return fullWidth > 0 && line.length() >= fullWidth - FULL_LINE_SLACK;
        }
        char first = next.charAt(0);
        if (!hardWrapped && BY_NAME.matcher(next).lookingAt()) {
            return false; // "by Elena Marchetti - 06/11/25 3:41 PM ET" under the headline: a byline line of its own
        }
        if (Character.isLowerCase(first) || Character.isDigit(first) || "$€£%&".indexOf(first) >= 0) {
            return true;
        }
        if (LineWordCounts.all(line) >= 20) {
            return true; // a long line of prose that stops mid-sentence was broken, not ended
        }
        return wrapped && line.length() >= 45 && LineWordCounts.all(line) > MAX_CROSSHEAD_WORDS
                || hardWrapped && line.length() >= 45 && LineWordCounts.all(line) >= 7
                        && !nextWordFits(line, next, wrapWidth);
    }

    /**
     * True when the next line's first word would have fitted on this line within the copy's wrap width: the wrapper
     * did not break the line here, so it ended (a headline over its standfirst in a PDF's text).
     */
    private static boolean nextWordFits(String line, String next, int wrapWidth) {
        int space = next.indexOf(' ');
        int word = space < 0 ? next.length() : space;
        // with some room to spare: parts of a copy may be wrapped a little narrower (quoted mail, PDF columns)
        return wrapWidth > 0 && line.length() + 1 + word <= wrapWidth - FULL_LINE_SLACK;
    }

    /**
     * The width a hard-wrapped copy is wrapped at, when it parts its paragraphs with blank lines (most lines that
     * end a sentence well short of the margin, so surely end a paragraph, have a blank line under them); else 0.
     */
    private static int blankSeparatedWidth(String[] lines) {
        int width = 0;
        for (String line : lines) {
            width = line.length() <= 100 ? Math.max(width, line.length()) : width;
        }
        int ends = 0;
        int blankAfter = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i];
            if (LineWordCounts.all(line) >= 5 && line.length() < width - 2 * FULL_LINE_SLACK
                    && endsSentence(line)) {
                ends++;
                blankAfter += lines[i + 1].isEmpty() ? 1 : 0;
            }
        }
        return ends >= 3 && blankAfter * 10 >= ends * 8 ? width : 0;
    }

    /** A unit of the body that is a paragraph, not a heading: prose, long, a full sentence, or a bullet item. */
    private static boolean isParagraph(Unit unit, String text) {
        // a bullet of a word or three that ends no sentence is a menu's or a footer's item ("All writers")
        return isProse(text) || LineWordCounts.all(text) > MAX_CROSSHEAD_WORDS || endsSentence(text)
                || unit.bullet() && LineWordCounts.all(text) > 3;
    }

    /**
     * A caption printed between paragraphs ("Footage broadcast on state television showed commandos boarding the
     * tanker"): a line too long for a crosshead that ends no sentence. A paragraph ends with its punctuation; a
     * line that stops without it is the words under a photo (a hard-wrapped paragraph was joined before this).
     * A caption tells nothing said, and prose follows it (a copy cut off mid-sentence ends on its last paragraph);
     * the caller also wants page furniture beside it, where the photo stood.
     */
    private static boolean isUnendedCaption(Unit unit, String text) {
        if (unit.bullet() || unit.first() != unit.last() || endsSentence(text)) {
            return false; // most paragraphs end here, before any counting
        }
        String t = stripClosers(text);
        int words = LineWordCounts.all(text);
        return !t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1)) && words > MAX_CROSSHEAD_WORDS
                && words <= 40 && !REPORTING.matcher(text).find();
    }

    /** True when the line above or below the unit (blank lines aside) is page furniture, not text. */
    private static boolean besideFurniture(String[] lines, Role[] roles, Unit unit) {
        int above = unit.first() - 1;
        while (above >= 0 && roles[above] == Role.BLANK) {
            above--;
        }
        int below = nextNonBlank(lines, unit.last() + 1);
        return above >= 0 && roles[above] != Role.TEXT || below >= 0 && roles[below] != Role.TEXT;
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

    private static int lastProseLine(List<Unit> units) {
        for (int u = units.size() - 1; u >= 0; u--) {
            if (isProse(units.get(u).text())) {
                return units.get(u).last();
            }
        }
        return -1;
    }

    /** A live blog's post title: a short heading right under the post's bare time ("20:02"). */
    private static boolean isPostTitle(String[] lines, List<Unit> units, int u) {
        if (u < 0 || isProse(units.get(u).text()) || !isCrossheadLike(units.get(u).text())) {
            return false;
        }
        int previous = units.get(u).first() - 1;
        while (previous >= 0 && lines[previous].isEmpty()) {
            previous--;
        }
        return previous >= 0 && POST_TIME.matcher(lines[previous]).matches();
    }

    /**
     * True when a line is the first of some length on the page and stands above the byline and date: the headline,
     * with the lead photo's credit under it ("Photo: Ministry of Energy"), not a caption over its credit.
     */
    private static boolean isFirstTitle(String[] lines, Role[] roles, int line, List<MetaAt> metas) {
        if (metas.isEmpty() || metas.stream().anyMatch(m -> m.line() < line) || !isHeadlineLike(lines[line])) {
            return false;
        }
        for (int i = 0; i < line; i++) {
            if (roles[i] == Role.TEXT && LineWordCounts.all(lines[i]) >= 4) {
                return false;
            }
        }
        return true;
    }

    /** Could be a photo caption: a short line that reports nothing said. */
    private boolean isCaption(String line) {
        int words = LineWordCounts.all(line);
        return words >= 3 && words <= 25 && !REPORTING.matcher(line).find() && datelines.parse(line).isEmpty()
                && !stripClosers(line).endsWith("?") && !stripClosers(line).endsWith(":");
    }

    /** A paragraph that can only be the report: long, or opening with a dateline. */
    private boolean isSubstantial(String text) {
        return LineWordCounts.upTo(text, 20) >= 20 || datelines.parse(text).isPresent();
    }

    /** Reads like running text: a sentence of some length, or a long line. */
    static boolean isProse(String text) {
        int words = LineWordCounts.upTo(text, 20); // compared with 8 and 20 only
        return words >= 20 || (words >= 8 && endsSentence(text) && !stripClosers(text).endsWith("?")
                && !isTitleCase(text));
    }

    /** Words a headline in Title Case leaves in lower case. */
    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "nor",
            "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "vs", "vs.", "via", "into", "over");

    /**
     * Title Case, as headlines of many outlets are set ("Armenia Wants Out of Russia’s Orbit. It Can’t Leave
     * Yet."): every word but the minor ones capitalised, so a full stop at its end makes it no sentence of prose.
     */
    static boolean isTitleCase(String text) {
        int words = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            char first = end > start ? text.charAt(start) : ' ';
            if (Character.isLetter(first)) {
                // checked on the first lower-case word only: prose fails here at once, no allocation per word
                if (Character.isLowerCase(first)
                        && !MINOR_WORDS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
                words++;
            }
            start = end + 1;
        }
        return words >= 5;
    }

    /** Prose that is not a question: the body resuming after a list (a question may be a headline). */
    private static boolean isStatement(String text) {
        String t = stripClosers(text);
        return LineWordCounts.all(text) >= 20 || isProse(text) && !t.endsWith("?");
    }

    /** Could be a headline: a few words, not a sentence ending in a full stop, not a teaser. */
    static boolean isHeadlineLike(String text) {
        int words = LineWordCounts.all(text);
        if (words < 2 || words > MAX_RELATED_WORDS || isTeaser(text)) {
            return false;
        }
        String t = stripClosers(text);
        return (!t.endsWith(".") || isTitleCase(text)) && !t.endsWith(",") && !t.endsWith(";")
                && (words >= 3 || text.length() >= 15);
    }

    private static boolean isCrossheadLike(String text) {
        String t = text.replaceFirst("^[\"'‘“«(]+", "");
        return text.length() <= 100 && !text.endsWith(",") && !text.endsWith(";") && !t.isEmpty()
                && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    /** A teaser under a listed headline: cut off ("…"), or closed by the listed story's date ("(27.09.2021)"). */
    static boolean isTeaser(String text) {
        return text.endsWith("…") || text.endsWith("...") || text.endsWith("[…]") || text.endsWith("[...]")
                || text.endsWith(")") && DATED_TEASER.matcher(text).find();
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
