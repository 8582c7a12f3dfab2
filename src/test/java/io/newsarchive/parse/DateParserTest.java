package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private final DateParser dates = new DateParser(2030);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("every usual way of printing a date")
    @CsvSource(delimiter = '|', value = {
        "July 15, 2022 - 21:38 | 2022-07-15T21:38",
        // other calendars, given as the Gregorian day they name
        "Esfand 14, 1402 - 10:15 | 2024-03-04T10:15",
        "1 Azar 1405 | 2026-11-22",
        "Farvardin 1, 1403 | 2024-03-20",
        "Mehr 8, 1399 | 2020-09-29",
        "Riyadh, Sha'ban 16, 1441 | 2020-04-09",
        "16 Ramadan 1445 AH | 2024-03-26",
        "Dhu al-Hijjah 10, 1444 | 2023-06-28",
        "15 July 2022 | 2022-07-15",
        "Jul. 15, 2022 6:12 PM GMT+4 | 2022-07-15T18:12",
        "Published On 15 Jul 2022 | 2022-07-15",
        "Updated: Jul 16, 2022 09:05 AM | 2022-07-16T09:05",
        "2022-07-15 | 2022-07-15",
        "2022-07-15T21:38:05+04:30 | 2022-07-15T21:38",
        "15.07.2022 | 2022-07-15",
        "15/07/2022 12:40 | 2022-07-15T12:40",
        "Saturday, October 22, 2022 | 2022-10-22",
        "Oct 20, 2022 / 2:15 PM | 2022-10-20T14:15",
        "January 8, 2025 - 21:39 | 2025-01-08T21:39",
        "8th January, 2025 | 2025-01-08",
        "Sept. 3, 2023 at 12:00 p.m. | 2023-09-03T12:00",
        "21:38, July 15, 2022 | 2022-07-15T21:38",
        "12/25/2022 | 2022-12-25",
        "Posted on 2023/03/01 | 2023-03-01",
        "'05.06.2024 | 11:30' | 2024-06-05T11:30",
        "June 28, 20245:00 AM ET | 2024-06-28T05:00",
        "Published April 27, 2023Updated April 28, 2023, 6:12 a.m. ET | 2023-04-27",
        "Published: 06 June ,2023: 04:12 PM GST | 2023-06-06T16:12",
        "15.02.2025 [11:20] | 2025-02-15T11:20",
        "Dec. 20, 2024 18:05 JST | 2024-12-20T18:05",
        "March 18, 2025 3 AM PT | 2025-03-18T03:00",
        "2024.05.21 | 2024-05-21",
        "14:05 GMT 16.12.2024 (Updated: 15:22 GMT 16.12.2024) | 2024-12-16T14:05",
        "Published: 03.19.25, 18:42 | 2025-03-19T18:42",
        "Published Time: 2025-03-22T09:14:37.512Z | 2025-03-22T09:14",
        "10.15.2024 | 2024-10-15",
        "Mon 20 Jan 2025 18.05 GMT | 2025-01-20T18:05",
        "5:42 pm on 18 December 2024 | 2024-12-18T17:42",
        "by Elena Marchetti - 06/11/25 3:41 PM ET | 2025-06-11T15:41",
        "06/11/2025 3:41 PM EDT | 2025-06-11T15:41",
    })
    void parsesDates(String text, String iso) {
        assertEquals(iso, dates.find(text).orElseThrow(() -> new AssertionError("no date in " + text)).date().iso());
    }

    @ParameterizedTest(name = "\"{0}\" has no date")
    @DisplayName("ambiguous, implausible or partial dates are no dates")
    @ValueSource(strings = {"05/07/2022", "July 15, 2222", "5 hours ago", "© 2022 Reuters", "in 2021",
        "February 30, 2022", "July 2022", "05-07-2022", "2022-07-155", "version 1.2.25", "03/04/25 10:00",
        "1.2.99, 10:00", "06/11/25 3:41 PM CET", "06/11/2025 15:41 CST"})
    void rejects(String text) {
        assertTrue(dates.find(text).isEmpty(), text);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a day-first-or-month-first date gives both readings, day-first first, for other evidence to pick")
    void ambiguousReadings() {
        var readings = dates.ambiguous("12/06/2025 04:35 PM").stream().map(f -> f.date().iso()).toList();
        assertEquals(java.util.List.of("2025-06-12T16:35", "2025-12-06T16:35"), readings);
        assertTrue(dates.ambiguous("25/12/2022").isEmpty(), "unambiguous: find() reads it");
    }
}
