package io.newsarchive.parse.html;

import io.newsarchive.model.BodyBlock;
import io.newsarchive.parse.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article's main content block in a page and reads its blocks, the way article extractors do: page
 * furniture is removed by tag and by class/id hints, every paragraph scores its container by its text (length,
 * commas), containers are weighed by their hints and link density, and the best one is read in document order as
 * paragraphs, crossheads, quotes and list items.
 */
final class ContentBlocks {
    /** Tags that never hold article text. */
    static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, button, select, input, textarea";
    /** Tags of page furniture (removed unless they hold the article). */
    static final String FURNITURE = "form, "
            + "textarea, nav, footer, aside, figure, figcaption, picture, video, audio, amp-ad, amp-sidebar, "
            + "amp-consent, amp-social-share, amp-youtube, amp-img, ins, [hidden], dialog, menu";

    private static final Pattern SPLIT = Pattern.compile("[\\s_-]+");
    /** Class or id words of page furniture. */
    private static final Set<String> NEGATIVE = Set.of("share", "sharing", "social", "related", "recommend",
            "recommended", "recommendations", "comment", "comments", "promo", "newsletter", "subscribe",
            "subscription", "cookie", "cookies", "consent", "sidebar", "footer", "nav", "navbar", "navigation", "menu",
            "breadcrumb", "breadcrumbs", "caption", "credit", "credits", "byline", "author", "authors", "bio",
            "tags", "tag", "topics", "advert", "advertisement", "ad", "ads", "adslot", "dfp", "gpt", "sponsor",
            "sponsored", "outbrain", "taboola", "popup", "modal", "banner", "toolbar", "widget", "trending",
            "popular", "readmore", "more", "next", "preload", "signup", "donate", "donation", "paywall", "embed",
            "gallery", "card", "cards", "teaser", "meta", "masthead", "header", "hidden", "print", "rating",
            "callout", "cta", "mc4wp", "wpdiscuz", "jp", "sharedaddy", "disqus", "standfirst", "summary",
            "dek", "chapo", "spot", "lede-media", "video", "audio", "player", "toc", "infobox", "pagination",
            "copyright", "disclaimer", "note", "notes", "editors", "correction");
    /** Class or id words of article text. */
    private static final Set<String> POSITIVE = Set.of("article", "content", "story", "body", "entry", "post",
            "text", "main", "prose", "articlebody", "article-body", "story-body", "richtext", "rich");

    private ContentBlocks() {
    }

    /** Removes furniture from a working copy of the page body (the caller's copy is changed). */
    static void stripFurniture(Element root) {
        root.select(NEVER_TEXT).remove();
        int total = paragraphText(root);
        for (Element e : root.select(FURNITURE)) {
            if (e.parent() != null && paragraphText(e) <= HOLDS_ARTICLE * total) {
                e.remove();
            }
        }
        for (Element e : root.select("*")) {
            if (e.parent() != null && isNegative(e) && !isPositive(e) && !e.tagName().equals("body")
                    && !e.tagName().equals("html") && !e.tagName().equals("main") && !e.tagName().equals("article")
                    && paragraphText(e) <= HOLDS_ARTICLE * total) {
                e.remove();
            }
        }
    }

    /**
     * An element holding more than this share of the page's paragraph text holds the article, whatever its tag or
     * class says (ASP.NET wraps whole pages in a form, Blogger and Elementor put posts in "widgets").
     */
    private static final double HOLDS_ARTICLE = 0.3;

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** The element whose paragraphs make up the article, or the body when nothing scores. */
    static Element mainBlock(Element root) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : root.select("p, div, pre, td")) {
            String text = ownText(p);
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(3, text.length() / 100.0);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) {
                scores.merge(parent.parent(), score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double score = e.getValue() + (isPositive(el) ? 25 : 0) - (isNegative(el) ? 25 : 0);
            score *= 1 - linkDensity(el);
            if (score > bestScore || score == bestScore && best != null && el.siblingIndex() < best.siblingIndex()) {
                best = el;
                bestScore = score;
            }
        }
        if (best == null) {
            return root;
        }
        // One wrapper per paragraph (BBC's text blocks): when siblings like the winner also hold text, the
        // article is their parent.
        while (best.parent() != null && best != root && textSiblings(best) >= 2) {
            best = best.parent();
        }
        return best;
    }

    private static int textSiblings(Element e) {
        int n = 0;
        for (Element sibling : e.siblingElements()) {
            if (sibling.tagName().equals(e.tagName()) && sibling.className().equals(e.className())
                    && sibling.text().length() > 80) {
                n++;
            }
        }
        return n;
    }

    /** The blocks of the main element, in document order. */
    static List<BodyBlock> blocks(Element main) {
        List<BodyBlock> out = new ArrayList<>();
        read(main, out);
        return out;
    }

    private static void read(Element e, List<BodyBlock> out) {
        for (Element child : e.children()) {
            String tag = child.tagName();
            switch (tag) {
                case "p" -> add(out, BodyBlock.Kind.PARAGRAPH, child.text());
                case "h2", "h3", "h4", "h5" -> add(out, BodyBlock.Kind.CROSSHEAD, child.text());
                case "blockquote" -> {
                    if (child.select("p").size() > 1 && child.text().length() > 400) {
                        read(child, out); // a long quoted passage: keep its paragraphs
                    } else {
                        add(out, BodyBlock.Kind.QUOTE, child.text());
                    }
                }
                case "ul", "ol" -> {
                    if (linkDensity(child) < 0.5) {
                        for (Element li : child.children()) {
                            if (li.tagName().equals("li")) {
                                add(out, BodyBlock.Kind.LIST_ITEM, li.text());
                            }
                        }
                    }
                }
                case "h1", "table", "hr", "br", "img" -> {
                    // the headline and non-text furniture are not body blocks
                }
                default -> {
                    if (hasDirectText(child) && child.select("p, h2, h3, ul, ol, blockquote").isEmpty()) {
                        add(out, BodyBlock.Kind.PARAGRAPH, child.text()); // Blogger-style <div> paragraphs
                    } else {
                        read(child, out);
                    }
                }
            }
        }
    }

    private static void add(List<BodyBlock> out, BodyBlock.Kind kind, String raw) {
        String text = TextNormalizer.cleanLine(raw);
        if (!text.isEmpty()) {
            out.add(new BodyBlock(kind, text));
        }
    }

    static boolean isNegative(Element e) {
        for (String w : words(e)) {
            if (NEGATIVE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPositive(Element e) {
        for (String w : words(e)) {
            if (POSITIVE.contains(w)) {
                return true;
            }
        }
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        return itemprop.contains("articlebody");
    }

    private static List<String> words(Element e) {
        String hints = (e.className() + " " + e.id() + " " + e.attr("data-component") + " " + e.attr("data-testid")
                + " " + e.attr("role")).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : SPLIT.split(hints)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static String ownText(Element e) {
        if (e.tagName().equals("p")) {
            return e.text();
        }
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            }
        }
        return sb.toString().strip();
    }

    private static boolean hasDirectText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && t.text().strip().length() > 20) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    /** Elements of a selection in document order, without those nested in another. */
    static List<Element> outermost(Elements elements) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            boolean nested = false;
            for (Element o : out) {
                if (e.parents().contains(o)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(e);
            }
        }
        return out;
    }
}
