package io.newsarchive.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.OutletProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletTableReaderTest {
    @Test
    @DisplayName("the bundled table loads, with unique ids and every regex sign compiling")
    void bundled() {
        List<OutletProfile> table = OutletTableReader.bundled();
        assertTrue(table.size() >= 20);
        assertEquals(table.size(), table.stream().map(p -> p.outlet().id()).distinct().count());
    }

    @Test
    @DisplayName("a user's table adds outlets and replaces bundled ones by id; ';' separates, '\\;' escapes")
    void userTable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlets.csv");
        Files.writeString(file, "id,name,aliases,domains,signs\n"
                + "caucasus-watch,Caucasus Watch,CW;Caucasus-Watch,caucasuswatch.de,Caucasus Watch \\; Analysis\n"
                + "tehran-times,Tehran Times (user),TT,tehrantimes.com,\n");
        List<OutletProfile> table = OutletTableReader.bundledPlus(file);
        OutletProfile cw = table.stream().filter(p -> p.outlet().id().equals("caucasus-watch")).findFirst().orElseThrow();
        assertEquals(List.of("CW", "Caucasus-Watch"), cw.aliases());
        assertEquals(List.of("Caucasus Watch ; Analysis"), cw.signs());
        assertTrue(table.stream().anyMatch(p -> p.outlet().name().equals("Tehran Times (user)")));
        assertEquals(1, table.stream().filter(p -> p.outlet().id().equals("tehran-times")).count());
    }

    @Test
    @DisplayName("a bad pattern is an error that names the file and row")
    void badPattern() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutletTableReader.parse(
                "id,name,aliases,domains,signs\nx,X,,,re:([unclosed\n", "mine.csv"));
        assertTrue(e.getMessage().contains("mine.csv row 2"), e.getMessage());
    }
}
