package io.newsarchive.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of one CSV file fills which article field: the caller's explicit mapping first, then the usual
 * names ({@link CsvField#guesses()}). Also parses the {@code --csv-columns headline=Title,body=Text} option.
 *
 * @param header   the header row as written
 * @param byField  the column index each mapped field is read from
 * @param warnings what the user should know about the mapping (an explicit column this file does not have)
 */
public record CsvColumns(List<String> header, Map<CsvField, Integer> byField, List<String> warnings) {
    /** The catalog's {@code source} column is a file path only in a table that also has this catalog-only column. */
    private static final String CATALOG_MARK = "headline_derived";

    public CsvColumns {
        header = List.copyOf(header);
        Map<CsvField, Integer> copy = new EnumMap<>(CsvField.class);
        copy.putAll(byField);
        byField = Collections.unmodifiableMap(copy);
        warnings = List.copyOf(warnings);
    }

    /**
     * Maps a header. An explicit mapping (field key → column name, both case-insensitive) beats the guesses; an
     * empty column name turns the field off ("outlet=" keeps a {@code source} column from being read as the
     * outlet). A column fills at most one field.
     *
     * @throws IllegalArgumentException when {@code explicit} names a field that does not exist
     */
    public static CsvColumns resolve(List<String> header, Map<String, String> explicit) {
        List<String> names = header.stream().map(CsvField::normalize).toList();
        Map<CsvField, String> wanted = new EnumMap<>(CsvField.class);
        for (Map.Entry<String, String> e : explicit.entrySet()) {
            CsvField field = CsvField.byKey(e.getKey()).orElseThrow(() -> unknownField(e.getKey()));
            wanted.put(field, e.getValue().strip());
        }
        Map<CsvField, Integer> byField = new EnumMap<>(CsvField.class);
        Set<Integer> taken = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<CsvField, String> e : wanted.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            int index = names.indexOf(CsvField.normalize(e.getValue()));
            if (index < 0) {
                warnings.add("--csv-columns maps " + e.getKey().key() + " to column '" + e.getValue()
                        + "', which this file's header does not have; the column is guessed instead");
            } else {
                byField.put(e.getKey(), index);
                taken.add(index);
            }
        }
        boolean catalog = names.contains(CATALOG_MARK);
        for (CsvField field : CsvField.values()) {
            if (byField.containsKey(field) || "".equals(wanted.get(field))
                    || field == CsvField.SOURCE && !catalog) {
                continue;
            }
            for (String guess : field.guesses()) {
                int index = names.indexOf(guess);
                if (index >= 0 && !taken.contains(index)) {
                    byField.put(field, index);
                    taken.add(index);
                    break;
                }
            }
        }
        return new CsvColumns(header, byField, warnings);
    }

    /** The header name of the column that fills {@code field}, if any. */
    public Optional<String> column(CsvField field) {
        Integer index = byField.get(field);
        return index == null ? Optional.empty() : Optional.of(header.get(index));
    }

    public boolean has(CsvField field) {
        return byField.containsKey(field);
    }

    /** "headline←Title, body←Text …" for a summary line. */
    public String describe() {
        return byField.entrySet().stream()
                .map(e -> e.getKey().key() + "←" + header.get(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /**
     * Parses the {@code --csv-columns} option: {@code field=column} pairs separated by commas, for example
     * {@code headline=Title,body=Text,outlet=}. Column names may contain spaces but not commas.
     *
     * @return field key → column name, in the order given
     * @throws IllegalArgumentException with a message for the user naming the bad pair
     */
    public static Map<String, String> parseOption(String option) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (option.isBlank()) {
            throw new IllegalArgumentException("--csv-columns is empty; give field=column pairs such as "
                    + "headline=Title,body=Text");
        }
        for (String pair : option.split(",", -1)) {
            String p = pair.strip();
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--csv-columns: '" + p + "' is not field=column"
                        + (p.isEmpty() ? " (an empty pair: check the commas)" : "") + "; for example headline=Title");
            }
            String key = p.substring(0, eq).strip();
            CsvField field = CsvField.byKey(key).orElseThrow(() -> unknownField(key));
            if (mapping.put(field.key(), p.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("--csv-columns: " + field.key() + " is mapped twice");
            }
        }
        return Collections.unmodifiableMap(mapping);
    }

    private static IllegalArgumentException unknownField(String key) {
        return new IllegalArgumentException("--csv-columns: unknown field '" + key + "' (known: "
                + Arrays.stream(CsvField.values()).map(CsvField::key).collect(Collectors.joining(", ")) + ")");
    }
}
