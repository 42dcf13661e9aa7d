package org.swarchive.check;

import org.swarchive.i18n.Text;

/** Something in the store that needs an archivist's eye: which file, which field (or null), why. */
public record Warning(String file, String field, String value, Text reason) {
}
