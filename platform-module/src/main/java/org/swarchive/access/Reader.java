package org.swarchive.access;

import java.util.Objects;

/**
 * Who asks to read: a person in a role, of a station, and for an evaluator the group an
 * inspection window names.
 */
public record Reader(String name, Role role, String station, String group) {
    public Reader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(station, "station");
    }
}
