package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaLineReaderTest {
    private final MetaLineReader reader = new MetaLineReader(new DateParser(2030), ChromeRules.bundled());

    @ParameterizedTest(name = "\"{0}\" is a date line of {1}")
    @DisplayName("a date line with its site, section, place, page or label beside the date keeps the date and its time")
    @CsvSource(delimiter = '#', value = {
        "March 19, 2025 / 2:14 PM EDT / CBS News # 2025-03-19T14:14",
        "Madrid - Feb 25, 2025 - 12:20 CET # 2025-02-25T12:20",
        "Mar 14, 2025 - Politics & Policy # 2025-03-14",
        "TIMESOFINDIA.COM | Created: Nov 18, 2024, 06:05 IST | Updated: Nov 18, 2024, 12:41 IST # 2024-11-18T06:05",
        "Sun, Jul 27, 2025 page1 # 2025-07-27",
        "Originally published June 27, 2025 at 7:15 am | Updated June 27, 2025 at 11:42 am # 2025-06-27T07:15",
        "Updated March 4, 2025 — 7.41pm, first published at 5.00am # 2025-03-04T05:00",
        "Health Sep 18, 2024 6:35 PM EDT # 2024-09-18T18:35",
        "Reuters: World News  /  by Hadi Karimi and Dana Kessler  /  Jul 25, 2025, 6:31 PM # 2025-07-25T18:31",
    })
    void readsDateLines(String line, String iso) {
        MetaLineReader.Meta meta = reader.read(line).orElseThrow(() -> new AssertionError("no meta line: " + line));
        assertEquals(iso, meta.date().iso());
    }

    @ParameterizedTest(name = "\"{0}\" is no date line")
    @DisplayName("a sentence or a headline with a date in it is no date line")
    @CsvSource(delimiter = '|', value = {
        "Mar 14, 2025 - Iran and Azerbaijan signed a memorandum on the new bridge",
        "The talks resumed on March 19, 2025 in Vienna, officials said.",
    })
    void rejectsSentences(String line) {
        assertEquals(java.util.Optional.empty(), reader.read(line));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a label before the date is no section: an 'Updated' line stays an update")
    void updatedIsNoSection() {
        assertEquals(MetaLineReader.DateLabel.UPDATED, reader.read("Updated Mar 5, 2025 8:00 PM").orElseThrow().label());
    }
}
