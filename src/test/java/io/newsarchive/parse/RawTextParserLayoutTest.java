package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.read.OutletTableReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Layout families the parser reads by their shape: mail, clippers' Markdown, PDF text, feed exports, summary boxes. */
class RawTextParserLayoutTest {
    private static final RawTextParser PARSER = new RawTextParser(new OutletDirectory(OutletTableReader.bundled()),
            ChromeRules.bundled(), new DateParser(2030));

    private static final String LEAD = "The regional power company said on Tuesday that it would build a new line across "
            + "the mountains to carry electricity from the coast to the capital by the end of next year.";
    private static final String SECOND = "Engineers expect the line to carry about two gigawatts once it is finished, "
            + "enough to supply roughly a million homes in the valley, officials told reporters.";

    private static Article parse(String text) {
        ParseOutcome outcome = PARSER.parse(text, new ParseHints("t", "t.txt", ""));
        assertTrue(outcome instanceof ParseOutcome.Parsed, outcome.toString());
        return ((ParseOutcome.Parsed) outcome).article();
    }

    private static List<String> body(Article a) {
        return a.body().stream().map(b -> b.isCrosshead() ? "## " + b.text() : b.text()).toList();
    }

    @Test
    @DisplayName("a mail's header is chrome: its date is the mail's and its subject no headline")
    void mailHeader() {
        Article a = parse(String.join("\n", "From: Power Daily <news@example.org>", "To: reader@example.org",
                "Subject: Your morning digest", "Date: Wed, 5 Mar 2025 07:02:11 +0900", "",
                "Power company to build new mountain line", "", "March 4, 2025 22:14", "", LEAD, "", SECOND));
        assertEquals("Power company to build new mountain line", a.headline());
        assertEquals("2025-03-04T22:14", a.date().iso());
    }

    @Test
    @DisplayName("a clipper's front matter gives the quoted title and the listed author; Markdown headings are crossheads")
    void frontMatterAndMarkdown() {
        Article a = parse(String.join("\n", "---", "title: \"Power company to build new mountain line\"",
                "author:", "  - \"[[Jane Doe]]\"", "published: 2025-03-04", "---", "",
                "# Power company to build new mountain line", "", LEAD, "", "## What comes next", "", SECOND));
        assertEquals("Power company to build new mountain line", a.headline());
        assertEquals("Jane Doe", a.byline());
        assertEquals(List.of(LEAD, "## What comes next", SECOND), body(a));
    }

    @Test
    @DisplayName("a link or bold text inside a Markdown paragraph keeps its text only")
    void inlineMarkdown() {
        Article a = parse(String.join("\n", "# Power company to build new mountain line", "", "March 4, 2025", "",
                LEAD.replace("a new line", "[a new line](https://example.org/line \"The line\")"), "",
                SECOND.replace("Engineers", "**Engineers**")));
        assertEquals(List.of(LEAD, SECOND), body(a));
    }

    @Test
    @DisplayName("in a hard-wrapped copy a headline whose next word would have fitted is not run into its standfirst")
    void wrapWidth() {
        String wrapped = String.join("\n",
                "3/18/25, 4:12 PM Power company to build new mountain line",
                "Power company to build new mountain line",
                "Engineers say the line will carry electricity from the coast to the capital within",
                "two years",
                "Jane Doe | 18.03.2025",
                "The regional power company said on Tuesday that it would build a new line across the",
                "mountains to carry electricity from the coast to the capital by the end of next year,",
                "its chief executive told reporters at a news conference in the capital on Tuesday.",
                "",
                "Engineers expect the line to carry about two gigawatts once it is finished, enough to",
                "supply roughly a million homes in the valley, officials told reporters after the",
                "meeting, adding that the work would start in the spring of next year at the coast.",
                "https://www.example.org/power/power-company-to-build-new-mountain-line/12345",
                "1/2");
        Article a = parse(wrapped);
        assertEquals("Power company to build new mountain line", a.headline());
        assertFalse(body(a).stream().anyMatch(p -> p.contains("https://") || p.startsWith("1/2")), body(a).toString());
    }

    @Test
    @DisplayName("a summary box (\"Key Points\") and its points are no body; menu items glued together are no headline")
    void keyPointsAndGluedMenu() {
        Article a = parse(String.join("\n", "My NewsManage ProfileEmail PreferencesSign Out",
                "Power company to build new mountain line", "March 4, 2025", "Key Points",
                "The new line will cross the mountains from the coast to the capital.",
                "Work on the new line will be finished by the end of next year.", LEAD, SECOND));
        assertEquals("Power company to build new mountain line", a.headline());
        assertEquals(List.of(LEAD, SECOND), body(a));
    }

    @Test
    @DisplayName("authors named one a line are joined; a paper 'with' its agency in the author's place is the credit")
    void headerNamesAndCredit() {
        Article a = parse(String.join("\n", "Power company to build new mountain line", "Jane Doe", "Avatar for John Roe",
                "John Roe", "March 4, 2025", LEAD, SECOND));
        assertEquals("Jane Doe and John Roe", a.byline());
        Article b = parse(String.join("\n", "Power company to build new mountain line", "Daily Sabah with AA",
                "ISTANBUL", "March 4, 2025", LEAD, SECOND));
        assertEquals("Anadolu Agency", b.credit());
        assertEquals("Power company to build new mountain line", b.headline());
    }

    @Test
    @DisplayName("an outlet's sign-off under the story is no paragraph")
    void signOff() {
        Article a = parse(String.join("\n", "Power company to build new mountain line", "March 4, 2025", "", LEAD,
                "", SECOND, "", "africanews."));
        assertEquals(List.of(LEAD, SECOND), a.body().stream().map(BodyBlock::text).toList());
    }
}
