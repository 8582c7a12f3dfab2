package io.newsarchive.parse.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import io.newsarchive.parse.ChromeRules;
import io.newsarchive.parse.DateParser;
import io.newsarchive.parse.OutletDirectory;
import io.newsarchive.parse.ParseHints;
import io.newsarchive.parse.ParseOutcome;
import io.newsarchive.read.OutletTableReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scores the HTML extractor over src/test/resources/html-corpus the way article-extraction benchmarks do: body
 * text by precision and recall of word 4-gram shingles against the expected text, averaged per page; headline
 * exact; date correct to the day. Prints the figures; -Dhtml.verbose=true prints every miss.
 */
class HtmlAccuracyTest {
    private static final Path CORPUS = Path.of("src/test/resources/html-corpus");
    private static final HtmlArticleParser PARSER = new HtmlArticleParser(
            new OutletDirectory(OutletTableReader.bundled()), ChromeRules.bundled(), new DateParser(2030));

    static Set<String> shingles(List<String> texts) {
        List<String> words = new ArrayList<>();
        for (String t : texts) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 4)));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    @Test
    @DisplayName("saved pages: body F1 ≥ 0.95 (word 4-gram shingles), headline ≥ 98% exact, date ≥ 95% to the day")
    void htmlCorpus() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(CORPUS)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        double f1Sum = 0;
        double pSum = 0;
        double rSum = 0;
        int headlines = 0;
        int days = 0;
        int times = 0;
        int outletsRight = 0;
        int bylines = 0;
        int urls = 0;
        int relatedExpected = 0;
        int relatedFound = 0;
        int relatedRight = 0;
        List<String> misses = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".html", "");
            JsonNode e = json.readTree(CORPUS.resolve(name + ".expected.json").toFile());
            ParseOutcome o = PARSER.parse(Files.readString(page, StandardCharsets.UTF_8),
                    new ParseHints(name, name + ".html", ""));
            if (!(o instanceof ParseOutcome.Parsed parsed)) {
                misses.add(name + ": rejected " + ((ParseOutcome.Rejected) o).reason());
                continue;
            }
            Article a = parsed.article();
            List<String> expectedBody = new ArrayList<>();
            e.get("body").forEach(b -> expectedBody.add(b.asText().replaceFirst("^(## |> |- )", "")));
            List<String> body = a.body().stream().map(BodyBlock::text).toList();
            Set<String> want = shingles(expectedBody);
            Set<String> got = shingles(body);
            Set<String> both = new HashSet<>(got);
            both.retainAll(want);
            double p = got.isEmpty() ? 0 : (double) both.size() / got.size();
            double r = want.isEmpty() ? 1 : (double) both.size() / want.size();
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            pSum += p;
            rSum += r;
            f1Sum += f1;
            if (f1 < 0.95) {
                misses.add(String.format(Locale.ROOT, "%s: body P %.2f R %.2f (got %d blocks, want %d)", name, p, r,
                        body.size(), expectedBody.size()));
            }
            if (text(e.get("headline")).equals(a.headline())) {
                headlines++;
            } else {
                misses.add(name + ": headline «" + a.headline() + "» want «" + text(e.get("headline")) + "»");
            }
            String date = text(e.get("date"));
            String day = date.length() >= 10 ? date.substring(0, 10) : date;
            if (day.equals(a.date().iso().length() >= 10 ? a.date().iso().substring(0, 10) : a.date().iso())) {
                days++;
            } else {
                misses.add(name + ": date «" + a.date().iso() + "» want «" + date + "»");
            }
            times += date.equals(a.date().iso()) ? 1 : 0;
            outletsRight += text(e.get("outlet")).equals(a.outlet().name()) ? 1 : 0;
            if (!text(e.get("outlet")).equals(a.outlet().name())) {
                misses.add(name + ": outlet «" + a.outlet().name() + "» want «" + text(e.get("outlet")) + "»");
            }
            bylines += text(e.get("byline")).equals(a.byline()) ? 1 : 0;
            urls += text(e.get("url")).equals(a.url()) ? 1 : 0;
            Set<String> wantRelated = new HashSet<>();
            e.get("related").forEach(x -> wantRelated.add(text(x.get("url"))));
            relatedExpected += wantRelated.size();
            relatedFound += a.related().size();
            relatedRight += (int) a.related().stream().filter(x -> wantRelated.contains(x.url())).count();
        }
        int n = pages.size();
        System.out.printf(Locale.ROOT, "html corpus, %d pages: body P %.3f R %.3f F1 %.3f (averaged per page)%n",
                n, pSum / n, rSum / n, f1Sum / n);
        System.out.printf(Locale.ROOT, "  headline %.3f exact; date %.3f to the day, %.3f exact; outlet %.3f; "
                + "byline %.3f; url %.3f; related links P %.3f R %.3f%n", (double) headlines / n, (double) days / n,
                (double) times / n, (double) outletsRight / n, (double) bylines / n, (double) urls / n,
                relatedFound == 0 ? 0 : (double) relatedRight / relatedFound,
                relatedExpected == 0 ? 1 : (double) relatedRight / relatedExpected);
        if (Boolean.getBoolean("html.verbose")) {
            misses.forEach(m -> System.out.println("  " + m));
        }
        assertTrue(n >= 30, "at least 30 pages");
        assertTrue(f1Sum / n >= 0.95, "body F1 " + f1Sum / n);
        assertTrue((double) headlines / n >= 0.98, "headline " + (double) headlines / n);
        assertTrue((double) days / n >= 0.95, "date " + (double) days / n);
    }
}
