package io.newsarchive.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code labels.csv}: one row per article, header {@code file,outlet,story,copy_of,style}. {@code file} and
 * {@code copy_of} are paths relative to the corpus folder with "/" ({@code outlet-slug/000123_….txt});
 * file names alone are unique too. {@code copy_of} is empty unless the article is a syndicated copy.
 */
public final class Labels {

    public static final String HEADER = "file,outlet,story,copy_of,style";

    /** One labels.csv row. */
    public record Row(String file, String outlet, String story, String copyOf, String style) {
        /** The text family: the original's path for a copy, the file itself otherwise. */
        public String family() {
            return copyOf.isEmpty() ? file : copyOf;
        }
    }

    private Labels() {
    }

    public static List<Row> read(Path labelsCsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(labelsCsv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException("unexpected header: " + header);
            }
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> f = split(line);
                if (f.size() != 5) {
                    throw new IOException("bad row: " + line);
                }
                rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4)));
            }
        }
        return rows;
    }

    static String format(Row r) {
        return csv(r.file()) + ',' + csv(r.outlet()) + ',' + csv(r.story()) + ',' + csv(r.copyOf()) + ','
                + csv(r.style());
    }

    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>(5);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
