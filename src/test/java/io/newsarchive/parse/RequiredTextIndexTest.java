package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequiredTextIndexTest {
    /** The test the index replaces: the line, ASCII lower case, contains one of the row's strings. */
    private static boolean plainMayMatch(List<String> required, String line) {
        if (required == null) {
            return true;
        }
        String folded = RequiredText.fold(line);
        return required.stream().anyMatch(folded::contains);
    }

    @Test
    @DisplayName("for every kind of chrome.csv row, the index names exactly the rows a plain search per string names")
    void sameRowsAsOneSearchPerString() throws IOException {
        List<String> lines = new ArrayList<>(OutletDirectoryTest.corpusLines());
        for (ChromeRules.Rule rule : ChromeRules.bundled().rules()) {
            lines.add(rule.example());
            lines.add(rule.example().toUpperCase(java.util.Locale.ROOT));
            lines.add("x " + rule.example() + " y");
        }
        lines.addAll(List.of("", "a", "©", "(c)", "COPYRIGHT", "Ⓒ copyright", "İstanbul ©2024", "Copy", "ADVERTISEMENT"));
        int candidates = 0;
        for (ChromeRules.Kind kind : ChromeRules.Kind.values()) {
            List<List<String>> required = ChromeRules.bundled().rules().stream().filter(r -> r.kind() == kind)
                    .map(r -> RequiredText.of(r.pattern().pattern())).toList();
            RequiredTextIndex index = new RequiredTextIndex(required);
            for (String line : lines) {
                long[] found = index.candidates(line);
                for (int row = 0; row < required.size(); row++) {
                    boolean indexed = (found[row >> 6] & 1L << row) != 0;
                    assertEquals(plainMayMatch(required.get(row), line), indexed, kind + " row " + row + ": " + line);
                    candidates += indexed ? 1 : 0;
                }
            }
        }
        assertTrue(candidates > 1000, "candidate rows seen: " + candidates);
    }

    @Test
    @DisplayName("one-letter marks, repeated and overlapping strings, and a string at the line's very end are found")
    void edges() {
        RequiredTextIndex index = new RequiredTextIndex(java.util.Arrays.asList(List.of("©"), List.of("aaa"),
                List.of("abc", "bca"), List.of("end"), null)); // the last row requires nothing: always a candidate
        assertEquals(0b00001L | 0b10000L, index.candidates("© 2024")[0]);
        assertEquals(0b00110L | 0b10000L, index.candidates("xAAAbCa")[0]);
        assertEquals(0b01000L | 0b10000L, index.candidates("the END")[0]);
        assertEquals(0b10000L, index.candidates("en")[0]);
    }

    @Test
    @DisplayName("a string looked for by three characters in its middle is found at the line's start and end, and not"
            + " where its anchor stands too near the start")
    void anchoredInsideTheString() {
        assertEquals(11, RequiredTextIndex.anchorOf("the views expressed")); // "xpr": rarer than "the" or "vie"
        assertEquals(0, RequiredTextIndex.anchorOf("the"));
        RequiredTextIndex index = new RequiredTextIndex(List.of(List.of("the views expressed"), List.of("jazz")));
        assertEquals(0b01L, index.candidates("The views expressed here are the author's")[0]);
        assertEquals(0b01L, index.candidates("as always, the views expressed")[0]);
        assertEquals(0b10L, index.candidates("JAZZ")[0]);
        assertEquals(0L, index.candidates("views expressed")[0]); // "xpr" at 7: the string would start at -4
        assertEquals(0L, index.candidates("the views expresse")[0]); // cut short at the line's end
        assertEquals(0L, index.candidates("the views: expressed")[0]);
    }
}
