package io.newsarchive.cli;

import io.newsarchive.site.SiteSettings;
import java.nio.file.Path;
import java.util.Optional;

/** Everything one build needs to know, as the command line gave it. */
public record BuildOptions(Path input, Path output, Optional<Path> templates, Optional<Path> outlets,
                           SiteSettings site, int threads) {
}
