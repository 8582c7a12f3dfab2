package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.model.RelatedLink;
import io.newsarchive.testsupport.ExpectedArticle;
import io.newsarchive.testsupport.Parsing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five sample articles the product was specified from: every field, exactly (golden tests). */
class SampleArticlesTest {
    private static final Path SAMPLES = Path.of("src/test/resources/samples");

    static Stream<String> samples() {
        return Stream.of("000_63ad533f3ed0f0c6", "001_68cc0f6fbcfa5017", "002_269e5ed58e1b5d5b",
                "003_21d076d2c9fc8fbd", "004_5bebabd3640c37c4");
    }

    private static Article parse(String name) throws IOException {
        return Parsing.article(SAMPLES.resolve(name + ".txt"));
    }

    @ParameterizedTest(name = "{0} parses to exactly its expected fields")
    @MethodSource("samples")
    void everyFieldMatchesTheGoldenFile(String name) throws IOException {
        Article a = parse(name);
        ExpectedArticle e = ExpectedArticle.read(SAMPLES.resolve(name + ".expected.json"));
        assertEquals(e.outlet(), a.outlet().name(), "outlet");
        assertEquals(e.headline(), a.headline(), "headline");
        assertEquals(e.headlineDerived(), a.headlineDerived(), "headline_derived");
        assertEquals(e.date(), a.date().iso(), "date");
        assertEquals(e.dateline(), a.dateline(), "dateline");
        assertEquals(e.credit(), a.credit(), "credit");
        assertEquals(e.byline(), a.byline(), "byline");
        assertEquals(e.body(), ExpectedArticle.bodyOf(a), "body");
        assertEquals(e.related(), ExpectedArticle.relatedOf(a), "related");
    }

    @ParameterizedTest(name = "the golden file of {0} is the sample as shipped in articles/")
    @MethodSource("samples")
    void goldenInputsAreTheShippedSamples(String name) throws IOException {
        assertEquals(Files.readString(Path.of("articles", name + ".txt")),
                Files.readString(SAMPLES.resolve(name + ".txt")));
    }

    private static long paragraphs(Article a) {
        return a.body().stream().filter(b -> !b.isCrosshead()).count();
    }

    private static List<String> crossheads(Article a) {
        return a.body().stream().filter(BodyBlock::isCrosshead).map(BodyBlock::text).toList();
    }

    @Test
    @DisplayName("000 (Iran Front Page): kicker is no headline, staff bio is chrome, six Recent Posts without teasers")
    void ifpSample() throws IOException {
        Article a = parse("000_63ad533f3ed0f0c6");
        assertEquals("Iran Front Page", a.outlet().name());
        assertEquals("Iran security chief says Tehran won’t let others sow discord with Azerbaijan", a.headline());
        assertEquals("IFP Exclusive", a.kicker());
        assertFalse(a.date().isPresent());
        assertEquals("IFP Editorial Staff", a.byline());
        assertEquals(8, paragraphs(a));
        assertTrue(a.paragraphs().get(0).startsWith("The secretary of Iran’s"));
        assertTrue(a.paragraphs().get(7).endsWith("previous bilateral agreements"));
        assertEquals(6, a.related().size());
        assertTrue(a.related().stream().allMatch(r -> r.label().equals("Recent Posts")));
        assertTrue(a.related().stream().noneMatch(r -> r.headline().endsWith("…") || r.headline().endsWith("ago")));
        assertTrue(a.body().stream().noneMatch(b -> b.text().contains("is composed of dozens")));
    }

    @Test
    @DisplayName("001 (Tehran Times): date and time, dateline, 23 paragraphs and a crosshead, captcha is chrome")
    void tehranTimesSample() throws IOException {
        Article a = parse("001_68cc0f6fbcfa5017");
        assertEquals("Tehran Times", a.outlet().name());
        assertEquals("Shamkhani tells Aliyev external factors shouldn’t affect Tehran-Baku ties", a.headline());
        assertEquals("2022-07-15T21:38", a.date().iso());
        assertEquals("TEHRAN", a.dateline());
        assertEquals("", a.byline());
        assertEquals(23, paragraphs(a));
        assertEquals(List.of("Shamkhani warns against foreign interference in Tehran-Baku ties"), crossheads(a));
        assertTrue(a.paragraphs().get(0).startsWith("Ali Shamkhani, the Secretary"));
        List<String> p = a.paragraphs();
        int i = p.indexOf(p.stream().filter(s -> s.endsWith("artificial hurdles in Tehran-Baku relations."))
                .findFirst().orElseThrow());
        assertTrue(p.get(i + 1).startsWith("“Today, the decisive will"), "two lines, two paragraphs");
        assertTrue(a.related().isEmpty());
        assertTrue(a.body().stream().noneMatch(b -> b.text().contains("Leave a Comment") || b.text().contains("=")));
    }

    @Test
    @DisplayName("002 (Tehran Times): a line broken mid-sentence joins the next; no-break spaces are spaces")
    void tehranTimesJoinSample() throws IOException {
        Article a = parse("002_269e5ed58e1b5d5b");
        assertEquals("Azerbaijan seeking to upgrade ties with Iran: ambassador", a.headline());
        assertEquals("2022-06-19T21:32", a.date().iso());
        assertEquals("TEHRAN", a.dateline());
        assertEquals(15, paragraphs(a));
        assertTrue(a.paragraphs().contains("Shalouei, too, expressed hope that Iran-Azerbaijan cultural cooperation "
                + "would strengthen."));
        assertTrue(a.body().stream().noneMatch(b -> b.text().contains("\u00A0")));
    }

    @Test
    @DisplayName("003 (Tehran Times): 14 paragraphs and the crosshead 'Baku-Yerevan tensions'")
    void tehranTimesCrossheadSample() throws IOException {
        Article a = parse("003_21d076d2c9fc8fbd");
        assertEquals("Iran security chief meets Aliyev in Baku", a.headline());
        assertEquals("2025-01-08T21:39", a.date().iso());
        assertEquals("TEHRAN", a.dateline());
        assertEquals(14, paragraphs(a));
        assertEquals(List.of("Baku-Yerevan tensions"), crossheads(a));
    }

    @Test
    @DisplayName("004 (Iran Press): derived headline, (IP) credit, related lists mid-body and at the end")
    void iranPressSample() throws IOException {
        Article a = parse("004_5bebabd3640c37c4");
        assertEquals("Iran Press", a.outlet().name());
        assertTrue(a.headlineDerived());
        String lead = a.paragraphs().get(0);
        assertTrue(lead.startsWith(a.headline().replace("…", "")), "a word-boundary prefix of the lead");
        assertTrue(lead.charAt(a.headline().replace("…", "").length()) == ',', "cut at a word boundary");
        assertFalse(a.date().isPresent(), "November 28, 2021 in the body is not the article's date");
        assertEquals("Tehran", a.dateline());
        assertEquals("Iran Press", a.credit());
        assertEquals(13, paragraphs(a));
        assertEquals(List.of("Common security threats"), crossheads(a));
        assertTrue(lead.startsWith("During his visit to Tehran"));
        assertTrue(a.paragraphs().get(1).startsWith("In recent months"), "the 'Iran PressIran news:' prefix is chrome");
        assertEquals(List.of("Related News", "Related News", "Read More", "Read More"),
                a.related().stream().map(RelatedLink::label).toList());
        assertTrue(a.paragraphs().get(5).startsWith("\"Iran and Azerbaijan are not only relatives"),
                "the body goes on after the mid-body list");
    }
}
