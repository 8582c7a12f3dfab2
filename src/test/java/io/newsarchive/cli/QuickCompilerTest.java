package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuickCompilerTest {
    @Test
    @DisplayName("only a rebuild on two cores or fewer asks for C1 alone, and -Dnewsarchive.quickCompiler=false stops it")
    void wanted() {
        assertTrue(QuickCompiler.wanted(true, 2));
        assertTrue(QuickCompiler.wanted(true, 1));
        assertFalse(QuickCompiler.wanted(false, 2), "a first build keeps C2");
        assertFalse(QuickCompiler.wanted(true, 4), "more cores: C2 has its own");
        System.setProperty(QuickCompiler.PROPERTY, "false");
        try {
            assertFalse(QuickCompiler.wanted(true, 2));
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
