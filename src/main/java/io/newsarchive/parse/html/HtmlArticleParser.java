package io.newsarchive.parse.html;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.model.Slugs;
import io.newsarchive.parse.ChromeRules;
import io.newsarchive.parse.DateParser;
import io.newsarchive.parse.DatelineParser;
import io.newsarchive.parse.HeadlineDeriver;
import io.newsarchive.parse.ManifestOverrides;
import io.newsarchive.parse.MetaLineReader;
import io.newsarchive.parse.OutletDirectory;
import io.newsarchive.parse.ParseHints;
import io.newsarchive.parse.ParseOutcome;
import io.newsarchive.parse.TextNormalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses a saved web page (HTML) into an {@link Article}. Metadata comes from the strongest source the page has —
 * what it prints, then JSON-LD and meta tags; the body is found by text density and class hints (see
 * {@link ContentBlocks}) and rebuilt from text, so no markup, script or handler of the page reaches the archive.
 */
public final class HtmlArticleParser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+|\\s+»\\s+");
    private static final String OUTSIDE_ARTICLE = "comments?|related|recommended|sidebar|footer|widget|popular|"
            + "trending|next|more|cards?|teaser|promo";

    private final OutletDirectory outlets;
    private final ChromeRules rules;
    private final MetaLineReader meta;
    private final DatelineParser datelines;

    public HtmlArticleParser(OutletDirectory outlets, ChromeRules rules, DateParser dates) {
        this.outlets = outlets;
        this.rules = rules;
        this.meta = new MetaLineReader(dates, rules);
        this.datelines = new DatelineParser(alias -> outlets.byAlias(alias).map(Outlet::name));
    }

    public ParseOutcome parse(String html, ParseHints hints) {
        Document doc = Jsoup.parse(html);
        PageMetadata page = new PageMetadata(doc);
        String url = page.url();
        if (!url.isEmpty()) {
            doc.setBaseUri(url);
        }
        List<RelatedLink> related = RelatedLists.read(doc.body(), rules, url);
        String siteName = page.siteName();
        String headline = headline(doc, page, siteName);
        ArticleDate date = date(doc, page, headline);
        String byline = byline(doc, page);

        Element work = doc.body().clone();
        ContentBlocks.stripFurniture(work);
        List<BodyBlock> blocks = ContentBlocks.blocks(ContentBlocks.mainBlock(work));
        List<BodyBlock> body = new ArrayList<>();
        Set<String> relatedHeadlines = new HashSet<>();
        related.forEach(r -> relatedHeadlines.add(r.headline()));
        String dateline = "";
        String agency = "";
        for (BodyBlock block : blocks) {
            String text = block.text();
            if (rules.isEnd(text) && !body.isEmpty()) {
                break;
            }
            if (text.equals(headline) || relatedHeadlines.contains(text) || rules.isChrome(text)
                    || meta.read(text).isPresent() || letterWords(text) < (block.isCrosshead() ? 1 : 2)) {
                continue;
            }
            if (body.stream().noneMatch(b -> b.kind() == BodyBlock.Kind.PARAGRAPH)
                    && block.kind() == BodyBlock.Kind.PARAGRAPH) {
                Optional<DatelineParser.Dateline> d = datelines.parse(text);
                if (d.isPresent()) {
                    dateline = d.get().place();
                    agency = d.get().agency();
                    text = d.get().rest();
                } else if (datelines.standalone(text).isPresent()) {
                    dateline = datelines.standalone(text).get();
                    continue;
                }
            }
            body.add(new BodyBlock(block.kind(), rules.stripPrefix(text)));
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isCrosshead()) {
            body.remove(body.size() - 1);
        }
        if (body.stream().noneMatch(b -> !b.isCrosshead())) {
            return new ParseOutcome.Rejected("no article text found in the page");
        }
        if (siteName.isEmpty() && !headline.isEmpty() && page.title().contains(headline)) {
            // a blog's title is "Blog name: Post title" or "Post title | Blog name": the rest is its name
            String rest = page.title().replace(headline, " ").replaceAll("^[\\s:|–—»-]+|[\\s:|–—»-]+$", "").strip();
            if (!rest.isEmpty() && rest.split(" ").length <= 8) {
                siteName = rest;
            }
        }
        Outlet outlet = outlet(siteName, url, hints);
        String credit = agency.isEmpty() ? "" : outlets.agencyByAlias(agency).map(Outlet::name).orElse("");
        boolean derived = headline.isEmpty();
        if (derived) {
            headline = HeadlineDeriver.derive(body.stream().filter(b -> !b.isCrosshead()).findFirst()
                    .map(BodyBlock::text).orElse(""));
        }
        Article article = new Article(hints.id(), hints.source(), outlet, headline, derived, "", date, byline,
                dateline, credit, body, related, url, List.of(), "", List.of());
        return new ParseOutcome.Parsed(ManifestOverrides.apply(article, hints.override(), outlets));
    }

    /** The printed headline: the page's h1 that matches what its metadata calls the article, never a logo. */
    private static String headline(Document doc, PageMetadata page, String siteName) {
        List<String> references = new ArrayList<>();
        for (String r : List.of(page.jsonLdHeadline(), page.meta("og:title"), page.meta("twitter:title"),
                page.title())) {
            if (!r.isBlank()) {
                references.add(r);
            }
        }
        String best = "";
        double bestScore = 0;
        for (Element h : doc.select("h1, h2[class*=title], h3[class*=title], h2[class*=headline], h3[class*=headline]")) {
            String text = TextNormalizer.cleanLine(h.text());
            String hints = (h.className() + " " + h.id()).toLowerCase(Locale.ROOT);
            if (text.isEmpty() || hints.contains("logo") || hints.contains("site-title") || hints.contains("navbar")
                    || hints.contains("blog-title") || text.equalsIgnoreCase(siteName)
                    || h.selectFirst("img") != null && text.length() < 30 || outsideArticle(h)) {
                continue;
            }
            boolean h1 = h.tagName().equals("h1");
            double score = references.stream().mapToDouble(r -> dice(text, r)).max().orElse(h1 ? 0.5 : 0)
                    + (h1 ? 0.05 : 0);
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        if (!best.isEmpty() && bestScore >= 0.35) {
            return best;
        }
        String title = page.title();
        if (title.isEmpty()) {
            return best;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        String longest = parts[0];
        for (String part : parts) {
            if (!part.equalsIgnoreCase(siteName) && part.length() > longest.length()) {
                longest = part;
            }
        }
        return TextNormalizer.cleanLine(longest);
    }

    /** Dice similarity of two texts' word sets: a blog's name inside a post's title scores low. */
    private static double dice(String a, String b) {
        double ab = overlap(a, b);
        double ba = overlap(b, a);
        return ab + ba == 0 ? 0 : 2 * ab * ba / (ab + ba);
    }

    /** Share of a's words found in b. */
    private static double overlap(String a, String b) {
        Set<String> bw = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        String[] aw = a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        int total = 0;
        for (String w : aw) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            if (bw.contains(w)) {
                n++;
            }
        }
        return total == 0 ? 0 : (double) n / total;
    }

    /**
     * The publication date: a date and time printed in the page's metadata area, else a machine timestamp (the
     * wall-clock time as written, a local offset preferred to UTC), else a printed date without time.
     */
    private ArticleDate date(Document doc, PageMetadata page, String headline) {
        ArticleDate printedDay = ArticleDate.NONE;
        List<Element> candidates = headerZone(doc, headline);
        candidates.addAll(doc.select("time, [class*=date], [class*=Date], [class*=time], [class*=publish], "
                + "[itemprop=datePublished], [class*=meta], [class*=byline], abbr.published"));
        for (Element e : candidates) {
            String text = TextNormalizer.cleanLine(e.text());
            if (text.isEmpty() || text.length() > 140 || outsideArticle(e) || !e.select("p").isEmpty()) {
                continue;
            }
            Optional<MetaLineReader.Meta> m = meta.read(text);
            if (m.isPresent() && m.get().hasDate() && m.get().label() != MetaLineReader.DateLabel.UPDATED) {
                if (m.get().date().hasTime()) {
                    return m.get().date();
                }
                if (!printedDay.isPresent()) {
                    printedDay = m.get().date();
                }
            }
        }
        List<String> stamps = new ArrayList<>();
        for (Element t : doc.select("time[datetime], abbr.published[title]")) {
            if (!outsideArticle(t) && !hint(t).contains("modif")) {
                stamps.add(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("title"));
            }
        }
        stamps.add(page.meta("article:published_time"));
        stamps.add(page.jsonLdDatePublished());
        for (String key : List.of("date", "pubdate", "publishdate", "DC.date.issued", "sailthru.date",
                "datePublished")) {
            stamps.add(page.meta(key));
        }
        ArticleDate utc = ArticleDate.NONE;
        ArticleDate dayOnly = ArticleDate.NONE;
        for (String stamp : stamps) {
            Matcher m = ISO.matcher(stamp == null ? "" : stamp.strip());
            if (!m.lookingAt()) {
                continue;
            }
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                dayOnly = dayOnly.isPresent() ? dayOnly : ArticleDate.of(day);
                continue;
            }
            ArticleDate at = ArticleDate.of(LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            String offset = m.group(6) == null ? "" : m.group(6);
            if (offset.equals("Z") || offset.startsWith("+00")) {
                utc = utc.isPresent() ? utc : at;
            } else {
                return printedDay.isPresent() && !printedDay.day().equals(at.day()) ? printedDay : at;
            }
        }
        if (utc.isPresent()) {
            return printedDay.isPresent() && !printedDay.day().equals(utc.day()) ? printedDay : utc;
        }
        return printedDay.isPresent() ? printedDay : dayOnly;
    }

    /**
     * The short elements between the headline and the first long paragraph: where pages print the byline and
     * date. A site's date bar above the menu is not among them.
     */
    private static List<Element> headerZone(Document doc, String headline) {
        List<Element> zone = new ArrayList<>();
        boolean after = false;
        for (Element e : doc.body().getAllElements()) {
            if (!after) {
                after = !headline.isEmpty() && e.tagName().matches("h[1-3]")
                        && TextNormalizer.cleanLine(e.text()).equals(headline);
                continue;
            }
            if (e.tagName().equals("p") && e.text().length() > 150) {
                break;
            }
            if (e.children().isEmpty() || e.tagName().equals("time")) {
                zone.add(e);
            }
        }
        return zone;
    }

    /** The author names printed with the article; organisations ("Al Jazeera and news agencies") are none. */
    private String byline(Document doc, PageMetadata page) {
        for (Element e : doc.select("[rel=author], [class*=byline], [class*=Byline], [class*=author-name], "
                + "[class*=author], [itemprop=author], [data-testid*=byline]")) {
            String text = TextNormalizer.cleanLine(e.text());
            if (text.isEmpty() || text.length() > 90 || outsideArticle(e) || !e.select("p").isEmpty()) {
                continue;
            }
            String name = rules.byline(text).orElse(text).replaceFirst("(?i)^by\\s+", "")
                    .replaceAll("\\s*[|,]\\s*.*$", "").strip();
            if (name.isEmpty() || outlets.byAlias(name).isPresent() || name.toLowerCase(Locale.ROOT).contains("news agencies")
                    || name.matches("(?i).*\\bwith\\b.*") || !MetaLineReader.looksLikeNames(name)) {
                continue;
            }
            return name;
        }
        List<String> people = page.jsonLdPeople();
        return people.isEmpty() ? "" : String.join(" and ", people);
    }

    private Outlet outlet(String siteName, String url, ParseHints hints) {
        if (!siteName.isEmpty()) {
            Optional<Outlet> known = outlets.byAlias(siteName);
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (!url.isEmpty()) {
            Optional<Outlet> byUrl = outlets.byUrl(url);
            if (byUrl.isPresent()) {
                return byUrl.get();
            }
        }
        if (!siteName.isEmpty()) {
            return new Outlet(Slugs.slug(siteName), siteName);
        }
        return outlets.fromFolder(hints.folder()).orElse(Outlet.UNKNOWN);
    }

    private static boolean outsideArticle(Element e) {
        for (Element p : e.parents()) {
            String h = hint(p);
            boolean positive = h.matches(".*\\b(post|article|entry|content|story|main|blog|hentry|hfeed)\\b.*");
            if (p.tagName().equals("aside") || p.tagName().equals("nav")
                    || p.tagName().equals("footer") && !positive
                    || !positive && h.matches(".*\\b(" + OUTSIDE_ARTICLE + ")\\b.*")) {
                return true;
            }
            if (h.matches(".*\\b(comments?|related|recommended)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static String hint(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    }

    private static int letterWords(String text) {
        int n = 0;
        for (String w : text.split("\\s+")) {
            if (w.chars().filter(Character::isLetter).count() >= 2) {
                n++;
            }
        }
        return n;
    }
}
