package io.newsarchive.read;

import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.InputProblem;
import io.newsarchive.model.MetadataOverride;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a manifest: CSV with a header row, a {@code file} column (the path under the input folder) and any of
 * {@code url,outlet,headline,date,byline,language,tags}. A row it cannot use — a file that is not there, a bad date,
 * a link that is not http(s) — is reported with its row number and the rest still applies; nothing is fatal.
 */
public final class ManifestReader {
    /** The columns a manifest may have besides {@code file}. */
    public static final List<String> COLUMNS = List.of("url", "outlet", "headline", "date", "byline", "language",
            "tags");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern HTTP = Pattern.compile("(?i)https?://[^\\s/]+\\S*");

    private ManifestReader() {
    }

    /**
     * @param file    the manifest
     * @param name    how the report names it ("manifest.csv")
     * @param sources the input files found (paths under the input folder)
     */
    public static Manifest read(Path file, String name, Set<String> sources) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Manifest(Map.of(), List.of(new InputProblem(name, InputProblem.Severity.ERROR,
                    "manifest cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + "); not used")));
        }
        return parse(text, name, sources);
    }

    public static Manifest parse(String text, String name, Set<String> sources) {
        Map<String, MetadataOverride> bySource = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             CSVParser csv = format.parse(reader)) {
            List<String> header = csv.getHeaderNames();
            if (!header.contains("file")) {
                problems.add(error(name, "has no 'file' column in its header row; not used"));
                return new Manifest(Map.of(), problems);
            }
            for (String column : header) {
                if (!column.equals("file") && !COLUMNS.contains(column) && !column.isBlank()) {
                    problems.add(new InputProblem(name, InputProblem.Severity.WARNING,
                            "unknown column '" + column + "' ignored (known: file," + String.join(",", COLUMNS) + ")"));
                }
            }
            for (CSVRecord row : csv) {
                String where = name + " row " + (row.getRecordNumber() + 1);
                String source = get(row, "file").replace('\\', '/');
                if (source.isEmpty()) {
                    problems.add(error(where, "names no file; row ignored"));
                    continue;
                }
                if (!sources.contains(source)) {
                    problems.add(error(where, "names " + source + ", which is not an input file; row ignored"));
                    continue;
                }
                if (bySource.containsKey(source)) {
                    problems.add(error(where, "names " + source + " a second time; row ignored"));
                    continue;
                }
                bySource.put(source, override(row, source, where, problems));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(error(name, "is not readable CSV (" + e.getMessage() + "); rows after the error not used"));
        }
        return new Manifest(bySource, problems);
    }

    private static MetadataOverride override(CSVRecord row, String source, String where, List<InputProblem> problems) {
        String url = get(row, "url");
        if (!url.isEmpty() && !HTTP.matcher(url).matches()) {
            problems.add(error(where, "url '" + url + "' is not an http(s) address; ignored"));
            url = "";
        }
        ArticleDate date = ArticleDate.NONE;
        String dateText = get(row, "date");
        if (!dateText.isEmpty()) {
            try {
                date = ArticleDate.parseIso(dateText);
            } catch (DateTimeParseException e) {
                problems.add(error(where, "date '" + dateText
                        + "' is not ISO-8601 (2022-07-15 or 2022-07-15T21:38); the parser's date is kept"));
            }
        }
        String language = get(row, "language");
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            problems.add(error(where, "language '" + language + "' is not a language tag such as en or fa; ignored"));
            language = "";
        }
        return new MetadataOverride(source, url, get(row, "outlet"), get(row, "headline"), date, get(row, "byline"),
                language, OutletTableReader.list(get(row, "tags")));
    }

    private static InputProblem error(String where, String message) {
        return new InputProblem(where, InputProblem.Severity.ERROR, message);
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }
}
