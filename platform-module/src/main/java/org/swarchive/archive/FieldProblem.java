package org.swarchive.archive;

import org.swarchive.i18n.Text;

/** A property value that breaks the rules: which field, what value, and why. */
public record FieldProblem(String field, String value, Text reason) {
}
