package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeRulesTest {
    private static final ChromeRules RULES = ChromeRules.bundled();

    static Stream<ChromeRules.Rule> rows() {
        return RULES.rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("every row of chrome.csv matches its own example")
    @MethodSource("rows")
    void rowMatchesItsExample(ChromeRules.Rule rule) {
        String example = rule.example();
        switch (rule.kind()) {
            case PREFIX -> assertTrue(rule.pattern().matcher(example).lookingAt(), example);
            case RELATED, SIDEBAR, END -> assertTrue(rule.pattern().matcher(ChromeRules.stripColon(example)).matches(), example);
            default -> assertTrue(rule.pattern().matcher(example).matches(), example);
        }
    }

    @Test
    @DisplayName("on short lines the fast matching (required-text prefilter, split wildcards) agrees with the plain patterns")
    void fastMatchingIsExact() throws java.io.IOException {
        java.util.List<java.util.regex.Pattern> chrome = RULES.rules().stream()
                .filter(r -> r.kind() == ChromeRules.Kind.CHROME).map(ChromeRules.Rule::pattern).toList();
        int checked = 0;
        for (String line : OutletDirectoryTest.corpusLines()) {
            if (line.isEmpty() || line.length() > 250 || LineWordCounts.all(line) >= 20) {
                continue; // longer lines are matched by the rows written for them only, by design
            }
            boolean plain = chrome.stream().anyMatch(p -> p.matcher(line).matches());
            assertEquals(plain, RULES.isChrome(line), line);
            checked++;
        }
        assertTrue(checked > 1000, "lines checked: " + checked);
    }

    @ParameterizedTest(name = "\"{0}\" is article text")
    @DisplayName("sentences of the body are never chrome")
    @ValueSource(strings = {
        "The ministry's weekly newsletter, published on Monday, said the talks had stalled over the border issue.",
        "Shamkhani said Iran is adamant to counter those who are seeking to tarnish relations between Tehran and Baku.",
        "Iran security chief meets Aliyev in Baku",
        "Reporters were told the meeting would last an hour.",
        "Stay-at-home orders were lifted on Monday, the health ministry said in a statement.",
        "The agency said it would follow the talks in Vienna closely, adding that 1/2 of the fuel had been shipped.",
        "Officials said the photo by a local resident showed the damage to the bridge on Sunday morning.",
        "Support for the measure fell to 41% in the latest poll, the survey showed.",
        "The minister, who spoke to reporters in Ankara (Türkiye), said the pipeline would be finished this year.",
        "Comments by the minister were criticised by the opposition on Tuesday.",
    })
    void prose(String line) {
        assertFalse(RULES.isChrome(line), line);
        assertFalse(RULES.isEnd(line), line);
    }

    @Test
    @DisplayName("a related label is read as printed, without its colon")
    void relatedLabel() {
        assertEquals("Related News", RULES.relatedLabel("Related News: ").orElseThrow());
        assertEquals("More from Tehran Times", RULES.relatedLabel("More from Tehran Times").orElseThrow());
        assertTrue(RULES.relatedLabel("Related talks were held in Baku on Monday between the two sides.").isEmpty());
    }
}
