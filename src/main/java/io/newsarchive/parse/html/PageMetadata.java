package io.newsarchive.parse.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved page says about itself in machine-readable form: JSON-LD ({@code NewsArticle} and kin, also inside
 * {@code @graph}), OpenGraph and {@code article:*} meta tags, the canonical link and the title. Each accessor
 * returns empty text when the page does not say.
 */
final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting",
            "socialmediaposting", "posting");

    private final Document doc;
    private final JsonNode article;

    PageMetadata(Document doc) {
        this.doc = doc;
        this.article = findArticle(doc);
    }

    String jsonLdHeadline() {
        return text(article, "headline");
    }

    String jsonLdDatePublished() {
        return text(article, "datePublished");
    }

    String jsonLdPublisher() {
        if (article == null) {
            return "";
        }
        JsonNode publisher = article.get("publisher");
        if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
            publisher = publisher.get(0);
        }
        return publisher == null ? "" : publisher.isTextual() ? publisher.asText() : text(publisher, "name");
    }

    /** Authors that JSON-LD says are people (organisations are no byline). */
    List<String> jsonLdPeople() {
        List<String> names = new ArrayList<>();
        if (article == null || article.get("author") == null) {
            return names;
        }
        JsonNode author = article.get("author");
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            if (a.isTextual()) {
                names.add(a.asText().strip());
            } else if (!type(a).contains("organization") && !type(a).contains("newsmediaorganization")) {
                String name = text(a, "name");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    String meta(String key) {
        for (String attribute : new String[] {"property", "name", "itemprop"}) {
            Element e = doc.selectFirst("meta[" + attribute + "=" + key + "]");
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return "";
    }

    /** The page's own address: the canonical link, else og:url. */
    String url() {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && canonical.absUrl("href").startsWith("http")) {
            return canonical.absUrl("href");
        }
        String og = meta("og:url");
        return og.startsWith("http") ? og : "";
    }

    String title() {
        return doc.title().strip();
    }

    String siteName() {
        String site = meta("og:site_name");
        if (!site.isEmpty()) {
            return site;
        }
        String publisher = jsonLdPublisher();
        if (!publisher.isEmpty()) {
            return publisher;
        }
        return meta("application-name");
    }

    private static JsonNode findArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                JsonNode found = search(root, 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception malformed) {
                // a broken JSON-LD block is ignored: the page's visible text still speaks
            }
        }
        return null;
    }

    private static JsonNode search(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = search(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (String t : type(node).split(",")) {
            if (ARTICLE_TYPES.contains(t.strip())) {
                return node;
            }
        }
        JsonNode found = search(node.get("@graph"), depth + 1);
        return found != null ? found : search(node.get("mainEntity"), depth + 1);
    }

    private static String type(JsonNode node) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            List<String> types = new ArrayList<>();
            t.forEach(x -> types.add(x.asText().toLowerCase(Locale.ROOT)));
            return String.join(",", types);
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.get(field) == null) {
            return "";
        }
        JsonNode v = node.get(field);
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v.isValueNode() ? v.asText().strip() : "";
    }
}
