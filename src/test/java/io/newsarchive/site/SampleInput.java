package io.newsarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sample articles plus what they lack to show every feature: a manifest giving one article its original's
 * address, an article with a hostile headline, and one whose related list names another article's headline.
 */
final class SampleInput {
    static final String RELATED_HEADLINE = "Azerbaijan seeking to upgrade ties with Iran: ambassador";

    private SampleInput() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> samples = Files.list(Path.of("articles"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Files.writeString(dir.resolve("manifest.csv"), "file,url\n"
                + "001_68cc0f6fbcfa5017.txt,https://www.tehrantimes.com/news/474580/Shamkhani-tells-Aliyev\n");
        Files.writeString(dir.resolve("zz-hostile.txt"), "A <script>alert('x')</script> headline & \"quotes\" about Baku talks\n\n"
                + "July 16, 2022 - 10:00\n\n"
                + "BAKU - The text of this report mentions <script>alert(\"body\")</script> and <b>tags</b> "
                + "that must come out as text, not as markup, in every page that shows it.\n\n"
                + "A second paragraph follows with enough words to be read as the body of the article itself.\n\n"
                + "Related News\n\n"
                + "AZERBAIJAN SEEKING TO UPGRADE TIES WITH IRAN — AMBASSADOR\n\n"
                + "A headline that is nowhere in this archive at all\n");
        return dir;
    }
}
