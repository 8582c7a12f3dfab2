package io.newsarchive.write;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build made each output file from: a fingerprint of the file's inputs (a page's data and the
 * templates), and the size and modification time the file had when written. A file whose inputs have the same
 * fingerprint and that still looks as written need not be rendered again. Groups record several files made in one
 * go (the search index) under one fingerprint, with a short note the maker needs back (the index's shape).
 */
final class OutputRecords {
    private static final String MAGIC = "newsarchive-output-records";
    private static final int FORMAT = 1;

    /** One file as written. */
    record FileRecord(String fingerprint, long size, long modified) {
    }

    /** Files made together from one fingerprint. */
    record GroupRecord(String fingerprint, String note, List<String> paths) {
    }

    final Map<String, FileRecord> files;
    final Map<String, GroupRecord> groups;
    /** The files' paths as the record file listed them ({@link #save} lists them in ascending order). */
    private final String[] pathsAsListed;

    private OutputRecords(Map<String, FileRecord> files, Map<String, GroupRecord> groups, String[] pathsAsListed) {
        this.files = files;
        this.groups = groups;
        this.pathsAsListed = pathsAsListed;
    }

    static OutputRecords empty() {
        return new OutputRecords(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new String[0]);
    }

    /** The records of a previous build made under the same salt; empty when missing, stale or garbled. */
    static OutputRecords load(Path file, String salt) {
        Map<String, FileRecord> files = new ConcurrentHashMap<>();
        Map<String, GroupRecord> groups = new ConcurrentHashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !salt.equals(in.readUTF())) {
                return empty();
            }
            int n = in.readInt();
            if (n < 0 || n > 10_000_000) {
                return empty();
            }
            String[] paths = new String[n];
            for (int i = 0; i < n; i++) {
                paths[i] = in.readUTF();
                files.put(paths[i], new FileRecord(in.readUTF(), in.readLong(), in.readLong()));
            }
            int g = in.readInt();
            for (int i = 0; i < g; i++) {
                String name = in.readUTF();
                String fingerprint = in.readUTF();
                String note = in.readUTF();
                int count = in.readInt();
                if (count < 0 || count > 10_000_000) {
                    return empty();
                }
                List<String> groupPaths = new ArrayList<>(Math.min(count, 1 << 16));
                for (int p = 0; p < count; p++) {
                    groupPaths.add(in.readUTF());
                }
                groups.put(name, new GroupRecord(fingerprint, note, List.copyOf(groupPaths)));
            }
            return in.read() == -1 ? new OutputRecords(files, groups, paths) : empty();
        } catch (IOException | RuntimeException unusable) {
            return empty(); // missing, cut short or garbled: every page is rendered
        }
    }

    /**
     * Writes these records, the files in ascending order of path. When they are the files {@code previous} listed,
     * its order is theirs. With the ledger's order kept the same way ({@code OutputFolder.finish}), the last stage of
     * a 100k one-change rebuild took 0.6-0.7 s instead of 0.9-1.5 s.
     */
    void save(Path file, String salt, OutputRecords previous) throws IOException {
        AtomicFile.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(salt);
            String[] paths = previous.pathsAsListed;
            if (!inOrderAndExactly(paths, files.keySet())) {
                paths = files.keySet().toArray(String[]::new);
                Arrays.sort(paths);
            }
            out.writeInt(paths.length);
            for (String path : paths) {
                FileRecord record = files.get(path);
                out.writeUTF(path);
                out.writeUTF(record.fingerprint());
                out.writeLong(record.size());
                out.writeLong(record.modified());
            }
            Map<String, GroupRecord> sortedGroups = new TreeMap<>(groups);
            out.writeInt(sortedGroups.size());
            for (Map.Entry<String, GroupRecord> e : sortedGroups.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().fingerprint());
                out.writeUTF(e.getValue().note());
                out.writeInt(e.getValue().paths().size());
                for (String p : e.getValue().paths()) {
                    out.writeUTF(p);
                }
            }
        });
    }

    /**
     * True when {@code paths} are exactly the members of {@code set}, in ascending order: being as many, strictly
     * ascending (so distinct) and each a member, they are all of them. Then they need no sorting: a rebuild usually
     * writes the files the last one did, in the order its ledger and records already list them.
     */
    static boolean inOrderAndExactly(String[] paths, Set<String> set) {
        if (paths.length != set.size()) {
            return false;
        }
        for (int i = 0; i < paths.length; i++) {
            if ((i > 0 && paths[i - 1].compareTo(paths[i]) >= 0) || !set.contains(paths[i])) {
                return false;
            }
        }
        return true;
    }
}
