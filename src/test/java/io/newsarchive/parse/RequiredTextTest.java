package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
    @Test
    @DisplayName("names the text a pattern needs: literal runs, required groups' alternatives, nothing when unsure")
    void requirements() {
        assertEquals(List.of("copyright"), RequiredText.of(".{0,100}copyright\\b.{0,200}"));
        assertEquals(List.of("all rights"),
                RequiredText.of(".{0,200}\\ball rights( of this website)? (are )?reserved\\b.{0,200}"));
        assertEquals(List.of("share", "print", "email"), RequiredText.of("(share|print|email)"));
        assertEquals(List.of("reading time"), RequiredText.of("(estimated )?Reading Time:? .{1,20}"));
        assertEquals(List.of("contributed"), RequiredText.of(".{0,160}\\bcontributed( reporting)? to this (report|story)\\.?"));
        assertNull(RequiredText.of("(a|b|cd)"), "too short to filter");
        assertNull(RequiredText.of("(share|\\w+)"), "a branch that needs no text");
        assertNull(RequiredText.of("(?:abc)?def?"), "nothing of three letters is required");
        assertEquals(List.of("="), RequiredText.of("\\d+\\s*[+\\-×x*]\\s*\\d+\\s*=\\s*\\d*\\s*\\??"),
                "a captcha line needs its equals sign");
        assertNull(RequiredText.of("(abc)\\1"), "back references are not analysed");
        assertEquals(List.of("sign up for our newsletter"), RequiredText.of("sign up for our newsletters?"));
        assertEquals(List.of("/"), RequiredText.of(".{10,300}\\b(reuters|ap)\\s*/\\s*[a-z]{1,60}"),
                "a rare mark filters better than a two-letter word");
        assertEquals(List.of("©", "(c)", "copyright"), RequiredText.of(".{0,100}(©|\\(c\\)|copyright\\b).{0,200}"));
        assertEquals(List.of("("), RequiredText.of(".{15,400}(?-i:\\(\\p{Lu}[\\p{L} ]{1,40}/ ?\\p{Lu}[\\p{L} ]{0,40}\\))"),
                "a group with its own flags still requires its text");
        assertNull(RequiredText.of("(?x:a b c)"), "under the x flag a space in the pattern is no space in the text");
        assertNull(RequiredText.of("(?=abc)\\w+"), "a lookahead requires nothing of the match");
        assertNull(RequiredText.of(".{0,40}, .{0,40}"), "a common mark filters nothing");
    }

    @Test
    @DisplayName("every bundled chrome row's requirement holds on its own example")
    void bundledRowsKeepTheirExamples() {
        for (ChromeRules.Rule rule : ChromeRules.bundled().rules()) {
            List<String> needles = RequiredText.of(rule.pattern().pattern());
            if (needles == null || rule.example().isBlank()) {
                continue;
            }
            String folded = RequiredText.fold(rule.example());
            assertTrue(needles.stream().anyMatch(folded::contains), rule.pattern() + " needs " + needles
                    + " but its example is: " + rule.example());
        }
    }

    @Test
    @DisplayName("soundness: whenever a pattern finds a match in a random line, the line holds a required string")
    void sound() {
        String[] patterns = {
            "(share|print|e-?mail|copy link)[\\s,|]*", "(follow|join) (us|the .{1,20}) on .{1,30}",
            ".{0,40}\\bnews ?letters?\\b.{0,40}", "(updated |posted )?(about )?(\\d+|an|a) (hour|day)s? ago",
            "read (more|also)( on)?:?", "ab+c", "x(yz){2,3}w", "(?i)photo:? .{0,20}", "(foo|bar)?bazz+",
            "(?-i:Ab/c)d", "[a-z]{1,5}/[a-z]{1,5}", "x(\\(y|z\\))", "(?s:ab)c", "(©|\\(c\\)|copyright)",
        };
        String alphabet = "abcxyzwfoshrepintmludgvAB PHOTO:-|,0123456789/()©";
        Random random = new Random(11);
        for (String p : patterns) {
            Pattern compiled = Pattern.compile(p, Pattern.CASE_INSENSITIVE);
            List<String> needles = RequiredText.of(p);
            if (needles == null) {
                continue;
            }
            for (int n = 0; n < 20_000; n++) {
                StringBuilder line = new StringBuilder();
                // seed some lines with a needle or its pieces so that matches actually happen
                if (random.nextBoolean()) {
                    String needle = needles.get(random.nextInt(needles.size()));
                    line.append(needle, 0, random.nextInt(needle.length() + 1));
                }
                for (int i = random.nextInt(30); i > 0; i--) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = line.toString();
                if (compiled.matcher(text).find()) {
                    String folded = RequiredText.fold(text);
                    assertTrue(needles.stream().anyMatch(folded::contains), p + " matched «" + text + "» without "
                            + needles);
                }
            }
        }
    }
}
