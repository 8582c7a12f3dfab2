package io.newsarchive.parse.html;

import io.newsarchive.model.RelatedLink;
import io.newsarchive.parse.ChromeRules;
import io.newsarchive.parse.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the labelled lists of links to other articles that a page shows beside the article ("Related", "Read
 * more", "Most popular", "Previous Post" …) with their real addresses. Menus, tag and category lists and comment
 * links are not related articles.
 */
final class RelatedLists {
    private static final Pattern EXTRA_LABELS = Pattern.compile(
            "(most (popular|read|viewed|visited|shared)|top stories|latest( [\\p{L} ]{1,20})?|previous post|next post|"
                    + "check also|recommended( stories)?|more stories|editor'?s? picks?|you may also like)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_RELATED = Pattern.compile(
            "(tags?|topics?|categor(y|ies)|archives?|recent comments|comments?|share|follow us|newsletter|menu|"
                    + "navigation|sections?|related topics|more topics|explore more on these topics)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRACKING = Pattern.compile("[?&](relatedposts_hit|relatedposts_origin|"
            + "relatedposts_position|source|utm_[a-z]+)=[^&#]*");
    private static final int MAX_LABEL_WORDS = 8;

    private RelatedLists() {
    }

    static List<RelatedLink> read(Element body, ChromeRules rules, String pageUrl) {
        List<RelatedLink> out = new ArrayList<>();
        Set<Element> seenContainers = new LinkedHashSet<>();
        for (Element heading : body.select("h2, h3, h4, h5, h6, strong, b, span, div, p, header")) {
            if (!heading.children().select("h2, h3, h4, h5, h6, p, li, a, div").isEmpty()) {
                continue; // a label is a leaf (or nearly): not a container
            }
            String label = TextNormalizer.cleanLine(heading.text()).replaceAll("\\s*[:»›>]+$", "");
            if (label.isEmpty() || label.split(" ").length > MAX_LABEL_WORDS || NOT_RELATED.matcher(label).matches()) {
                continue;
            }
            boolean labelled = rules.relatedLabel(label).isPresent() || EXTRA_LABELS.matcher(label).matches();
            if (!labelled || inMenu(heading)) {
                continue;
            }
            Element container = listContainer(heading);
            if (container == null || !seenContainers.add(container)) {
                continue;
            }
            Set<String> urls = new LinkedHashSet<>();
            for (Element a : container.select("a[href]")) {
                String url = clean(a.absUrl("href"));
                String headline = headlineOf(a);
                if (!url.startsWith("http") || url.equals(clean(pageUrl)) || headline.split(" ").length < 3
                        || !urls.add(url) || headline.equalsIgnoreCase(label)) {
                    continue;
                }
                out.add(new RelatedLink(label, headline, url));
            }
        }
        return out;
    }

    /** The smallest ancestor of the label that holds links besides the label itself. */
    private static Element listContainer(Element heading) {
        Element e = heading;
        for (int up = 0; up < 4 && e.parent() != null; up++) {
            e = e.parent();
            int links = 0;
            for (Element a : e.select("a[href]")) {
                if (!heading.parents().contains(a) && a != heading && headlineOf(a).split(" ").length >= 3) {
                    links++;
                }
            }
            if (links > 0) {
                return e.tagName().equals("body") || e.select("p").size() > 12 ? null : e;
            }
        }
        return null;
    }

    private static boolean inMenu(Element e) {
        for (Element p : e.parents()) {
            String tag = p.tagName();
            if (tag.equals("nav") || tag.equals("header") && !p.parents().is("article")) {
                return true;
            }
            String hints = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (hints.contains("menu") || hints.contains("navbar") || hints.contains("comment")) {
                return true;
            }
        }
        return false;
    }

    /** The link's headline: its heading element's text when it has one (a card), else its text. */
    private static String headlineOf(Element a) {
        Element h = a.selectFirst("h2, h3, h4, h5, [class*=title], [class*=headline]");
        String text = TextNormalizer.cleanLine(h != null ? h.text() : a.text());
        return text.replaceAll("\\s*\\(?\\d+ (minutes?|hours?|days?) ago\\)?$", "").strip();
    }

    private static String clean(String url) {
        String u = TRACKING.matcher(url).replaceAll("");
        if (u.contains("&") && !u.contains("?")) {
            u = u.replaceFirst("&", "?");
        }
        return u;
    }
}
