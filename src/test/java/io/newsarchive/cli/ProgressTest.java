package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    @DisplayName("a stage with a total shows a bar and a count; one without, a running count")
    void lines() {
        assertEquals("newsarchive: read and parse [######..................] 2,500/10,000  12 s",
                Progress.line("read and parse", 2500, 10_000, 12_400));
        assertEquals("newsarchive: read and parse [########################] 10,000/10,000  0 s",
                Progress.line("read and parse", 10_000, 10_000, 10));
        assertEquals("newsarchive: render and write files 12,523  40 s",
                Progress.line("render and write files", 12_523, -1, 40_000));
    }

    @Test
    @DisplayName("a short build shows no progress at all, and closing it twice is harmless")
    void quietWhenShort() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(Progress.Mode.BAR, new PrintWriter(err));
        p.stage("read and parse", 5, () -> 5);
        p.close();
        p.close();
        assertEquals("", err.toString());
    }
}
