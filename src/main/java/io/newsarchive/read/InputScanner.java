package io.newsarchive.read;

import io.newsarchive.model.InputProblem;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the input folder and sorts every file into "to read" or "not read, and why", so that every input is
 * accounted for in the build report. Links are followed, but a link that loops is reported, not followed twice.
 */
public final class InputScanner {
    /** Extensions the readers understand; anything else is reported as skipped. */
    public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm");
    /** Extensions of saved web pages, read by the HTML parser. */
    public static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");

    /** Files larger than this are skipped: no real article is 5 MiB of text, and it bounds memory per file. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Set<String> reserved;

    /** @param reserved sources (paths under the input folder) that are not articles, e.g. the manifest */
    public InputScanner(Set<String> reserved) {
        this.reserved = Set.copyOf(reserved);
    }

    public InputScan scan(Path root) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<InputFile> tables = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Path base = root.toAbsolutePath().normalize();
        String separator = base.getFileSystem().getSeparator();
        String prefix = base.toString().endsWith(separator) ? base.toString() : base + separator;
        Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(base) && hidden(dir)) {
                            return FileVisitResult.SKIP_SUBTREE; // .git and friends are never articles
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String source = sourceOf(prefix, base, file);
                        if (reserved.contains(source)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (hidden(file)) {
                            return FileVisitResult.CONTINUE; // hidden files (.DS_Store) are not user input
                        }
                        InputFile input = new InputFile(file, source, folderOf(source), attrs.size(),
                                attrs.lastModifiedTime().toMillis());
                        if (!attrs.isRegularFile()) {
                            problems.add(InputProblem.skipped(source, "not a regular file; skipped"));
                        } else if (input.extension().equals("csv")) {
                            tables.add(input); // an article table: streamed, so no size limit
                        } else if (!ARTICLE_EXTENSIONS.contains(input.extension())) {
                            problems.add(InputProblem.skipped(source, "not an article file (."
                                    + (input.extension().isEmpty() ? "no extension" : input.extension())
                                    + "); only .txt, .html, .htm and .csv files are read; skipped"));
                        } else if (attrs.size() > MAX_FILE_BYTES) {
                            problems.add(InputProblem.skipped(source, "file is " + attrs.size()
                                    + " bytes, over the " + MAX_FILE_BYTES + "-byte limit for one article; skipped"));
                        } else {
                            files.add(input);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String source = sourceOf(prefix, base, file);
                        String why = e instanceof FileSystemLoopException
                                ? "link loops back to a folder already read; not followed"
                                : "cannot be read (" + e.getClass().getSimpleName() + "); skipped";
                        problems.add(InputProblem.skipped(source, why));
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(InputFile::source));
        tables.sort(Comparator.comparing(InputFile::source));
        problems.sort(null);
        return new InputScan(files, tables, problems);
    }

    /**
     * How many article files ({@link #ARTICLE_EXTENSIONS}, not hidden, outside hidden folders) the folder holds, up
     * to {@code upTo}: the walk stops there. It is an estimate, made before the build to choose how to run it: unlike
     * {@link #scan}, it neither reads a table's rows nor leaves out files over the size limit or the manifest.
     */
    public static int countArticleFiles(Path root, int upTo) throws IOException {
        int[] count = {0};
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !hidden(file) && ARTICLE_EXTENSIONS.contains(
                                InputFile.extensionOf(file.getFileName().toString())) && ++count[0] >= upTo) {
                            return FileVisitResult.TERMINATE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // the build reports it
                    }
                });
        return count[0];
    }

    /** A hidden file or folder (its name starts with a dot): never read, in {@link #scan} and the count alike. */
    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /**
     * The file's path under the folder, with forward slashes. The walk gives each file as the folder's path and the
     * names below it, so that is cut from the path's text; relativising and normalising 100,000 paths was most of
     * the scan of a large archive.
     */
    static String sourceOf(String prefix, Path base, Path file) {
        String path = file.toString();
        String rel = path.startsWith(prefix) ? path.substring(prefix.length())
                : base.relativize(file.toAbsolutePath().normalize()).toString();
        return rel.replace('\\', '/');
    }

    /** The name of the folder a source sits in, or empty at the top of the input folder. */
    static String folderOf(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(source.lastIndexOf('/', slash - 1) + 1, slash);
    }
}
