package org.swarchive.archive;

/** A property value that breaks the rules: which field, what value, and why. */
public record FieldProblem(String field, String value, LocalizedText reason) {
}
