package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Article;
import io.newsarchive.read.TextDecoder;
import io.newsarchive.testsupport.Parsing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A property test: any byte sequence — random, or a real article cut, spliced and corrupted — decodes and parses to
 * an article or a reason, and never throws.
 */
class AnyBytesTest {
    private static final int CASES = 3000;

    @Test
    @DisplayName("any byte sequence yields an article or a reported reason, never an exception")
    void anyBytes() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readAllBytes(p));
            }
        }
        Random random = new Random(20261122L);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = mutate(random, seeds.get(random.nextInt(seeds.size())), i);
            TextDecoder.Result decoded = TextDecoder.decode(bytes);
            if (decoded instanceof TextDecoder.NotText notText) {
                assertFalse(notText.reason().isBlank());
                rejected++;
                continue;
            }
            String text = ((TextDecoder.Text) decoded).text();
            ParseOutcome outcome = Parsing.PARSER.parse(text, new ParseHints("case-" + i, "case.txt", ""));
            assertNotNull(outcome);
            if (outcome instanceof ParseOutcome.Parsed p) {
                Article a = p.article();
                assertFalse(a.body().isEmpty(), "a parsed article has a body");
                assertFalse(a.headline().isBlank(), "a parsed article has a headline");
                parsed++;
            } else {
                assertFalse(((ParseOutcome.Rejected) outcome).reason().isBlank());
                rejected++;
            }
        }
        System.out.printf("any bytes: %d parsed, %d rejected with a reason%n", parsed, rejected);
        assertTrue(parsed > 100 && rejected > 100, "both outcomes are exercised");
    }

    private static byte[] mutate(Random r, byte[] seed, int i) {
        switch (i % 6) {
            case 0: {
                byte[] b = new byte[r.nextInt(2000)];
                r.nextBytes(b);
                return b;
            }
            case 1: {
                byte[] b = seed.clone();
                for (int k = 0; k < 1 + r.nextInt(50); k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 2:
                return java.util.Arrays.copyOfRange(seed, r.nextInt(seed.length), seed.length);
            case 3: {
                String s = new String(seed, StandardCharsets.UTF_8);
                StringBuilder out = new StringBuilder();
                for (String line : s.split("\n")) {
                    if (r.nextInt(3) > 0) {
                        out.append(r.nextBoolean() ? line.toUpperCase() : line).append(r.nextBoolean() ? "\n" : "\r\n");
                    }
                }
                return out.toString().getBytes(StandardCharsets.UTF_16LE);
            }
            case 4: {
                StringBuilder out = new StringBuilder();
                String[] pieces = {"Related News:", "Read More", "Leave a Comment", "5 + 10 =", "By ", "TEHRAN (IP)- ",
                    "July 15, 2022 - 21:38", "\u00A0", "…", "\n", "\n\n", "IFP Editorial Staff", "## ", "(Reuters) -"};
                for (int k = 0; k < r.nextInt(200); k++) {
                    out.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " word" : "");
                }
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            default: {
                byte[] b = new byte[seed.length + 10];
                System.arraycopy(seed, 0, b, 0, seed.length);
                b[r.nextInt(b.length)] = 0;
                return r.nextBoolean() ? b : java.util.Arrays.copyOf(seed, r.nextInt(seed.length));
            }
        }
    }
}
