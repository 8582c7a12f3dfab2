package io.newsarchive.testsupport;

import io.newsarchive.model.Article;
import io.newsarchive.parse.ChromeRules;
import io.newsarchive.parse.DateParser;
import io.newsarchive.parse.OutletDirectory;
import io.newsarchive.parse.ParseHints;
import io.newsarchive.parse.ParseOutcome;
import io.newsarchive.parse.RawTextParser;
import io.newsarchive.read.OutletTableReader;
import io.newsarchive.read.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses fixture files the way a build does (decode, then parse), with the bundled tables. */
public final class Parsing {
    public static final RawTextParser PARSER = new RawTextParser(new OutletDirectory(OutletTableReader.bundled()),
            ChromeRules.bundled(), new DateParser(2030));

    private Parsing() {
    }

    public static ParseOutcome parseFile(Path file) throws IOException {
        TextDecoder.Result decoded = TextDecoder.decode(Files.readAllBytes(file));
        if (decoded instanceof TextDecoder.NotText notText) {
            return new ParseOutcome.Rejected(notText.reason());
        }
        String name = file.getFileName().toString();
        return PARSER.parse(((TextDecoder.Text) decoded).text(), new ParseHints(name, name, ""));
    }

    public static Article article(Path file) throws IOException {
        ParseOutcome outcome = parseFile(file);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return parsed.article();
        }
        throw new AssertionError(file + " was rejected: " + ((ParseOutcome.Rejected) outcome).reason());
    }

    public static Article parseText(String text) {
        ParseOutcome outcome = PARSER.parse(text, new ParseHints("t", "t.txt", ""));
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return parsed.article();
        }
        throw new AssertionError("rejected: " + ((ParseOutcome.Rejected) outcome).reason());
    }
}
