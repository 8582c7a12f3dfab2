package io.newsarchive.cli;

import io.newsarchive.site.SiteSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Everything one build needs to know, as the command line gave it; {@code cache} is empty for --no-cache. */
public record BuildOptions(Path input, Path output, Optional<Path> templates, Optional<Path> outlets,
                           Optional<Path> manifest, SiteSettings site, int threads, boolean explainStories,
                           Map<String, String> csvColumns, Optional<Path> cache) {
    /** The input folder used when -i is not given. */
    public static final String DEFAULT_INPUT = "articles";
    /** The output folder used when -o is not given. */
    public static final String DEFAULT_OUTPUT = "site-out";
    /** The manifest read when --manifest is not given: manifest.csv at the top of the input folder. */
    public static final String DEFAULT_MANIFEST = "manifest.csv";
    /** The cache folder used when --cache is not given: hidden inside the output folder. */
    public static final String DEFAULT_CACHE = ".newsarchive-cache";

    /** The cache folder: {@code cache} when given (--cache), else {@link #DEFAULT_CACHE} inside the output folder. */
    public static Path cacheFolder(Path output, Path cache) {
        return cache != null ? cache : output.resolve(DEFAULT_CACHE);
    }
}
