package io.newsarchive.testsupport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fields a fixture's {@code NAME.expected.json} says a perfect parser extracts (see corpus/README.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExpectedArticle(
        @JsonProperty("outlet") String outlet,
        @JsonProperty("headline") String headline,
        @JsonProperty("headline_derived") boolean headlineDerived,
        @JsonProperty("date") String date,
        @JsonProperty("dateline") String dateline,
        @JsonProperty("credit") String credit,
        @JsonProperty("byline") String byline,
        @JsonProperty("body") List<String> body,
        @JsonProperty("related") List<Related> related) {

    /** One expected related headline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Related(@JsonProperty("label") String label, @JsonProperty("headline") String headline) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ExpectedArticle read(Path json) throws IOException {
        ExpectedArticle e = JSON.readValue(json.toFile(), ExpectedArticle.class);
        return new ExpectedArticle(e.outlet, e.headline, e.headlineDerived, orEmpty(e.date), orEmpty(e.dateline),
                orEmpty(e.credit), orEmpty(e.byline), e.body == null ? List.of() : e.body,
                e.related == null ? List.of() : e.related);
    }

    /** The body of a parsed article in the fixture form: paragraphs, and crossheads as "## text". */
    public static List<String> bodyOf(Article a) {
        List<String> out = new ArrayList<>();
        for (BodyBlock b : a.body()) {
            out.add(switch (b.kind()) {
                case CROSSHEAD -> "## " + b.text();
                case QUOTE -> "> " + b.text();
                case LIST_ITEM -> "- " + b.text();
                case PARAGRAPH -> b.text();
            });
        }
        return out;
    }

    public static List<Related> relatedOf(Article a) {
        return a.related().stream().map(r -> new Related(r.label(), r.headline())).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
