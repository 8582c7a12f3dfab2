package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --outlets}: a user's outlet table reaches the parser, and a bad one stops the build. The parsers are made
 * only when a file is not in the cache, but a user's table is read on every build.
 */
class OutletTableOptionTest {
    private static final String ARTICLE = """
            Harbour Authority Opens New Grain Terminal at Port Verrin

            March 3, 2025

            The harbour authority of Port Verrin opened a new grain terminal on Monday, doubling the port's capacity
            for bulk cargo, officials said at the opening ceremony attended by ministers and shipping companies.

            The terminal cost 140 million euros and took three years to build. Its operators expect the first
            ships from the Black Sea within weeks, and say the new berths can take vessels of up to 80,000 tonnes.

            Local traders welcomed the opening but warned that road links to the port remain congested at harvest.

            Copyright 2025 Zeta Harbour Courier. All rights reserved.
            """;

    private static int build(Path input, Path site, Path table, StringWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter()));
        return table == null
                ? cli.execute("build", "-i", input.toString(), "-o", site.toString(), "-q")
                : cli.execute("build", "-i", input.toString(), "-o", site.toString(), "-q",
                        "--outlets", table.toString());
    }

    private static Path inputWithTheArticle(Path temp) throws IOException {
        Path input = Files.createDirectories(temp.resolve("in"));
        Files.writeString(input.resolve("terminal.txt"), ARTICLE);
        return input;
    }

    private static Path outletTable(Path temp, String row) throws IOException {
        return Files.writeString(temp.resolve("outlets.csv"), "id,name,aliases,domains,signs,agency\n" + row + "\n");
    }

    @Test
    @DisplayName("the user's outlet is recognised, on the first build and on a rebuild from the cache")
    void userOutletRecognised(@TempDir Path temp) throws IOException {
        Path input = inputWithTheArticle(temp);
        Path table = outletTable(temp, "zeta-courier,Zeta Harbour Courier,,zetacourier.example,Zeta Harbour Courier,");
        Path without = temp.resolve("without");
        assertTrue(build(input, without, null, new StringWriter()) <= ExitCodes.SOME_INPUTS_SKIPPED);
        assertFalse(Files.exists(without.resolve("outlets/zeta-courier/index.html")),
                "the premise: the bundled table alone does not know this outlet");

        Path site = temp.resolve("site");
        for (int round = 1; round <= 2; round++) { // the second build finds the article in its cache
            assertTrue(build(input, site, table, new StringWriter()) <= ExitCodes.SOME_INPUTS_SKIPPED);
            Path outletPage = site.resolve("outlets/zeta-courier/index.html");
            assertTrue(Files.exists(outletPage), "round " + round);
            assertTrue(Files.readString(outletPage).contains("Harbour Authority Opens New Grain Terminal"));
        }
    }

    @Test
    @DisplayName("a bad table is a failed build (exit 3) naming its row, on a first build and on a rebuild")
    void badTableStopsTheBuild(@TempDir Path temp) throws IOException {
        Path input = inputWithTheArticle(temp);
        Path site = temp.resolve("site");
        Path table = outletTable(temp, "zeta-courier,,,,,");
        StringWriter first = new StringWriter();
        assertEquals(ExitCodes.FAILED, build(input, site, table, first));
        assertTrue(first.toString().contains("needs a name"), first.toString());

        assertTrue(build(input, site, null, new StringWriter()) <= ExitCodes.SOME_INPUTS_SKIPPED);
        assertTrue(Files.isDirectory(site.resolve(".newsarchive-cache")), "the premise: a cache to rebuild from");
        StringWriter again = new StringWriter();
        assertEquals(ExitCodes.FAILED, build(input, site, table, again));
        assertTrue(again.toString().contains("needs a name"), again.toString());
    }
}
