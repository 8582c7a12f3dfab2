package io.newsarchive.model;

import java.util.Objects;

/**
 * Something the build has to tell the user about one input: a file skipped (nothing of it is in the archive) or an
 * article kept but suspicious (no date, derived headline …).
 *
 * @param source   the path under the input folder (or the manifest's name)
 * @param severity SKIPPED drops the file and makes the exit status say so; WARNING keeps it
 * @param message  what is wrong and what was done, in a sentence
 */
public record InputProblem(String source, Severity severity, String message) implements Comparable<InputProblem> {
    /** How bad a problem is. */
    public enum Severity { SKIPPED, ERROR, WARNING }

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static InputProblem skipped(String source, String message) {
        return new InputProblem(source, Severity.SKIPPED, message);
    }

    public static InputProblem warning(String source, String message) {
        return new InputProblem(source, Severity.WARNING, message);
    }

    @Override
    public int compareTo(InputProblem o) {
        int c = source.compareTo(o.source);
        if (c != 0) {
            return c;
        }
        c = severity.compareTo(o.severity);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
