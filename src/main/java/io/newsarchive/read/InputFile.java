package io.newsarchive.read;

import java.nio.file.Path;

/**
 * A file found under the input folder.
 *
 * @param path   where it is on disk
 * @param source its path under the input folder, forward slashes (the name reports and the catalog use)
 * @param folder the name of the folder it sits in, or empty when it sits at the top of the input folder
 * @param size   its length in bytes when the folder was scanned
 * @param modifiedMillis its last-modified time then, in milliseconds since the epoch
 */
public record InputFile(Path path, String source, String folder, long size, long modifiedMillis) {
    /** The lower-case extension without the dot, or empty. */
    public String extension() {
        return extensionOf(path.getFileName().toString());
    }

    /** The lower-case extension of a file name, without the dot; empty when there is none (".profile" has none). */
    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
