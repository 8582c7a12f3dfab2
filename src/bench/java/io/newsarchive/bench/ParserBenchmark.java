package io.newsarchive.bench;

import io.newsarchive.parse.ParseHints;
import io.newsarchive.parse.ParseOutcome;
import io.newsarchive.parse.RawTextParser;
import io.newsarchive.read.TextDecoder;
import io.newsarchive.testkit.GeneratedArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The raw-text parser ({@link RawTextParser#parse}) over generated raw texts of every style: one operation parses
 * one article (the next of 2,000, round robin), so the score is the time per article on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParserBenchmark {
    static final int ARTICLES = 2_000;

    private RawTextParser parser;
    private String[] texts;
    private byte[][] bytes;
    private ParseHints[] hints;
    private int next;

    @Setup
    public void setUp() {
        parser = BenchCorpus.parser();
        List<GeneratedArticle> raw = BenchCorpus.raw(ARTICLES);
        texts = new String[raw.size()];
        bytes = new byte[raw.size()][];
        hints = BenchCorpus.hints(raw);
        for (int i = 0; i < raw.size(); i++) {
            texts[i] = raw.get(i).rawText();
            bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Parse one raw text into an article. */
    @Benchmark
    public ParseOutcome parse() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return parser.parse(texts[i], hints[i]);
    }

    /** Decode one file's bytes (encoding detection) and parse it: the per-file work of the read+parse stage. */
    @Benchmark
    public ParseOutcome decodeAndParse() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        TextDecoder.Result decoded = TextDecoder.decode(bytes[i]);
        return parser.parse(((TextDecoder.Text) decoded).text(), hints[i]);
    }
}
