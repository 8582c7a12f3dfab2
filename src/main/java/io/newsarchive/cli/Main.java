package io.newsarchive.cli;

import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsarchive}: the entry point of the jar. */
@Command(name = "newsarchive", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a folder of raw, scraped news articles into a static HTML archive.",
        subcommands = {BuildCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input file made it into the archive",
            "1:the archive was built, but some input files were skipped or manifest rows rejected (see the report)",
            "2:the command line was wrong",
            "3:the build failed (input folder missing, output not writable, a template error)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // on two cores a build runs faster in a JVM started with other flags (SecondJvm says when and why)
        OptionalInt secondJvm = SecondJvm.run(args);
        int code = secondJvm.isPresent() ? secondJvm.getAsInt() : run(args);
        SecondJvm.tellParent(code);
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'newsarchive build'");
    }

    /** The version from the jar's manifest (or "dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsarchive " + (v == null ? "dev" : v)};
        }
    }
}
