package io.newsarchive.read;

import io.newsarchive.model.InputProblem;
import io.newsarchive.model.MetadataOverride;
import java.util.List;
import java.util.Map;

/** A manifest as read: what it says per input file, and the rows it could not use. */
public record Manifest(Map<String, MetadataOverride> bySource, List<InputProblem> problems) {
    public static final Manifest EMPTY = new Manifest(Map.of(), List.of());

    public Manifest {
        bySource = Map.copyOf(bySource);
        problems = List.copyOf(problems);
    }

    public MetadataOverride forSource(String source) {
        return bySource.getOrDefault(source, MetadataOverride.none(source));
    }
}
