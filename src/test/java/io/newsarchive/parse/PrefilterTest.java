package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cheap tests that spare the parser a regex skip only lines on which the regex could not have matched. */
class PrefilterTest {
    private static final List<String> EDGES = List.of("", ".", "a.", ".a", "x.com", "X.COM", "U.S. officials",
            "end. Start", "mail@host.org", "-.io", "9.ai", "© 2024", "(C) Foo", "COPYRIGHT Foo", "All Rights Reserved",
            "PUBLISHED BY Foo", "published by", "Jane Doe | Reporter", "A • B", "x/y", "[1]", "Last UPDATED: May 2",
            "Modified", "upd", "no marks at all", "İstanbul ©", "·", "●");

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(OutletDirectoryTest.corpusLines());
        lines.addAll(EDGES);
        return lines;
    }

    private static void neverSkipsAMatch(Predicate<String> mayMatch, Pattern regex, boolean whole) throws IOException {
        int skipped = 0;
        for (String line : lines()) {
            boolean matches = whole ? regex.matcher(line).matches() : regex.matcher(line).find();
            if (!mayMatch.test(line)) {
                assertFalse(matches, "skipped, yet the regex matches: " + line);
                skipped++;
            }
        }
        assertTrue(skipped > 100, "lines skipped: " + skipped);
    }

    @Test
    @DisplayName("a line without a host's dot is never one where BARE_HOST finds a host")
    void bareHost() throws IOException {
        neverSkipsAMatch(OutletDirectory::mayHoldHost, OutletDirectory.BARE_HOST, false);
    }

    @Test
    @DisplayName("a line without a copyright word is never one where COPYRIGHT finds one")
    void copyright() throws IOException {
        neverSkipsAMatch(OutletDirectory::mayNameOwner, OutletDirectory.COPYRIGHT, false);
    }

    @Test
    @DisplayName("a line without a separator or an update label is never split by SEGMENTS")
    void segments() throws IOException {
        neverSkipsAMatch(MetaLineReader::maySplit, MetaLineReader.SEGMENTS, false);
    }
}
