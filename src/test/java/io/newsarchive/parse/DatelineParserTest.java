package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Outlet;
import io.newsarchive.read.OutletTableReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {
    private static final OutletDirectory OUTLETS = new OutletDirectory(OutletTableReader.bundled());
    private final DatelineParser parser = new DatelineParser(a -> OUTLETS.byAlias(a).map(Outlet::name));

    @ParameterizedTest(name = "\"{0}\" → place \"{1}\", agency \"{2}\"")
    @DisplayName("datelines and their kin: the place, the agency, and the body after them")
    @CsvSource(delimiter = '|', value = {
        "BAKU, Oct 20 (Reuters) - Azerbaijan said on Thursday it would build a bridge. | BAKU | Reuters",
        "TEHRAN, Iran (AP) — Iran's president said on Sunday the talks would go on. | TEHRAN, Iran | AP",
        "Tehran, IRNA – The foreign minister arrived in Baku on Monday for talks. | Tehran | IRNA",
        "TEHRAN, Jan. 08 (MNA) – Iran's security chief met Aliyev in Baku on Wednesday. | TEHRAN | MNA",
        "BAKU, Azerbaijan, January 10. Trend: Azerbaijan and Iran signed a memorandum. | BAKU, Azerbaijan | Trend",
        "Tehran (IP)- During his visit to Tehran, the minister met with officials. | Tehran | IP",
        "TEHRAN— Ali Shamkhani, the Secretary of Iran’s Supreme National Security Council, met Aliyev. | TEHRAN | ''",
        "ANKARA – Turkey and Azerbaijan held joint drills near the border on Friday. | ANKARA | ''",
        "NEW YORK, May 3 (Reuters) - Oil prices rose on Tuesday as traders weighed supply. | NEW YORK | Reuters",
        "(AFP) - Iran said on Monday that it had seized a tanker in the Gulf. | '' | AFP",
        "YEREVAN, SEPTEMBER 18, ARMENPRESS. Armenia and Iran have agreed to double the swap. | YEREVAN | ARMENPRESS",
        "MUSCAT, DEC 18 – Oman and India have concluded negotiations on a trade agreement. | MUSCAT | ''",
        "Baku/17.03.25/Turan: Azerbaijan's strategic foreign currency reserves rose to a record. | Baku | Turan",
        "ASTANA. KAZINFORM – Kazakhstan and Azerbaijan have agreed to double container capacity. | ASTANA | KAZINFORM",
        "Doha: Minister of State Al Marri met on Thursday with the visiting deputy foreign minister of Iran. | Doha | ''",
        "(ANSA) - ROME, MAR 3 - Premier Giorgia Meloni said Monday that Italy would not send troops. | ROME | ANSA",
        "ABU DHABI, 12th February, 2025 (WAM) -- The UAE's non-oil foreign trade exceeded AED3 trillion. | ABU DHABI | WAM",
        "BAKU, Azerbaijan, March 11. Azerbaijan and Uzbekistan have agreed on a cable, the minister said. | BAKU, Azerbaijan | ''",
        "Nov. 28 (UPI) -- South Korea's central bank unexpectedly cut its benchmark interest rate. | '' | UPI",
        "GEORGETOWN, Guyana, Feb 28, CMC – Caribbean Community leaders have agreed to free movement. | 'GEORGETOWN, Guyana' | CMC",
        "Riyadh, Sha'ban 16, 1441, April 09, 2020, SPA -- The minister announced an extraordinary meeting. | Riyadh | SPA",
        "March 4, 2024 (PORT SUDAN) – The Sudanese government has rejected a proposal by the bloc. | 'PORT SUDAN' | ''",
        "ZAGREB (Croatia), March 4 (SeeNews) - Croatia's power utility signed a contract on Tuesday. | 'ZAGREB (Croatia)' | SeeNews",
        "Lima, Oct 10 (EFE).- Peru's Congress voted in the early hours of Friday to remove the president. | Lima | EFE",
        "Berlin (dpa) - Germany's likely next chancellor and the Social Democrats have agreed on a fund. | Berlin | dpa",
        "BEIRUT, Lebanon, March 3, (AP): Lebanon's new government asked international donors for money. | 'BEIRUT, Lebanon' | AP",
        "HÀ NỘI — Việt Nam's gross domestic product grew by 7.09 per cent in 2024, the office said. | 'HÀ NỘI' | ''",
    })
    void readsDatelines(String paragraph, String place, String agency) {
        DatelineParser.Dateline d = parser.parse(paragraph).orElseThrow();
        assertEquals(place, d.place());
        assertEquals(agency, d.agency());
        assertTrue(Character.isLetter(d.rest().charAt(0)) || d.rest().charAt(0) == '“', d.rest());
    }

    @ParameterizedTest(name = "\"{0}\" has no dateline")
    @DisplayName("ordinary first sentences are not datelines")
    @ValueSource(strings = {
        "Ali Shamkhani, the Secretary of Iran's Supreme National Security Council, met Aliyev on Friday.",
        "The secretary of Iran’s Supreme National Security Council said Tehran will not allow it.",
        "NATO - the alliance said on Monday that it was watching the drills closely.",
        "Iran, Azerbaijan - a relationship of ups and downs that has lasted three decades.",
        "UPDATE: The ministry said later that the meeting had been postponed until next week.",
        "SETBACK FOR DPP: None of the recall motions received enough votes, the party said on Saturday.",
        "BACK TO WORK: Lawmakers returned on Monday, the speaker said, to a full agenda.",
    })
    void noDateline(String paragraph) {
        assertTrue(parser.parse(paragraph).isEmpty(), paragraph);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a dateline on a line of its own: a place, or a place with its agency; an agency alone is no place")
    void standalone() {
        assertEquals("ANKARA", parser.standalone("ANKARA").orElseThrow());
        assertTrue(parser.standalone("AFP").isEmpty(), "an agency's name is no place");
        DatelineParser.Dateline d = parser.standaloneWithAgency("Baku, March 17, AZERTAC").orElseThrow();
        assertEquals("Baku", d.place());
        assertEquals("AZERTAC", d.agency());
        assertTrue(DatelineParser.isKnownPlace("New Delhi"));
        assertTrue(!DatelineParser.isKnownPlace("Analysis"));
    }
}
