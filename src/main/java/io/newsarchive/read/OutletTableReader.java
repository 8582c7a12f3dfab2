package io.newsarchive.read;

import io.newsarchive.model.Outlet;
import io.newsarchive.model.OutletProfile;
import io.newsarchive.model.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads outlet tables: CSV with the header {@code id,name,aliases,domains,signs} and optionally {@code agency}. List cells are separated by
 * {@code ;} (write {@code \;} for a literal semicolon); a sign starting {@code re:} is a regular expression. The
 * bundled table comes first; a user's table (--outlets) adds outlets or replaces a bundled one with the same id.
 */
public final class OutletTableReader {
    private static final String BUNDLED = "/io/newsarchive/outlets.csv";

    private OutletTableReader() {
    }

    /** The table shipped in the jar. */
    public static List<OutletProfile> bundled() {
        try (InputStream in = OutletTableReader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled outlet table missing: " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled outlets.csv");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled outlet table", e);
        }
    }

    /** The bundled table, extended (and overridden by id) by the user's file. */
    public static List<OutletProfile> bundledPlus(Path userTable) throws IOException {
        Map<String, OutletProfile> byId = new LinkedHashMap<>();
        for (OutletProfile p : bundled()) {
            byId.put(p.outlet().id(), p);
        }
        String text = Files.readString(userTable, StandardCharsets.UTF_8);
        for (OutletProfile p : parse(text, userTable.toString())) {
            byId.put(p.outlet().id(), p);
        }
        return List.copyOf(byId.values());
    }

    /** Parses a table; a bad row is an error naming the file and row, since a table is configuration. */
    public static List<OutletProfile> parse(String csv, String name) {
        List<OutletProfile> profiles = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
                .get();
        try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            for (CSVRecord row : format.parse(reader)) {
                String rowName = name + " row " + (row.getRecordNumber() + 1);
                String id = get(row, "id");
                String display = get(row, "name");
                if (display.isEmpty()) {
                    throw new IllegalArgumentException(rowName + ": an outlet needs a name");
                }
                if (id.isEmpty()) {
                    id = Slugs.slug(display);
                }
                List<String> signs = list(get(row, "signs"));
                for (String sign : signs) {
                    if (sign.startsWith("re:")) {
                        try {
                            Pattern.compile(sign.substring(3));
                        } catch (PatternSyntaxException e) {
                            throw new IllegalArgumentException(rowName + ": bad pattern in signs: " + e.getDescription());
                        }
                    }
                }
                String agency = get(row, "agency").toLowerCase(java.util.Locale.ROOT);
                profiles.add(new OutletProfile(new Outlet(Slugs.slug(id), display), list(get(row, "aliases")),
                        list(get(row, "domains")), signs, agency.equals("yes") || agency.equals("true")));
            }
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException(name + ": not a readable outlet table: " + e.getMessage(), e);
        }
        return profiles;
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }

    /** Splits a list cell on ";" ("\\;" is a literal semicolon), trimming items and dropping empty ones. */
    public static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && cell.charAt(i + 1) == ';') {
                current.append(';');
                i++;
            } else if (c == ';') {
                addTrimmed(items, current);
            } else {
                current.append(c);
            }
        }
        addTrimmed(items, current);
        return items;
    }

    private static void addTrimmed(List<String> items, StringBuilder current) {
        String item = current.toString().strip();
        if (!item.isEmpty()) {
            items.add(item);
        }
        current.setLength(0);
    }
}
