package io.newsarchive.cli;

/** The exit codes: a public interface, documented in the README and --help. Only ever added to. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int SOME_INPUTS_SKIPPED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
