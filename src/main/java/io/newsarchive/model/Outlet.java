package io.newsarchive.model;

import java.util.Objects;

/** A news outlet: a stable slug id (used in paths) and the name readers see. */
public record Outlet(String id, String name) implements Comparable<Outlet> {
    /** The outlet of an article whose origin could not be recognised. */
    public static final Outlet UNKNOWN = new Outlet("unknown-outlet", "Unknown outlet");

    public Outlet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("outlet id and name must not be blank");
        }
    }

    public boolean isUnknown() {
        return this.equals(UNKNOWN);
    }

    @Override
    public int compareTo(Outlet other) {
        int byName = name.compareToIgnoreCase(other.name);
        return byName != 0 ? byName : id.compareTo(other.id);
    }
}
