package io.newsarchive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "Tehran Times | tehran-times",
        "000_63ad533f3ed0f0c6 | 000-63ad533f3ed0f0c6",
        "Hürriyet Daily News | hurriyet-daily-news",
        "../../etc/passwd | etc-passwd",
        "<script>alert(1)</script> | script-alert-1-script",
        "   | x",
        "تهران | x",
    })
    void slugs(String text, String slug) {
        assertEquals(slug, Slugs.slug(text == null ? "" : text));
    }
}
