package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuickCompilerTest {
    @Test
    @DisplayName("on two cores or fewer: C1 alone before parsing few files, after parsing many; -Dnewsarchive.quickCompiler=false stops it")
    void wanted() {
        assertTrue(QuickCompiler.wantedForRebuild(2), "a rebuild");
        assertTrue(QuickCompiler.wantedBeforeParsing(QuickCompiler.C2_PAYS_FROM - 1, 1), "a small archive");
        assertFalse(QuickCompiler.wantedBeforeParsing(QuickCompiler.C2_PAYS_FROM, 2),
                "a large first build keeps C2 while it parses");
        assertTrue(QuickCompiler.wantedAfterParsing(2), "and leaves it out after parsing");
        assertFalse(QuickCompiler.wantedForRebuild(4), "more cores: C2 has its own");
        assertFalse(QuickCompiler.wantedBeforeParsing(1, 4));
        assertFalse(QuickCompiler.wantedAfterParsing(4));
        System.setProperty(QuickCompiler.PROPERTY, "false");
        try {
            assertFalse(QuickCompiler.wantedForRebuild(2));
            assertFalse(QuickCompiler.wantedBeforeParsing(1, 2));
            assertFalse(QuickCompiler.wantedAfterParsing(2));
        } finally {
            System.clearProperty(QuickCompiler.PROPERTY);
        }
    }

    @Test
    @DisplayName("HotSpot takes the directive that leaves C2 out (this test JVM is HotSpot), and it can be taken back")
    void hotSpotTakesTheDirective() throws Exception {
        String before = String.valueOf(QuickCompiler.command("compilerDirectivesPrint"));
        assertTrue(QuickCompiler.apply(), "directive added");
        try {
            String now = String.valueOf(QuickCompiler.command("compilerDirectivesPrint"));
            assertTrue(now.length() > before.length(), now);
            assertTrue(now.contains("*.*"), now);
        } finally {
            QuickCompiler.command("compilerDirectivesRemove"); // the other tests in this JVM keep C2
        }
        assertTrue(String.valueOf(QuickCompiler.command("compilerDirectivesPrint")).equals(before));
    }
}
