package io.newsarchive.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of each build stage, for --timings and the benchmark. */
final class StageTimer {
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        laps.merge(stage, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    /** Milliseconds per stage, in the order the stages ran. */
    Map<String, Long> laps() {
        return new LinkedHashMap<>(laps);
    }
}
