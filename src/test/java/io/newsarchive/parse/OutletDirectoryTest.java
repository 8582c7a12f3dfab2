package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Outlet;
import io.newsarchive.model.OutletProfile;
import io.newsarchive.read.OutletTableReader;
import io.newsarchive.testsupport.ExpectedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutletDirectoryTest {
    private static final List<OutletProfile> TABLE = OutletTableReader.bundled();
    private static final OutletDirectory OUTLETS = new OutletDirectory(TABLE);

    private static Optional<String> recognised(String... lines) {
        return OUTLETS.recognise(List.of(lines)).map(Outlet::name);
    }

    private static Optional<String> fromPage(String... lines) {
        return OUTLETS.fromPage(List.of(lines)).map(Outlet::name);
    }

    @Test
    @DisplayName("the bundled table covers the world's wires, papers and broadcasters")
    void coverage() {
        assertTrue(TABLE.size() >= 200, "outlets: " + TABLE.size());
        assertTrue(TABLE.stream().filter(OutletProfile::agency).count() >= 80);
        for (String name : List.of("Kyodo News", "Yonhap", "Press Trust of India", "dpa", "EFE", "Interfax",
                "Armenpress", "WAM", "Dawn", "The Hindu", "Haaretz", "CBC News", "Folha de S.Paulo", "News24",
                "South China Morning Post", "ABC News", "Le Monde", "The Kyiv Independent")) {
            assertTrue(OUTLETS.byAlias(name).isPresent(), name);
        }
    }

    @Test
    @DisplayName("a copyright line names the most specific outlet it holds, as printed for short aliases")
    void copyrightOwner() {
        assertEquals(Optional.of("The Kyiv Independent"), recognised("© 2024 The Kyiv Independent. All rights reserved."));
        assertEquals(Optional.of("The Times of India"),
                recognised("Copyright © 2024 Bennett, Coleman & Co. Ltd. All rights reserved."));
        assertEquals(Optional.empty(), recognised("© 2024 Some Local Paper | Site map"), "'map' is no MAP");
    }

    @Test
    @DisplayName("an agency's copyright on a client's page does not outweigh the client's own masthead")
    void agencyCopyrightOnClientPage() {
        assertEquals(Optional.of("France 24"), recognised("Issued on: 22/10/2022 - 09:15", "Body text here.",
                "© 2022 AFP"));
        assertEquals(Optional.of("AFP"), recognised("Body text here.", "© 2022 AFP"));
    }

    @Test
    @DisplayName("a domain the table knows, in any top-level domain, is evidence")
    void knownDomain() {
        assertEquals(Optional.of("Ahram Online"),
                recognised("https://english.ahram.org.eg/NewsContent/3/12/518732/Business.aspx"));
    }

    @Test
    @DisplayName("an outlet the table does not know is named by its copyright line, else its own address")
    void unknownOutletFromPage() {
        assertEquals(Optional.of("Caspian Herald Media"),
                fromPage("Headline", "Body text.", "© 2024 Caspian Herald Media. All rights reserved."));
        assertEquals(Optional.of("Caspian Herald"), fromPage("Copyright © 2010-2024 Caspian Herald"));
        // the host named as a site is: its words split out ("caspianherald" → "Caspian Herald"), else capitalised
        assertEquals(Optional.of("Caspian Herald"),
                fromPage("https://www.caspianherald.net/news/2024/03/14/story", "Body text."));
        assertEquals(Optional.of("Caspian Herald"), fromPage("url: https://caspian-herald.net/a/1"));
        assertEquals(Optional.of("Mexico News Daily"), fromPage("mexiconewsdaily.com", "Mexico grew 2%."));
        assertEquals(Optional.of("Tallinnpulse"), fromPage("url: https://www.tallinnpulse.ee/eng/a/1"));
    }

    @Test
    @DisplayName("page evidence that is ambiguous, borrowed or the table's own is no answer")
    void noUnknownOutlet() {
        assertEquals(Optional.empty(), fromPage("© 2024 Caspian Herald", "© 2024 Baku Daily Ledger"), "two owners");
        assertEquals(Optional.empty(), fromPage("https://twitter.com/someone/status/1"), "a social network");
        assertEquals(Optional.empty(), fromPage("https://a-news.example.org/x", "https://b-news.example.org/y"));
        assertEquals(Optional.empty(),
                fromPage("Workers at the port on Monday. © Jane Doe, Caspian Photo Agency"), "a photo credit");
        assertEquals(Optional.empty(), fromPage("Source: Caspian Herald"), "a source names the credit");
        assertEquals(Optional.empty(), fromPage("© 2024 Reuters. All rights reserved."), "the table's own");
        assertEquals(Optional.empty(), fromPage("Copyright © 2024. All rights reserved."), "no owner");
    }

    /** Every line of every raw fixture and sample. */
    static List<String> corpusLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/corpus/tuning"), Path.of("src/test/resources/samples"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    io.newsarchive.read.TextDecoder.Result r = io.newsarchive.read.TextDecoder.decode(Files.readAllBytes(txt));
                    if (r instanceof io.newsarchive.read.TextDecoder.Text t) {
                        lines.addAll(List.of(TextNormalizer.lines(t.text())));
                    }
                }
            }
        }
        return lines;
    }

    @Test
    @DisplayName("a sign's quick checks (literal prefix, required text) never change what its pattern finds")
    void signPrefilterIsExact() throws IOException {
        List<String> lines = corpusLines();
        for (OutletProfile p : TABLE) {
            for (String sign : p.signs()) {
                if (!sign.startsWith("re:")) {
                    continue;
                }
                Pattern re = Pattern.compile(sign.substring(3));
                OutletDirectory.Sign quick = OutletDirectory.Sign.of(p.outlet(), sign);
                for (String line : lines) {
                    assertEquals(re.matcher(line).find(), quick.matches(line, true), sign + " on «" + line + "»");
                }
            }
        }
    }

    @Test
    @DisplayName("no outlet sign fires on the body text of any fixture or sample")
    void signsNeverFireOnBodyText() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/corpus/tuning"), Path.of("src/test/resources/samples"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path json : files.filter(p -> p.toString().endsWith(".expected.json")).toList()) {
                    paragraphs.addAll(ExpectedArticle.read(json).body());
                }
            }
        }
        assertFalse(paragraphs.isEmpty());
        for (OutletProfile p : TABLE) {
            for (String sign : p.signs()) {
                Pattern re = sign.startsWith("re:") ? Pattern.compile(sign.substring(3)) : null;
                for (String paragraph : paragraphs) {
                    boolean fires = re != null ? re.matcher(paragraph).find() : paragraph.contains(sign);
                    assertFalse(fires, p.outlet().name() + " sign «" + sign + "» fires on body text: " + paragraph);
                }
            }
        }
    }
}
