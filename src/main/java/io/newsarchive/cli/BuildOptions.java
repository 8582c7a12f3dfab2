package io.newsarchive.cli;

import io.newsarchive.site.SiteSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Everything one build needs to know, as the command line gave it. */
public record BuildOptions(Path input, Path output, Optional<Path> templates, Optional<Path> outlets,
                           Optional<Path> manifest, SiteSettings site, int threads, boolean explainStories,
                           Map<String, String> csvColumns) {
    /** The manifest read when --manifest is not given: manifest.csv at the top of the input folder. */
    public static final String DEFAULT_MANIFEST = "manifest.csv";
}
