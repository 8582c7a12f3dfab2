package io.newsarchive.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every link of every page of a generated site: each relative href and src must name a file inside the
 * site, and each #fragment an id on the target page. External links must be http(s), and nothing may be loaded
 * from outside (no external stylesheets, scripts, images or frames).
 */
final class LinkChecker {
    private final Path site;
    private final String baseUrl;
    private final Map<Path, Set<String>> idsOf = new HashMap<>();

    LinkChecker(Path site) {
        this(site, "");
    }

    /** A site published at {@code baseUrl}: absolute links under it are links inside the site, and checked. */
    LinkChecker(Path site, String baseUrl) {
        this.site = site.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    /** Every broken link, as "page → link (why)". */
    List<String> check() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : HtmlChecker.htmlFiles(site)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src], [action]")) {
                for (String attr : List.of("href", "src", "action")) {
                    if (e.hasAttr(attr)) {
                        String why = problem(page, e, e.attr(attr));
                        if (why != null) {
                            broken.add(site.relativize(page) + " → " + e.attr(attr) + " (" + why + ")");
                        }
                    }
                }
            }
        }
        return broken;
    }

    private String problem(Path page, Element e, String link) throws IOException {
        boolean underBase = !baseUrl.isEmpty() && link.startsWith(baseUrl);
        String ref = underBase ? SitePaths.rootFrom(site.relativize(page).toString().replace('\\', '/'))
                + link.substring(baseUrl.length()) : link;
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            boolean pointer = e.tagName().equals("link") && Set.of("canonical", "alternate").contains(e.attr("rel"));
            return !pointer && Set.of("link", "script", "img", "iframe", "source", "video", "audio", "object", "embed")
                    .contains(e.tagName()) ? "external resource" : null;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return "not an http(s) link";
        }
        URI uri;
        try {
            uri = new URI(ref);
        } catch (java.net.URISyntaxException ex) {
            return "malformed";
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids(target).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
            return "no element with id " + fragment;
        }
        return null;
    }

    private Set<String> ids(Path page) throws IOException {
        Set<String> ids = idsOf.get(page);
        if (ids == null) {
            ids = Jsoup.parse(page.toFile(), "UTF-8").select("[id]").stream().map(el -> el.id())
                    .collect(Collectors.toSet());
            idsOf.put(page, ids);
        }
        return ids;
    }
}
