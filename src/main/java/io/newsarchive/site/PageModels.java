package io.newsarchive.site;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.model.Story;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Builds the data each template receives (documented in docs/templates.md): plain maps, lists and strings, so a
 * template needs no knowledge of Java and every value is escaped by the HTML output format.
 */
final class PageModels {
    private static final int LEAD_CHARS = 220;
    /** What a cut lead must not end with; compiled once, as String.replaceAll would on every lead. */
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION =
            java.util.regex.Pattern.compile("[\\s,;:–—-]+$");

    private PageModels() {
    }

    /**
     * What every page gets: the site, the page's own path, title and section (for the navigation's
     * aria-current), the way back to the root, links to the site's fixed pages, and its absolute address when the
     * site has a base URL.
     */
    static Map<String, Object> base(SiteSettings settings, String pagePath, String title, String section) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("baseUrl", settings.baseUrl());
        site.put("feeds", settings.publishing());
        model.put("site", site);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("path", pagePath);
        page.put("title", title);
        page.put("section", section);
        page.put("url", settings.publishing() ? settings.baseUrl() + pagePath : "");
        model.put("page", page);
        model.put("root", SitePaths.rootFrom(pagePath));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("home", SitePaths.relative(pagePath, SitePaths.INDEX));
        links.put("outlets", SitePaths.relative(pagePath, SitePaths.OUTLETS));
        links.put("time", SitePaths.relative(pagePath, SitePaths.TIME));
        links.put("search", SitePaths.relative(pagePath, SitePaths.SEARCH));
        links.put("report", SitePaths.relative(pagePath, SitePaths.REPORT));
        links.put("catalog", SitePaths.relative(pagePath, SitePaths.CATALOG));
        links.put("stylesheet", SitePaths.relative(pagePath, SitePaths.STYLESHEET));
        links.put("feed", settings.publishing() ? SitePaths.relative(pagePath, SitePaths.FEED) : "");
        model.put("links", links);
        return model;
    }

    /** Turns a page's links to the fixed pages into absolute addresses under the base URL. */
    @SuppressWarnings("unchecked")
    static void makeLinksAbsolute(Map<String, Object> model, SiteSettings settings) {
        String page = (String) ((Map<String, Object>) model.get("page")).get("path");
        Map<String, Object> links = (Map<String, Object>) model.get("links");
        String root = SitePaths.rootFrom(page);
        links.replaceAll((name, href) -> href.toString().isEmpty() ? href
                : settings.baseUrl() + href.toString().substring(root.length()));
        model.put("root", settings.baseUrl());
    }

    /** A breadcrumb trail: {@code label, path} pairs from the home page down, ending with the page itself. */
    static List<Map<String, Object>> breadcrumbs(String from, String... labelsAndPaths) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb("Home", SitePaths.relative(from, SitePaths.INDEX)));
        for (int i = 0; i + 1 < labelsAndPaths.length; i += 2) {
            String path = labelsAndPaths[i + 1];
            crumbs.add(crumb(labelsAndPaths[i], path.isEmpty() ? "" : SitePaths.relative(from, path)));
        }
        return crumbs;
    }

    private static Map<String, Object> crumb(String label, String href) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("href", href);
        return m;
    }

    /**
     * A date as {@link ModelFingerprint#ofInputs} values: exact (day, time, whether the time is known), and cheaper
     * than the record's text, which took 141 of the 1,931 render samples of a one-change rebuild of 100,000 articles.
     */
    static List<Object> dateInputs(ArticleDate date) {
        return List.of(date.day().toEpochDay(), date.time().toNanoOfDay(), date.hasTime());
    }

    static Map<String, Object> date(ArticleDate date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", date.isPresent());
        m.put("iso", date.iso());
        m.put("display", DisplayDates.display(date));
        return m;
    }

    /**
     * An article as a page shows it. Everything in it follows from the article and the page it is shown on, so a
     * fingerprint may take the article's key and the page's path in its place ({@link ArticleModel}).
     */
    static Map<String, Object> article(Article a, String fromPage) {
        Map<String, Object> m = new ArticleModel(a, fromPage);
        m.put("id", a.id());
        m.put("source", a.source());
        m.put("headline", a.headline());
        m.put("headlineDerived", a.headlineDerived());
        m.put("kicker", a.kicker());
        m.put("outlet", a.outlet().name());
        m.put("outletId", a.outlet().id());
        m.put("outletHref", SitePaths.relative(fromPage, SitePaths.outletPage(a.outlet().id(), 1)));
        m.put("date", date(a.date()));
        m.put("byline", a.byline());
        m.put("dateline", a.dateline());
        m.put("credit", a.credit());
        m.put("url", SafeLinks.httpOrEmpty(a.url()));
        m.put("words", a.wordCount());
        m.put("lead", lead(a.lead()));
        m.put("href", SitePaths.relative(fromPage, SitePaths.article(a.id())));
        m.put("body", new BodyModel(a.body()));
        m.put("notes", a.notes());
        m.put("language", a.language());
        m.put("tags", a.tags());
        return m;
    }

    /**
     * What {@link #storyEntry} makes a story's entry from, as {@link ModelFingerprint#ofInputs} values: the story's
     * id, canonical version, date and count of versions, the canonical version's headline and lead, and each
     * version's outlet. A list page made of entries is kept when these are as last time, without making its model:
     * making and digesting the home, outlet and month pages' models was a third of a one-change rebuild's rendering
     * at 100,000 articles. Only what an entry shows is taken, not the articles' keys: an edit after an article's lead
     * leaves its entries as they were, and the pages that list it are not rendered again.
     */
    static List<Object> storyEntryInputs(Story s, Map<String, Article> byId) {
        Article canonical = byId.get(s.canonical());
        List<Object> values = new ArrayList<>(6 + 2 * s.versions().size());
        values.add(s.id());
        values.add(s.canonical());
        values.add(dateInputs(s.date()));
        values.add(s.versions().size());
        values.add(canonical.headline());
        values.add(leadInput(canonical));
        for (String id : s.versions()) {
            Outlet o = byId.get(id).outlet();
            values.add(o.id());
            values.add(o.name());
        }
        return values;
    }

    /**
     * What {@link #articleEntry} makes an entry from: the article's id, headline, lead, outlet, date and shown date,
     * and its story's id and count of versions (not the article's key, for the reason {@link #storyEntryInputs}
     * gives).
     */
    static List<Object> articleEntryInputs(PagePlan plan, Article a) {
        Story story = plan.storyOf(a);
        return List.of(a.id(), a.headline(), leadInput(a), a.outlet().name(), a.date().isPresent(),
                dateInputs(plan.shownDate(a)), story.id(), story.versions().size());
    }

    /**
     * An article's lead ({@link Article#lead}) as a fingerprint value: its first paragraph's block, digested as the
     * text's UTF-8 without decoding it, or "" when it has none.
     */
    static Object leadInput(Article a) {
        for (BodyBlock b : a.body()) {
            if (!b.isCrosshead()) {
                return b;
            }
        }
        return "";
    }

    /** A timeline's counts per month as fingerprint inputs: each month (as 2024-05) and its count, in order. */
    static List<Object> monthInputs(SortedMap<YearMonth, Integer> counts) {
        List<Object> values = new ArrayList<>(2 * counts.size());
        counts.forEach((month, n) -> {
            values.add(month.toString());
            values.add(n);
        });
        return values;
    }

    /** Each story's {@link #storyEntryInputs}, in order: what a list page's entries are made from. */
    static List<List<Object>> storyEntriesInputs(List<Story> stories, Map<String, Article> byId) {
        List<List<Object>> inputs = new ArrayList<>(stories.size());
        for (Story s : stories) {
            inputs.add(storyEntryInputs(s, byId));
        }
        return inputs;
    }

    /** Each story's {@link #storyEntry}, in order: a list page's entries. */
    static List<Map<String, Object>> storyEntries(List<Story> stories, Map<String, Article> byId, String fromPage) {
        List<Map<String, Object>> entries = new ArrayList<>(stories.size());
        for (Story s : stories) {
            entries.add(storyEntry(s, byId, fromPage));
        }
        return entries;
    }

    /** A story as an index entry: its canonical version's headline, date, lead, and who carried it. */
    static Map<String, Object> storyEntry(Story s, Map<String, Article> byId, String fromPage) {
        return storyEntry(s, byId.get(s.canonical()), s.versions().stream().map(byId::get).toList(), fromPage);
    }

    /** A story as an index entry, from its canonical version and its versions' articles (in the story's order). */
    static Map<String, Object> storyEntry(Story s, Article canonical, List<Article> versions, String fromPage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("headline", canonical.headline());
        m.put("date", date(s.date()));
        m.put("lead", lead(canonical.lead()));
        m.put("href", SitePaths.relative(fromPage, SitePaths.storyEntry(s)));
        m.put("versions", s.versions().size());
        List<Map<String, Object>> outlets = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Article v : versions) {
            Outlet o = v.outlet();
            if (!seen.contains(o.id())) {
                seen.add(o.id());
                Map<String, Object> outlet = new LinkedHashMap<>();
                outlet.put("name", o.name());
                outlet.put("href", SitePaths.relative(fromPage, SitePaths.outletPage(o.id(), 1)));
                outlets.add(outlet);
            }
        }
        m.put("outlets", outlets);
        return m;
    }

    /**
     * Which article of the archive each of an article's related headlines reads the same as (never the article
     * itself): its id, or "" for none, in the order of {@link Article#related()}.
     */
    static List<String> relatedTargets(Article a, HeadlineIndex headlines) {
        List<String> targets = new ArrayList<>(a.related().size());
        for (RelatedLink r : a.related()) {
            targets.add(headlines.find(r.headline()).filter(id -> !id.equals(a.id())).orElse(""));
        }
        return targets;
    }

    /**
     * An article's related headlines, grouped under the labels they stood under. A headline that reads the same as
     * an article of the archive ({@code targets}, from {@link #relatedTargets}) links to that article's page; else to
     * the original's http(s) address when the copy had one; else it is plain text.
     */
    static List<Map<String, Object>> related(Article a, String fromPage, List<String> targets) {
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Object> group = null;
        for (int i = 0; i < a.related().size(); i++) {
            RelatedLink r = a.related().get(i);
            if (group == null || !group.get("label").equals(r.label())) {
                group = new LinkedHashMap<>();
                group.put("label", r.label());
                group.put("links", new ArrayList<Map<String, Object>>());
                groups.add(group);
            }
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("headline", r.headline());
            String target = targets.get(i);
            String inArchive = target.isEmpty() ? "" : SitePaths.relative(fromPage, SitePaths.article(target));
            link.put("href", inArchive);
            link.put("inArchive", !inArchive.isEmpty());
            link.put("url", inArchive.isEmpty() ? SafeLinks.httpOrEmpty(r.url()) : "");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> links = (List<Map<String, Object>>) group.get("links");
            links.add(link);
        }
        return groups;
    }

    /** A story as a previous/next link shows it: the story and its canonical version's headline. */
    record StoryLink(Story story, String headline) {
        /** The story shown before {@code s} (newer) in reading order, or null. */
        static StoryLink newer(PagePlan plan, Story s) {
            return plan.newer(s).map(n -> of(plan, n)).orElse(null);
        }

        /** The story shown after {@code s} (older, or undated), or null. */
        static StoryLink older(PagePlan plan, Story s) {
            return plan.older(s).map(n -> of(plan, n)).orElse(null);
        }

        private static StoryLink of(PagePlan plan, Story s) {
            return new StoryLink(s, plan.article(s.canonical()).headline());
        }

        /** What a page shows of a link (null: none), as values for {@link ModelFingerprint#ofInputs}. */
        static List<Object> digested(StoryLink link) {
            return link == null ? List.of() : List.of(link.story().id(), link.story().canonical(),
                    link.story().versions().size(), dateInputs(link.story().date()), link.headline());
        }
    }

    /** The stories before and after a page's own in reading order, as newer and older links (null: none). */
    static Map<String, Object> neighbours(StoryLink newer, StoryLink older, String fromPage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("newer", newer == null ? Map.of() : storyLink(newer, fromPage));
        m.put("older", older == null ? Map.of() : storyLink(older, fromPage));
        return m;
    }

    private static Map<String, Object> storyLink(StoryLink link, String fromPage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headline", link.headline());
        m.put("href", SitePaths.relative(fromPage, SitePaths.storyEntry(link.story())));
        m.put("date", date(link.story().date()));
        return m;
    }

    /**
     * An article as an entry of an outlet's list: its headline, the date readers are shown (its own or, marked
     * inferred, its story's), its lead, and how many versions its story has.
     */
    static Map<String, Object> articleEntry(PagePlan plan, Article a, String fromPage) {
        Story story = plan.storyOf(a);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("headline", a.headline());
        m.put("date", date(plan.shownDate(a)));
        m.put("dateInferred", !a.date().isPresent() && plan.shownDate(a).isPresent());
        m.put("lead", lead(a.lead()));
        m.put("href", SitePaths.relative(fromPage, SitePaths.article(a.id())));
        m.put("outlet", a.outlet().name());
        m.put("versions", story.versions().size());
        m.put("storyHref", story.hasSeveralVersions() ? SitePaths.relative(fromPage, SitePaths.story(story.id())) : "");
        return m;
    }

    /** The lead cut at a word boundary, for one-line summaries. */
    static String lead(String text) {
        if (text.length() <= LEAD_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', LEAD_CHARS);
        return withoutTrailingPunctuation(text.substring(0, space > 0 ? space : LEAD_CHARS)) + "…";
    }

    /**
     * The text without the run of {@link #TRAILING_PUNCTUATION} at its end, trimmed by hand: the regex was a tenth
     * of a large rebuild's page models. A text ending in a line terminator that the class lacks (U+0085, U+2028,
     * U+2029), where {@code $} also matches before that terminator, still goes through the regex.
     */
    static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == '\u0085' || text.charAt(end - 1) == '\u2028'
                || text.charAt(end - 1) == '\u2029')) {
            return TRAILING_PUNCTUATION.matcher(text).replaceAll("");
        }
        while (end > 0 && isTrailingPunctuation(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The class of {@link #TRAILING_PUNCTUATION}: {@code \s} (ASCII whitespace) and , ; : – — -. */
    private static boolean isTrailingPunctuation(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',' || c == ';'
                || c == ':' || c == '\u2013' || c == '\u2014' || c == '-';
    }
}
