package io.newsarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML checker, nu.validator:validator) run in-process over the pages of a
 * generated site: the same checks as {@code java -jar vnu.jar --errors-only site/}, without a second JVM.
 */
final class HtmlChecker {
    /** The checker's schema for HTML documents, as its command line uses by default. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector errors = new Collector();

    HtmlChecker() throws Exception {
        // no language detection: it only ever warns, and it is slow
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);
    }

    /** Every error in every .html file under {@code site}, as "path:line:column: message". */
    List<String> checkSite(Path site) throws Exception {
        List<String> all = new ArrayList<>();
        for (Path page : htmlFiles(site)) {
            all.addAll(check(page, site.relativize(page).toString()));
        }
        return all;
    }

    List<String> check(Path page, String name) throws Exception {
        errors.start(name);
        validator.checkHtmlFile(page.toFile(), true);
        return errors.found();
    }

    /** Errors in the stylesheet, checked as CSS. */
    List<String> checkCss(Path css, String name) throws Exception {
        errors.start(name);
        validator.checkCssFile(css.toFile(), true);
        return errors.found();
    }

    static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Keeps errors and fatal errors; warnings and info messages are not failures. */
    private static final class Collector implements ErrorHandler {
        private final List<String> found = new ArrayList<>();
        private String name = "";

        void start(String page) {
            name = page;
            found.clear();
        }

        List<String> found() {
            return List.copyOf(found);
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
