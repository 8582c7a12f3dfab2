package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.site.Catalog;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --catalog-body}: the catalog's body column filled (the default) or left empty, the columns unchanged. */
class CatalogBodyOptionTest {
    @TempDir
    static Path temp;
    static Path byDefault;
    static Path omitted;

    @BeforeAll
    static void build() {
        byDefault = temp.resolve("default");
        omitted = temp.resolve("omit");
        assertEquals(ExitCodes.OK, Main.run("build", "-i", "articles", "-o", byDefault.toString(), "-q"));
        assertEquals(ExitCodes.OK, Main.run("build", "-i", "articles", "-o", omitted.toString(), "-q",
                "--catalog-body", "omit"));
    }

    @Test
    @DisplayName("by default every row has its body, as with --catalog-body full")
    void defaultKeepsBodies(@TempDir Path other) throws IOException {
        List<CSVRecord> rows = rows(byDefault);
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertFalse(r.get("body").isEmpty(), r.get("id")));
        Path full = other.resolve("full");
        assertEquals(ExitCodes.OK, Main.run("build", "-i", "articles", "-o", full.toString(), "-q",
                "--catalog-body", "full"));
        assertEquals(Files.readString(byDefault.resolve("articles.csv")), Files.readString(full.resolve("articles.csv")));
    }

    @Test
    @DisplayName("with --catalog-body omit the header is identical and only the body cells are empty")
    void omitEmptiesOnlyBodies() throws IOException {
        String header = String.join(",", Catalog.COLUMNS);
        assertEquals(header, Files.readString(byDefault.resolve("articles.csv")).lines().findFirst().orElseThrow());
        assertEquals(header, Files.readString(omitted.resolve("articles.csv")).lines().findFirst().orElseThrow());
        List<CSVRecord> full = rows(byDefault);
        List<CSVRecord> empty = rows(omitted);
        assertEquals(full.size(), empty.size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals("", empty.get(i).get("body"), empty.get(i).get("id"));
            for (String column : Catalog.COLUMNS) {
                if (!column.equals("body")) {
                    assertEquals(full.get(i).get(column), empty.get(i).get(column), column);
                }
            }
        }
        assertTrue(Files.size(omitted.resolve("articles.csv")) < Files.size(byDefault.resolve("articles.csv")) / 2);
    }

    @Test
    @DisplayName("the pages are the same whatever the catalog holds")
    void pagesUnchanged() throws IOException {
        for (String page : new String[] {"index.html", "articles/001-68cc0f6fbcfa5017.html",
            "stories/001-68cc0f6fbcfa5017.html"}) {
            assertEquals(Files.readString(byDefault.resolve(page)), Files.readString(omitted.resolve(page)), page);
        }
    }

    @Test
    @DisplayName("a rebuild that changes only --catalog-body rewrites the catalog")
    void rebuildFollowsTheOption(@TempDir Path other) throws IOException {
        Path site = other.resolve("site");
        assertEquals(ExitCodes.OK, Main.run("build", "-i", "articles", "-o", site.toString(), "-q"));
        assertEquals(ExitCodes.OK, Main.run("build", "-i", "articles", "-o", site.toString(), "-q",
                "--catalog-body", "omit"));
        assertEquals(Files.readString(omitted.resolve("articles.csv")), Files.readString(site.resolve("articles.csv")));
        assertEquals(ExitCodes.OK, Main.run("build", "-i", "articles", "-o", site.toString(), "-q"));
        assertEquals(Files.readString(byDefault.resolve("articles.csv")), Files.readString(site.resolve("articles.csv")));
    }

    @Test
    @DisplayName("another value is a command-line error")
    void badValue(@TempDir Path other) {
        assertEquals(ExitCodes.USAGE, Main.run("build", "-i", "articles", "-o", other.toString(), "-q",
                "--catalog-body", "short"));
    }

    private static List<CSVRecord> rows(Path site) throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve("articles.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
