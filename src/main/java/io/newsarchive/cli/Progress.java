package io.newsarchive.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows how far a long build is, on stderr. On a terminal: one line redrawn in place, with a bar when the stage's
 * total is known. Elsewhere (a log, CI): a plain line every few seconds, so a log shows the build is alive without
 * drowning in updates. Nothing at all for builds that finish within the first second or two, so short builds and
 * tests print exactly what they printed before. Progress never goes to stdout, which scripts read.
 */
final class Progress implements AutoCloseable {
    /** How progress is shown. */
    enum Mode { BAR, LINES, NONE }

    private static final long QUIET_START_MILLIS = 1500;
    private static final long BAR_EVERY_MILLIS = 200;
    private static final long LINE_EVERY_MILLIS = 5000;

    private final Mode mode;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final Thread ticker;
    private volatile String stage = "";
    private volatile long total = -1;
    private volatile LongSupplier done = () -> 0;
    private long lastShown;
    private boolean drawn;

    Progress(Mode mode, PrintWriter err) {
        this.mode = mode;
        this.err = err;
        if (mode == Mode.NONE) {
            ticker = null;
            return;
        }
        ticker = new Thread(this::tick, "newsarchive-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    static Progress none() {
        return new Progress(Mode.NONE, null);
    }

    /** Bar on an interactive terminal, plain lines otherwise. */
    static Mode detect() {
        Console console = System.console();
        if (console == null) {
            return Mode.LINES;
        }
        try {
            // From Java 22 System.console() is non-null even when output is redirected; isTerminal() tells.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console)) ? Mode.BAR : Mode.LINES;
        } catch (ReflectiveOperationException olderJava) {
            return Mode.BAR;
        }
    }

    /** A new stage: its name, its total units (negative when unknown) and a live count of units done. */
    void stage(String name, long units, LongSupplier count) {
        this.done = count;
        this.total = units;
        this.stage = name;
    }

    private void tick() {
        long every = mode == Mode.BAR ? BAR_EVERY_MILLIS : LINE_EVERY_MILLIS;
        try {
            while (true) {
                Thread.sleep(BAR_EVERY_MILLIS);
                long now = elapsedMillis();
                if (now < QUIET_START_MILLIS || now - lastShown < every) {
                    continue;
                }
                show(now);
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void show(long now) {
        lastShown = now;
        String line = line(stage, done.getAsLong(), total, now);
        if (mode == Mode.BAR) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** One progress line: {@code parse  [#####.....]  4,211/10,000  12 s}. */
    static String line(String stage, long done, long total, long millis) {
        StringBuilder b = new StringBuilder("newsarchive: ").append(stage);
        if (total > 0) {
            int width = 24;
            int filled = (int) Math.min(width, done * width / total);
            b.append(" [").append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%,d/%,d", done, total));
        } else {
            b.append(String.format(Locale.ROOT, " %,d", done));
        }
        return b.append(String.format(Locale.ROOT, "  %d s", TimeUnit.MILLISECONDS.toSeconds(millis))).toString();
    }

    private long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Stops the display and clears the bar, so the summary starts on a clean line. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn) {
                err.print("\r\u001b[K");
                err.flush();
                drawn = false;
            }
        }
    }
}
