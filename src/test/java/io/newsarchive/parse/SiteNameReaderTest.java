package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsarchive.read.OutletTableReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SiteNameReaderTest {
    private final OutletDirectory outlets = new OutletDirectory(OutletTableReader.bundled());

    private Optional<String> site(String... lines) {
        return outlets.siteName(List.of(lines)).map(r -> outlets.outletNamed(r, List.of(lines)).name());
    }

    @Test
    @DisplayName("a masthead the footer's owner confirms names the site, without the owner's company words")
    void mastheadConfirmedByOwner() {
        assertEquals(Optional.of("Caspian Ledger"), site("Skip to main content", "Caspian Ledger", "News", "Body.",
                "© 2024 Caspian Ledger Media Partners, LLC"));
        assertEquals(Optional.of("The Baku Local"), site("The Baku Local Azerbaijan", "Log in", "Body.",
                "© Copyright The Baku Local Europe AB"));
    }

    @Test
    @DisplayName("a masthead the page's own address spells names the site, its tagline after the name dropped")
    void mastheadConfirmedByHost() {
        assertEquals(Optional.of("Caspian Ledger"), site("Caspian Ledger", "Menu", "Body text.",
                "https://www.caspianledger.com/news/1"));
        assertEquals(Optional.of("The Tbilisi Post"), site("The Tbilisi Post Georgia", "Home", "Body.",
                "Contact us: info@tbilisipost.ge"));
    }

    @Test
    @DisplayName("a masthead alone is no evidence: a menu's first item looks the same")
    void unconfirmedMastheadIsNoName() {
        assertEquals(Optional.empty(), site("World News", "Politics", "Body text of the story."));
        assertEquals(Optional.empty(), site("Israel & the Region", "Headline", "Body.", "Israel & the Region"),
                "a section's label repeated in its breadcrumbs");
    }

    @Test
    @DisplayName("clipper fields, a newsletter's sender and a print header's title name the site")
    void labelledNames() {
        assertEquals(Optional.of("Caspian Ledger"), site("---", "title: A story", "sitename: Caspian Ledger", "---"));
        assertEquals(Optional.of("Caspian Ledger"),
                site("From: CASPIAN LEDGER <newsletter@caspianledger.az>", "Subject: Daily", "Body."));
        assertEquals(Optional.of("Caspian Ledger"), site("5/16/25, 10:14 AM Oil deal signed in Baku - Caspian Ledger",
                "Caspian Ledger", "Body.", "https://caspianledger.com/a/1 2/2"));
    }

    @Test
    @DisplayName("a service's own host over the page (an archive, an AMP viewer) is not the site")
    void platformIsNoSite() {
        assertEquals(Optional.empty(), site("archive.today", "webpage capture", "Body."));
    }
}
