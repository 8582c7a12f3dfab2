package io.newsarchive.site;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the site is rendered.
 *
 * @param title        the archive's name, shown in every page's header
 * @param baseUrl      the absolute address the site will be published at, or empty (then no feeds or sitemap)
 * @param templatesDir a folder whose templates replace the bundled ones by file name, or empty
 * @param pageSize     entries per index page
 * @param catalogBody  whether the catalog's {@code body} column holds the text or is left empty
 */
public record SiteSettings(String title, String baseUrl, Optional<Path> templatesDir, int pageSize,
                           Catalog.Body catalogBody) {
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** Settings with the catalog's bodies written in full (the default). */
    public SiteSettings(String title, String baseUrl, Optional<Path> templatesDir, int pageSize) {
        this(title, baseUrl, templatesDir, pageSize, Catalog.Body.FULL);
    }

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(catalogBody, "catalogBody");
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
    }

    /** Whether the site has a base URL, and so gets the files that need absolute addresses (feeds, sitemap). */
    public boolean publishing() {
        return !baseUrl.isEmpty();
    }
}
