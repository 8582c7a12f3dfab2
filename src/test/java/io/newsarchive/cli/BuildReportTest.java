package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Archive;
import io.newsarchive.write.OutputFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuildReportTest {
    private static BuildReport report(long siteBytes, String largest, long largestBytes) {
        return new BuildReport(0, new Archive(List.of(), List.of(), List.of()), List.of(), Map.of(), 0, 0, 0, 0,
                false, Path.of("site-out"), 0, new BuildReport.CacheUse(false, "", 0, false, false, 0),
                new BuildReport.SiteSize(siteBytes, new OutputFolder.FileSize(largest, largestBytes)));
    }

    @Test
    @DisplayName("a site over GitHub Pages' 1 GB, or with a file over GitHub's 100 MiB, is told so, even with -q")
    void publishingLimits() {
        assertEquals(List.of(), report(1_000_000_000L, "articles.csv", 100L * 1024 * 1024).publishingLimits(),
                "at the limits is within them");
        List<String> over = report(1_507_536_217L, "articles.csv", 416_000_000L).publishingLimits();
        assertEquals(3, over.size(), over.toString());
        assertTrue(over.get(0).startsWith("the site is 1.51 GB (1,507,536,217 bytes"), over.get(0));
        assertTrue(over.get(1).startsWith("articles.csv is 416 MB: GitHub refuses"), over.get(1));
        assertEquals(2, report(400_000_000L, "articles.csv", 105_000_000L).publishingLimits().size());

        StringWriter err = new StringWriter();
        report(1_200_000_000L, "articles.csv", 90_000_000L).print(new PrintWriter(new StringWriter()),
                new PrintWriter(err), true);
        assertTrue(err.toString().contains("newsarchive: the site is 1.20 GB"), err.toString());
    }
}
