package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every kind of bad input gets one clear line, the rest of the archive still builds, and the exit code says so. */
class BadInputTest {
    @TempDir
    static Path temp;
    static Path input;
    static Path site;
    static int exit;
    static String stderr;
    static String report;

    @BeforeAll
    static void build() throws IOException {
        input = Files.createDirectories(temp.resolve("in"));
        Files.copy(Path.of("articles/001_68cc0f6fbcfa5017.txt"), input.resolve("good.txt"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.writeString(input.resolve("blank.txt"), " \n\t\n  ");
        Files.write(input.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(input.resolve("nul.txt"), "text\0with\0nuls".getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("huge.txt"), new byte[6 * 1024 * 1024]);
        Files.writeString(input.resolve("chrome-only.txt"), "Home\nWorld\nShare\n\nLeave a Comment\n\n5 + 10 =\n");
        Files.writeString(input.resolve("notes.docx"), "not an article");
        Path sub = Files.createDirectories(input.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), input);
        Files.createSymbolicLink(input.resolve("dangling.txt"), temp.resolve("nowhere.txt"));
        Files.writeString(input.resolve("manifest.csv"), "file,url,outlet,headline,date,byline,language,tags\n"
                + "good.txt,https://www.tehrantimes.com/news/474580,,Shamkhani in Baku,,Staff,en,Azerbaijan;security\n"
                + "missing.txt,,,,,,,\n"
                + "good.txt,,,,,,,\n");
        site = temp.resolve("site");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        exit = cli.execute("build", "-i", input.toString(), "-o", site.toString());
        stderr = err.toString();
        report = Files.readString(site.resolve("report.html"));
    }

    private static void reported(String file, String reason) {
        assertTrue(stderr.contains(file) && stderr.contains(reason), file + " / " + reason + " in:\n" + stderr);
        assertTrue(report.contains(file), file + " in report.html");
    }

    @Test
    @DisplayName("some input did not make it: exit code 1, and the good article is still built")
    void exitCodeAndGoodArticle() {
        assertEquals(ExitCodes.SOME_INPUTS_SKIPPED, exit);
        assertTrue(Files.exists(site.resolve("articles/good.html")));
    }

    @Test
    @DisplayName("empty, blank, binary, NUL, huge, chrome-only, other types, dangling links and loops: one line each")
    void everyBadFileIsReported() {
        reported("empty.txt", "empty file");
        reported("blank.txt", "only whitespace");
        reported("photo.txt", "PNG image");
        reported("nul.txt", "NUL bytes");
        reported("huge.txt", "over the");
        reported("chrome-only.txt", "no article text");
        reported("notes.docx", "not an article file");
        reported("dangling.txt", "skipped");
        reported("sub/loop", "loops");
    }

    @Test
    @DisplayName("manifest rows it cannot use are reported with their row number; the rest applies")
    void manifest() throws IOException {
        reported("manifest.csv row 3", "missing.txt");
        reported("manifest.csv row 4", "second time");
        Document page = Jsoup.parse(site.resolve("articles/good.html").toFile(), "UTF-8");
        assertEquals("Shamkhani in Baku", page.select("h1").text());
        assertEquals("https://www.tehrantimes.com/news/474580", page.select("link[rel=canonical]").attr("href"));
        assertTrue(page.select("a[href=https://www.tehrantimes.com/news/474580]").size() > 0, "link to the original");
        String csv = Files.readString(site.resolve("articles.csv"));
        assertTrue(csv.contains(",Staff,"), "the manifest's byline is in the catalog");
    }

    @Test
    @DisplayName("a folder with no articles builds an empty site, says so, and exits 0")
    void emptyFolder() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty-in"));
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute("build", "-i", empty.toString(), "-o", temp.resolve("empty-site").toString());
        assertEquals(ExitCodes.OK, code);
        assertTrue(err.toString().contains("no articles found"), err.toString());
        assertTrue(Files.exists(temp.resolve("empty-site/index.html")));
    }

    @Test
    @DisplayName("a missing input folder fails with exit code 3 and a message naming it")
    void missingInput() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("build", "-i", temp.resolve("nope").toString(), "-o", temp.resolve("x").toString());
        assertEquals(ExitCodes.FAILED, code);
        assertTrue(err.toString().contains("nope"), err.toString());
    }

    @Test
    @DisplayName("a templates folder that is a file fails with exit code 3 and a message naming it")
    void templatesNotAFolder() throws IOException {
        Path input = Files.createDirectories(temp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Headline\n\nA body paragraph of the article.\n");
        Path file = Files.writeString(temp.resolve("templates.txt"), "not a folder");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("build", "-i", input.toString(), "-o", temp.resolve("x").toString(),
                "-t", file.toString());
        assertEquals(ExitCodes.FAILED, code);
        // the template engine's own words, as a build failure, not an internal error
        assertEquals("newsarchive: " + file + " is not a directory.", err.toString().strip());
    }

    @Test
    @DisplayName("an unknown option is a usage error: exit code 2")
    void usage() {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.USAGE, cli.execute("build", "--no-such-option"));
        assertTrue(List.of(0, 1, 2, 3).contains(ExitCodes.FAILED));
    }
}
