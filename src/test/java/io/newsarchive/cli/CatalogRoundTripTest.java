package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog a build writes, read back in as input, gives the same archive; saved pages and tables mix in. */
class CatalogRoundTripTest {
    @Test
    @DisplayName("articles.csv read back as an article table gives a byte-identical catalog and the same pages")
    void roundTrip(@TempDir Path temp) throws IOException {
        Path first = temp.resolve("first");
        assertEquals(ExitCodes.OK, Main.run("build", "-i", "articles", "-o", first.toString(), "-q"));
        Path input = Files.createDirectories(temp.resolve("from-catalog"));
        Files.copy(first.resolve("articles.csv"), input.resolve("catalog.csv"));
        Path second = temp.resolve("second");
        assertEquals(ExitCodes.OK, Main.run("build", "-i", input.toString(), "-o", second.toString(), "-q"));
        assertEquals(Files.readString(first.resolve("articles.csv")), Files.readString(second.resolve("articles.csv")));
        for (String page : new String[] {"index.html", "articles/001-68cc0f6fbcfa5017.html",
            "stories/001-68cc0f6fbcfa5017.html", "articles/004-5bebabd3640c37c4.html"}) {
            assertEquals(Files.readString(first.resolve(page)), Files.readString(second.resolve(page)), page);
        }
    }

    @Test
    @DisplayName("a folder of raw text, saved pages and a CSV table builds one archive, deduped across them")
    void mixedInputs(@TempDir Path temp) throws IOException {
        Path input = Files.createDirectories(temp.resolve("in"));
        try (Stream<Path> samples = Files.list(Path.of("articles"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.copy(Path.of("src/test/resources/html-corpus/guardian-iran-runoff-pezeshkian.html"),
                input.resolve("guardian.html"));
        String copyOf002 = Files.readString(Path.of("articles/002_269e5ed58e1b5d5b.txt"));
        String body = copyOf002.substring(copyOf002.indexOf("Ali Alizadeh"), copyOf002.indexOf("Leave a Comment"))
                .replace("\"", "\"\"");
        Files.writeString(input.resolve("dataset.csv"), "title,publication,date,content\n"
                + "\"Baku seeks closer ties with Tehran\",Caspian Daily,2022-06-20,\"" + body + "\"\n"
                + "\"A row without text\",Caspian Daily,2022-06-21,\n");
        Path site = temp.resolve("site");
        int code = Main.run("build", "-i", input.toString(), "-o", site.toString(), "-q");
        assertEquals(ExitCodes.SOME_INPUTS_SKIPPED, code, "the row without a body is reported");
        String catalog = Files.readString(site.resolve("articles.csv"));
        assertTrue(catalog.contains("guardian,guardian.html,The Guardian,"), "the saved page is an article");
        assertTrue(catalog.contains("dataset-2,dataset.csv#row2,Caspian Daily,Baku seeks closer ties with Tehran"),
                catalog.lines().filter(l -> l.startsWith("dataset")).findFirst().orElse("no dataset row"));
        assertTrue(catalog.contains(",002-269e5ed58e1b5d5b,002-269e5ed58e1b5d5b,articles/dataset-2.html"),
                "the table's row is a syndicated copy of 002, folded into its story");
        assertTrue(Files.readString(site.resolve("report.html")).contains("dataset.csv row 3"));
    }
}
